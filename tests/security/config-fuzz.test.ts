import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config.js';
import { createRng, junkString, type Rng } from '../support/fuzz.js';

const EXAMPLE = readFileSync(join(import.meta.dirname, '..', '..', 'kulturpuls.example.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-config-fuzz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ENV = { KULTURPULS_DB: join(dir, 'kp.db'), KULTURPULS_SECRET: 'config-fuzz-secret-0123456789' };

/** Every path to a leaf (or list/object) of a parsed document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = prefix.length > 0 ? [prefix] : [];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

const WRONG: unknown[] = [
  -1,
  -999_999,
  1e308,
  0.5,
  'x'.repeat(100_000),
  '',
  [],
  {},
  null,
  true,
  '*/0 * * * *',
  'no:such:target',
  '9999-99-99',
  { nb: 7 },
];

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}

function mutateYaml(rng: Rng): { text: string; path?: string } {
  const doc = parse(EXAMPLE) as Record<string, unknown>;
  const all = paths(doc);
  switch (rng.int(4)) {
    case 0: {
      const path = rng.pick(all);
      setAt(doc, path, rng.pick(WRONG));
      return { text: stringify(doc), path: String(path[0]) };
    }
    case 1: {
      const key = `unknown_${junkString(rng, 8).replace(/[^a-z]/gi, '')}x`;
      const path = rng.pick(all.filter((p) => typeof p[p.length - 1] === 'string'));
      setAt(doc, [...path.slice(0, -1), key], 1);
      return { text: stringify(doc), path: key };
    }
    case 2: {
      // Broken YAML: cut anywhere, tabs for indentation, unclosed quotes, duplicate keys.
      const text = stringify(doc);
      const broken = [
        text.slice(0, rng.int(text.length)),
        text.replace(/\n {2}/g, '\n\t'),
        `${text}\norganisation: "unclosed\n`,
        `${text}\norganisation: again\n`,
        `${text}\n${junkString(rng, 200)}`,
        '*alias_without_anchor',
        `a: &a [*a, *a, *a]\n`,
      ];
      return { text: rng.pick(broken) };
    }
    default: {
      const top = rng.pick(Object.keys(doc));
      delete doc[top];
      setAt(doc, [rng.pick(Object.keys(doc))], rng.pick(WRONG));
      return { text: stringify(doc) };
    }
  }
}

describe('kulturpuls.yaml fuzzing', () => {
  it('500 mutated files: loadConfig never throws, every problem names where', () => {
    const rng = createRng(91);
    let broken = 0;
    for (let i = 0; i < 500; i++) {
      const { text, path } = mutateYaml(rng);
      const file = join(dir, 'kulturpuls.yaml');
      writeFileSync(file, text);
      const result = (() => {
        try {
          return loadConfig({ env: ENV, file });
        } catch (error) {
          throw new Error(`loadConfig threw on mutation ${i}: ${String(error)}\n${text.slice(0, 500)}`);
        }
      })();
      if (result.ok) continue;
      broken++;
      expect(result.problems.length).toBeGreaterThan(0);
      for (const problem of result.problems) {
        expect(problem.path, JSON.stringify(problem)).toMatch(/\S/);
        expect(problem.message).toMatch(/\S/);
      }
      if (path?.startsWith('unknown_')) {
        expect(result.problems.map((p) => p.path).join(' ')).toContain(path);
      }
    }
    expect(broken).toBeGreaterThan(250);
  });

  it('a wrong type names the field, e.g. privacy.minGroupSize', () => {
    const file = join(dir, 'typed.yaml');
    writeFileSync(
      file,
      'privacy:\n  minGroupSize: -3\nschedules:\n  - id: x\n    kind: pulse\n    cron: nope\n',
    );
    const result = loadConfig({ env: ENV, file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.problems.map((p) => p.path);
    expect(where).toContain('privacy.minGroupSize');
    expect(where.some((p) => p.startsWith('schedules[0]'))).toBe(true);
  });

  it('`kulturpuls start` with a broken config exits 1 and listens on nothing', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, 'privacy:\n  minGroupSize: 1\nunknownField: 2\n');
    const errors: string[] = [];
    const code = await runCli(['start'], {
      out: () => {},
      err: (text) => errors.push(text),
      env: { ...ENV, KULTURPULS_CONFIG: file, PORT: String(port) },
    });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain('privacy.minGroupSize');
    expect(errors.join('\n')).toContain('unknownField');
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
  });
});
