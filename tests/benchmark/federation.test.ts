import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MUNICIPALITY_FORMAT } from '../../src/core/benchmark/municipality-file.js';
import { BenchmarkRefusal } from '../../src/core/benchmark/refusal.js';
import { signFile } from '../../src/core/benchmark/signed-file.js';
import { parseRegisteredKeys, verifyMunicipalityFiles } from '../../src/core/benchmark/verify-files.js';
import {
  type Combined,
  type Federation,
  MONTHS,
  pooledSdByHand,
  setUpFederation,
  weightedByHand,
} from './federation.js';
import { cli, type Municipality } from './municipalities.js';

describe('the KOSTRA benchmark across 14 simulated municipalities', () => {
  let fed: Federation;
  let towns: Municipality[];
  beforeAll(async () => {
    fed = await setUpFederation();
    towns = fed.towns;
  }, 240_000);
  afterAll(() => fed?.close());

  const payloadOf = (number: string, month: string) => fed.payloadOf(number, month);
  const combinedOf = (month: string) => fed.combined.get(month) as Combined;
  const fileOf = (m: Municipality, month: string) => fed.fileOf(m, month);

  it('the municipality below minGroupSize sends no figure and counts nowhere', () => {
    const tiny = payloadOf('9400', '2025-02');
    expect(tiny.figures).toEqual({});
    expect(tiny.responseRate).toBeNull();
    const { national, groups } = combinedOf('2025-02').payload;
    expect(national.municipalities).toBe(13);
    expect(groups['16']).toBeUndefined();
  });

  it('shows national and group figures equal to the digests weighted by their answers', async () => {
    const month = '2025-02';
    const digests = new Map<
      string,
      {
        dimensions: {
          id: string;
          result: { shown: boolean; value: { mean: number; n: number; distribution: number[] } };
        }[];
      }
    >();
    for (const m of towns.slice(0, 13)) {
      const json = await m.run(['digest', '--month', month, '--format', 'json']);
      digests.set(m.number, JSON.parse(json.out));
    }
    const { national, groups, weighting } = { ...combinedOf(month).payload };
    expect(weighting).toBe('answers');
    const expectFor = (numbers: string[], dimension: string) => weightedByHand(digests, numbers, dimension);
    const all = towns.slice(0, 13).map((m) => m.number);
    const group11 = towns.filter((m) => m.group === 11).map((m) => m.number);
    let compared = 0;
    for (const dimension of ['lederforankring', 'brukerorientering', 'tillit', 'konflikt']) {
      const nationally = expectFor(all, dimension);
      const inGroup = expectFor(group11, dimension);
      if (!nationally || !inGroup) continue;
      expect(national.figures[dimension]?.n).toBe(nationally.n);
      expect(national.figures[dimension]?.mean).toBeCloseTo(nationally.mean, 3);
      expect(national.figures[dimension]?.municipalities).toBe(13);
      expect(groups['11']?.figures[dimension]?.n).toBe(inGroup.n);
      expect(groups['11']?.figures[dimension]?.mean).toBeCloseTo(inGroup.mean, 3);
      // The spread: each file's is its own answers', the areas' is all their answers' together.
      for (const number of all)
        expect(payloadOf(number, month).figures[dimension]?.sd).toBeCloseTo(
          pooledSdByHand(digests, [number], dimension),
          4,
        );
      expect(national.figures[dimension]?.sd).toBeCloseTo(pooledSdByHand(digests, all, dimension), 3);
      expect(groups['11']?.figures[dimension]?.sd).toBeCloseTo(
        pooledSdByHand(digests, group11, dimension),
        3,
      );
      compared += 1;
    }
    expect(compared).toBeGreaterThanOrEqual(3);
  });

  it('withholds the group of 3 and, as its complement, the next-smallest group', () => {
    for (const month of MONTHS) {
      const { national, groups } = combinedOf(month).payload;
      expect(groups['7']?.municipalities).toBe(3);
      expect(groups['7']?.figures).toEqual({});
      // Groups 1 and 11 both have 5: the lower number is the complement.
      expect(groups['1']?.municipalities).toBe(5);
      expect(groups['1']?.figures).toEqual({});
      expect(Object.keys(groups['11']?.figures ?? {}).length).toBeGreaterThan(10);
      expect(Object.keys(national.figures).length).toBeGreaterThan(10);
    }
  });

  it('recovers no withheld group from the shown figures of two months, whatever is added or subtracted', () => {
    // Every ±1/0 combination of every shown (n, mean × n) of both months, per dimension.
    const truth = (month: string, group: number, dimension: string) => {
      let n = 0;
      let sum = 0;
      for (const m of towns.filter((t) => t.group === group)) {
        const f = payloadOf(m.number, month).figures[dimension];
        if (f) {
          n += f.n;
          sum += f.mean * f.n;
        }
      }
      return { n, sum };
    };
    let checked = 0;
    for (const dimension of ['lederforankring', 'nettverk', 'frihet', 'idetid']) {
      const shown = MONTHS.flatMap((month) => {
        const { national, groups } = combinedOf(month).payload;
        return [national, ...Object.values(groups)].flatMap((area) => {
          const f = area.figures[dimension];
          return f ? [{ n: f.n, sum: f.mean * f.n }] : [];
        });
      });
      const secrets = MONTHS.flatMap((month) => [truth(month, 7, dimension), truth(month, 1, dimension)]);
      for (let code = 1; code < 3 ** shown.length; code += 1) {
        let n = 0;
        let sum = 0;
        let rest = code;
        for (const value of shown) {
          const sign = [0, 1, -1][rest % 3] as number;
          rest = Math.floor(rest / 3);
          n += sign * value.n;
          sum += sign * value.sum;
        }
        for (const secret of secrets) {
          if (secret.n === 0) continue;
          const recovered = n === secret.n && Math.abs(sum - secret.sum) < 0.01 * secret.n;
          expect(recovered, `${dimension}: combination ${code} gives a withheld group`).toBe(false);
        }
      }
      checked += 1;
    }
    expect(checked).toBe(4);
  });

  it('writes the same bytes for the same data, and explains them in Norwegian', async () => {
    const m = towns[0] as Municipality;
    const again = join(m.dir, 'again.json');
    const result = await m.run(['benchmark', 'export', '--month', '2025-02', '--out', again, '--explain']);
    expect(readFileSync(again, 'utf8')).toBe(fed.exported.get(`${m.number}/2025-02`));
    expect(result.out).toContain('Kommunenummer 9100, KOSTRA-gruppe 1.');
    expect(result.out).toMatch(
      /Lederfokus og forankring: gjennomsnitt \d,\d\d av \d+ svar, standardavvik \d,\d\d/,
    );
    expect(result.out).toContain('Filen navngir ingen person og har ingen fritekst.');
    const nynorsk = await m.run([
      'benchmark',
      'export',
      '--month',
      '2025-02',
      '--out',
      again,
      '--explain',
      '--lang',
      'nn',
    ]);
    expect(nynorsk.out).toContain('Fila namngir ingen person');
  });

  it('exports last month, in Oslo, when no month is given (what the monthly timer runs)', async () => {
    const m = towns[0] as Municipality;
    const file = join(m.dir, 'last-month.json');
    expect((await m.run(['benchmark', 'export', '--out', file])).code).toBe(0);
    const [year, month] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    const last = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
    expect(JSON.parse(readFileSync(file, 'utf8')).payload.month).toBe(last);
  });

  it('sends nothing that names a person or holds free text: only numbers, the month and the group', () => {
    const payload = payloadOf('9100', '2025-02');
    expect(Object.keys(payload).sort()).toEqual(
      ['figures', 'kostraGroup', 'minGroupSize', 'month', 'municipality', 'period', 'responseRate'].sort(),
    );
    for (const figure of Object.values(payload.figures) as object[])
      expect(Object.keys(figure).sort()).toEqual(['mean', 'n', 'sd']);
  });

  describe('refuses, in one line', () => {
    const combine = (files: string[], month = '2025-02') =>
      fed.coordinatorRun([
        'benchmark',
        'combine',
        ...files,
        '--keys',
        fed.keysFile,
        '--out',
        join(fed.coordinator.dir, `x-${month}.json`),
      ]);
    const expectRefused = (result: { code: number; out: string; err: string }, words: string) => {
      expect(result.code).toBe(1);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(result.err).toContain(words);
    };

    it('a file with one changed byte', async () => {
      const m = towns[1] as Municipality;
      const text = fed.exported.get(`${m.number}/2025-02`) as string;
      const at = text.indexOf('"mean":') + 8;
      const digit = text[at] === '9' ? '8' : String(Number(text[at]) + 1);
      const file = join(m.dir, 'changed.json');
      writeFileSync(file, text.slice(0, at) + digit + text.slice(at + 1));
      expectRefused(
        await combine([fileOf(towns[0] as Municipality, '2025-02'), file]),
        'changed.json: signaturen stemmer ikke',
      );
    });

    it('any one changed byte, wherever it is in the file', () => {
      const m = towns[5] as Municipality;
      const text = fed.exported.get(`${m.number}/2025-02`) as string;
      const keys = parseRegisteredKeys(readFileSync(fed.keysFile, 'utf8'));
      expect(verifyMunicipalityFiles([{ name: 'f', text }], keys)).toHaveLength(1);
      for (let i = 0; i < text.length; i += 1) {
        const code = text.charCodeAt(i);
        // Another letter, and one bit flipped (a digit for the next, a quote for #, a comma for -).
        for (const other of [text[i] === 'A' ? 'B' : 'A', String.fromCharCode(code ^ 1)]) {
          const changed = text.slice(0, i) + other + text.slice(i + 1);
          expect(
            () => verifyMunicipalityFiles([{ name: 'f', text: changed }], keys),
            `byte ${i} ${text.slice(i - 30, i + 10)}`,
          ).toThrow(BenchmarkRefusal);
        }
      }
    });

    it('a file from a registered key with a figure under the threshold, an impossible spread, or text in it', async () => {
      const m = towns[7] as Municipality;
      const key = readFileSync(join(m.dir, 'benchmark-key.pem'), 'utf8');
      const good = fed.payloadOf(m.number, '2025-02');
      const [dimension, figure] = Object.entries(good.figures)[0] as [string, { mean: number; n: number }];
      for (const [name, payload] of [
        ['small.json', { ...good, figures: { ...good.figures, [dimension]: { ...figure, n: 4 } } }],
        ['text.json', { ...good, note: 'Kari i barnehagen svarte lavt' }],
        ['spread.json', { ...good, figures: { ...good.figures, [dimension]: { ...figure, sd: 3 } } }],
      ] as const) {
        const file = join(m.dir, name);
        writeFileSync(file, signFile(MUNICIPALITY_FORMAT, payload, key));
        expectRefused(
          await combine([file]),
          `${name}: har et tall under terskelen eller et felt som ikke hører hjemme`,
        );
      }
    });

    it('a validly signed file that claims another KOSTRA group than the coordinator registered', async () => {
      const m = towns[10] as Municipality;
      expect(m.group).toBe(11);
      const key = readFileSync(join(m.dir, 'benchmark-key.pem'), 'utf8');
      const file = join(m.dir, 'group-7.json');
      writeFileSync(
        file,
        signFile(MUNICIPALITY_FORMAT, { ...fed.payloadOf(m.number, '2025-02'), kostraGroup: 7 }, key),
      );
      expectRefused(
        await combine([file]),
        `group-7.json: kommune ${m.number} oppgir KOSTRA-gruppe 7, men er registrert i gruppe 11.`,
      );
    });

    it('an export without a key, saying how to make one', async () => {
      const m = towns[6] as Municipality;
      const result = await m.run([
        'benchmark',
        'export',
        '--month',
        '2025-02',
        '--key',
        join(m.dir, 'none.pem'),
      ]);
      expectRefused(result, 'none.pem: lag en med kulturpuls benchmark keys');
    });

    it('a file from an unregistered key', async () => {
      const stranger = cli({ ...(towns[2] as Municipality).env });
      const m = towns[2] as Municipality;
      expect((await stranger(['benchmark', 'keys', '--out', join(m.dir, 'other.pem')])).code).toBe(0);
      const file = join(m.dir, 'other-key.json');
      await m.run([
        'benchmark',
        'export',
        '--month',
        '2025-02',
        '--out',
        file,
        '--key',
        join(m.dir, 'other.pem'),
      ]);
      expectRefused(await combine([file]), 'ikke er registrert for kommune 9102');
    });

    it('a second file from the same municipality, and a file for another month', async () => {
      const m = towns[3] as Municipality;
      const copy = join(m.dir, 'copy.json');
      writeFileSync(copy, readFileSync(fileOf(m, '2025-02')));
      expectRefused(await combine([fileOf(m, '2025-02'), copy]), 'kommune 9103 har alt levert en fil');
      expectRefused(
        await combine([fileOf(m, '2025-02'), fileOf(towns[4] as Municipality, '2025-01')]),
        'gjelder 2025-01, ikke 2025-02',
      );
    });
  });
});
