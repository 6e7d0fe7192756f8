import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { formatProblems, loadConfig } from '../../src/config.js';
import { useTempDir } from '../config/temp-dir.js';

describe('organisation number, KOSTRA group and coordinator key in the config', () => {
  const temp = useTempDir();
  const load = (yaml: string) =>
    loadConfig({ env: { KULTURPULS_CONFIG: temp.write('k.yaml', yaml), KULTURPULS_DB: temp.path('db') } });

  it('takes the KOSTRA group from the shipped table, and an override before it', () => {
    const oslo = load('organisation:\n  name: Oslo kommune\n  number: "0301"\n');
    if (!oslo.ok) throw new Error(formatProblems(oslo.problems));
    expect(oslo.config.settings.organisation).toBe('Oslo kommune');
    // SSB: KOSTRA group 13 is Oslo alone.
    expect(oslo.config.settings.municipality).toEqual({ number: '0301', kostraGroup: 13 });
    const other = load('organisation:\n  name: Testvik\n  number: "9998"\n  kostraGroup: 12\n');
    if (!other.ok) throw new Error(formatProblems(other.problems));
    expect(other.config.settings.municipality).toEqual({ number: '9998', kostraGroup: 12 });
    const unknown = load('organisation:\n  name: Testvik\n  number: "9999"\n');
    expect(unknown.ok && unknown.config.settings.municipality).toEqual({ number: '9999', kostraGroup: null });
  });

  it('keeps a plain name working, without a municipality', () => {
    const plain = load('organisation: Testvik kommune\n');
    expect(plain.ok && plain.config.settings.organisation).toBe('Testvik kommune');
    expect(plain.ok && plain.config.settings.municipality).toBeUndefined();
  });

  it.each([
    ['organisation:\n  name: X\n  number: "301"\n', 'organisation.number (line 3)', 'four digits'],
    ['organisation:\n  name: X\n  number: "03011"\n', 'organisation.number (line 3)', 'four digits'],
    [
      'organisation:\n  name: X\n  number: "0301"\n  kostraGroup: 18\n',
      'organisation.kostraGroup',
      '1 to 17',
    ],
    ['benchmark:\n  coordinatorKey: not-a-key\n', 'benchmark.coordinatorKey (line 2)', 'public key'],
  ])('refuses %j with one line naming the field', (yaml, path, words) => {
    const result = load(yaml);
    if (result.ok) throw new Error('accepted');
    const text = formatProblems(result.problems);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain(path);
    expect(text).toContain(words);
  });

  it('config check names the group, and warns when the table does not know the number', async () => {
    const run = async (yaml: string) => {
      const out: string[] = [];
      const err: string[] = [];
      const env = {
        KULTURPULS_CONFIG: temp.write('k.yaml', yaml),
        KULTURPULS_DB: temp.path('db'),
        KULTURPULS_SECRET: 'x'.repeat(32),
      };
      const code = await runCli(['config', 'check'], {
        out: (t) => out.push(t),
        err: (t) => err.push(t),
        env,
      });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    const known = await run('organisation:\n  name: Ålesund kommune\n  number: "1508"\n');
    expect(known.out).toContain('Benchmark: municipality 1508, KOSTRA group 11');
    const unknown = await run('organisation:\n  name: Testvik\n  number: "9997"\n');
    expect(unknown.code).toBe(0);
    expect(unknown.err).toContain(
      'municipality 9997 is not in the shipped KOSTRA table; set organisation.kostraGroup',
    );
  });
});
