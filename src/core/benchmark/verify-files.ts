import { MIN_GROUP_SIZE_FLOOR } from '../privacy/threshold.js';
import { MONTH_PATTERN } from '../time.js';
import { DIMENSIONS } from '../vocabulary.js';
import { KOSTRA_GROUP_COUNT } from './kostra-groups.js';
import { KOSTRA_MUNICIPALITIES } from './kostra-municipalities.js';
import { MUNICIPALITY_FORMAT, type MunicipalityFigures } from './municipality-file.js';
import { BenchmarkRefusal } from './refusal.js';
import { readSignedFile } from './signed-file.js';

/** A registered installation: its municipality and the KOSTRA group the coordinator pins it to. */
export interface Registration {
  municipality: string;
  /** From the line's third column, else the shipped table; null when neither knows it. */
  group: number | null;
}

/**
 * The coordinator's list of registered installations: one line each, the municipality number, its
 * public key and optionally its KOSTRA group (`0301 BASE64KEY 13`); `#` starts a comment. Without a
 * group the shipped table decides, so a municipality cannot pick its own group by claiming it.
 */
export function parseRegisteredKeys(text: string): Map<string, Registration> {
  const keys = new Map<string, Registration>();
  for (const [index, raw] of text.split('\n').entries()) {
    const [number, key, group, ...rest] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (!number) continue;
    const pinned = group === undefined ? null : Number(group);
    const validGroup = pinned === null || (whole(pinned, 1) && pinned <= KOSTRA_GROUP_COUNT);
    if (!key || !/^\d{4}$/.test(number) || !validGroup || rest.length > 0)
      throw new BenchmarkRefusal('keysLine', { line: index + 1 });
    keys.set(key, { municipality: number, group: pinned ?? KOSTRA_MUNICIPALITIES[number]?.group ?? null });
  }
  return keys;
}

/** No sample of answers 1–5 spreads more than half at 1 and half at 5 (with n = 2: 2·√2). */
const MAX_SD = 2 * Math.SQRT2;

const whole = (n: unknown, min: number): n is number => Number.isInteger(n) && (n as number) >= min;

/** The figures a municipality may send, and nothing else: a file from a registered key is still checked. */
function wellFormed(p: MunicipalityFigures): boolean {
  const floor = Math.max(p.minGroupSize, MIN_GROUP_SIZE_FLOOR);
  const figures = Object.entries(p.figures ?? {});
  const rate = p.responseRate;
  const keys = Object.keys(p).sort().join();
  return (
    keys === 'figures,kostraGroup,minGroupSize,month,municipality,period,responseRate' &&
    figures.every(([, f]) =>
      ['mean,n', 'mean,n,sd'].includes(
        Object.keys(f ?? {})
          .sort()
          .join(),
      ),
    ) &&
    MONTH_PATTERN.test(p.month) &&
    /^\d{4}$/.test(p.municipality) &&
    whole(p.kostraGroup, 1) &&
    p.kostraGroup <= KOSTRA_GROUP_COUNT &&
    whole(p.minGroupSize, MIN_GROUP_SIZE_FLOOR) &&
    figures.every(
      ([d, f]) =>
        (DIMENSIONS as readonly string[]).includes(d) &&
        whole(f?.n, floor) &&
        f.mean >= 1 &&
        f.mean <= 5 &&
        (f.sd === undefined || (f.sd >= 0 && f.sd <= MAX_SD)),
    ) &&
    (rate === null || (whole(rate.answered, floor) && (rate.asked === null || whole(rate.asked, 1))))
  );
}

/**
 * Every file verified before anything is combined: a changed byte, an unregistered key (or a key
 * registered for another municipality), a KOSTRA group other than the registered one, another month or a second file for one municipality
 * refuses the whole run, naming the file.
 */
export function verifyMunicipalityFiles(
  files: readonly { name: string; text: string }[],
  registered: ReadonlyMap<string, Registration>,
  month?: string,
): MunicipalityFigures[] {
  const seen = new Set<string>();
  let expected = month;
  return files.map(({ name, text }) => {
    const { payload, signature } = readSignedFile<MunicipalityFigures>(text, MUNICIPALITY_FORMAT, name);
    if (!wellFormed(payload)) throw new BenchmarkRefusal('malformed', { file: name });
    const registration = registered.get(signature.publicKey);
    const { municipality, kostraGroup } = payload;
    if (registration?.municipality !== municipality)
      throw new BenchmarkRefusal('unknownKey', { file: name, municipality });
    if (registration.group === null)
      throw new BenchmarkRefusal('unpinnedGroup', { file: name, municipality });
    if (registration.group !== kostraGroup)
      throw new BenchmarkRefusal('wrongGroup', {
        file: name,
        municipality,
        claimed: kostraGroup,
        group: registration.group,
      });
    expected ??= payload.month;
    if (payload.month !== expected)
      throw new BenchmarkRefusal('otherMonth', { file: name, month: payload.month, expected });
    if (seen.has(payload.municipality))
      throw new BenchmarkRefusal('duplicate', { file: name, municipality: payload.municipality });
    seen.add(payload.municipality);
    return payload;
  });
}
