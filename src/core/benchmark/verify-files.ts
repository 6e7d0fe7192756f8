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
