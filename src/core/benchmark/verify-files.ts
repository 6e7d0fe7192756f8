import { MIN_GROUP_SIZE_FLOOR } from '../privacy/threshold.js';
import { MONTH_PATTERN } from '../time.js';
import { DIMENSIONS } from '../vocabulary.js';
import { KOSTRA_GROUP_COUNT } from './kostra-groups.js';
import { MUNICIPALITY_FORMAT, type MunicipalityFigures } from './municipality-file.js';
import { BenchmarkRefusal } from './refusal.js';
import { readSignedFile } from './signed-file.js';

/**
 * The coordinator's list of registered installations: one line each, the municipality number and
 * its public key (`0301 BASE64KEY`); `#` starts a comment.
 */
export function parseRegisteredKeys(text: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const [number, key] = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (number && key) keys.set(key, number);
  }
  return keys;
}

const whole = (n: unknown, min: number): n is number => Number.isInteger(n) && (n as number) >= min;

/** The figures a municipality may send, and nothing else: a file from a registered key is still checked. */
function wellFormed(p: MunicipalityFigures): boolean {
  const floor = Math.max(p.minGroupSize, MIN_GROUP_SIZE_FLOOR);
  const figures = Object.entries(p.figures ?? {});
  const rate = p.responseRate;
  const keys = Object.keys(p).sort().join();
  return (
    keys === 'figures,kostraGroup,minGroupSize,month,municipality,period,responseRate' &&
    figures.every(
      ([, f]) =>
        Object.keys(f ?? {})
          .sort()
          .join() === 'mean,n',
    ) &&
    MONTH_PATTERN.test(p.month) &&
    /^\d{4}$/.test(p.municipality) &&
    whole(p.kostraGroup, 1) &&
    p.kostraGroup <= KOSTRA_GROUP_COUNT &&
    whole(p.minGroupSize, MIN_GROUP_SIZE_FLOOR) &&
    figures.every(
      ([d, f]) =>
        (DIMENSIONS as readonly string[]).includes(d) && whole(f?.n, floor) && f.mean >= 1 && f.mean <= 5,
    ) &&
    (rate === null || (whole(rate.answered, floor) && (rate.asked === null || whole(rate.asked, 1))))
  );
}

/**
 * Every file verified before anything is combined: a changed byte, an unregistered key (or a key
 * registered for another municipality), another month or a second file for one municipality
 * refuses the whole run, naming the file.
 */
export function verifyMunicipalityFiles(
  files: readonly { name: string; text: string }[],
  registered: ReadonlyMap<string, string>,
  month?: string,
): MunicipalityFigures[] {
  const seen = new Set<string>();
  let expected = month;
  return files.map(({ name, text }) => {
    const { payload, signature } = readSignedFile<MunicipalityFigures>(text, MUNICIPALITY_FORMAT, name);
    if (!wellFormed(payload)) throw new BenchmarkRefusal('malformed', { file: name });
    if (registered.get(signature.publicKey) !== payload.municipality)
      throw new BenchmarkRefusal('unknownKey', { file: name, municipality: payload.municipality });
    expected ??= payload.month;
    if (payload.month !== expected)
      throw new BenchmarkRefusal('otherMonth', { file: name, month: payload.month, expected });
    if (seen.has(payload.municipality))
      throw new BenchmarkRefusal('duplicate', { file: name, municipality: payload.municipality });
    seen.add(payload.municipality);
    return payload;
  });
}
