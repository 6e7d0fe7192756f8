import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config.js';
import { openRuntime } from '../../src/runtime.js';
import { appDir } from './app-dir.js';
import { seedYear } from './seed-year.js';

describe('kulturpuls digest', () => {
  let folder: Awaited<ReturnType<typeof appDir>>;
  let dir: string;
  let env: Record<string, string>;
  const run = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['digest', ...args], { out: (t) => out.push(t), err: (t) => err.push(t), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  beforeAll(async () => {
    folder = await appDir('digest-cli');
    ({ dir, env } = folder);
    const loaded = loadConfig({ env });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const runtime = await openRuntime(loaded.config);
    await seedYear(runtime.store, '2025-03', '2025-03-01T00:00:00.000Z');
    await runtime.close();
  });
  afterAll(() => folder?.close());

  it('writes JSON that validates against schema/digest.schema.json', async () => {
    const file = join(dir, 'digest.json');
    expect((await run(['--month', '2025-03', '--format', 'json', '--out', file])).code).toBe(0);
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../schema/digest.schema.json'), 'utf8'),
    );
    const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
    const validate = new Ajv({ strict: false }).compile(schema);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({ $schema: 'urn:kulturpuls:digest:v4', version: 4, month: '2025-03' });
  });

  it('writes CSV, self-contained HTML with print CSS, and the politicians version', async () => {
    const csv = await run(['--month', '2025-03', '--format', 'csv']);
    expect(csv.out.split('\r\n')[0]).toBe(
      '\uFEFFmonth;section;id;label;n;value;change;baseline_change;status;d1;d2;d3;d4;d5;period;change_from;change_margin;change_noise;prize_criteria',
    );
    const html = await run(['--month', '2025-03', '--format', 'html', '--lang', 'en']);
    expect(html.out).toContain('@page{size:A4');
    expect(html.out).not.toMatch(/<script|<link|src=/);
    expect(html.out).toContain('<html lang="en">');
    const politicians = await run(['--month', '2025-03', '--audience', 'politicians', '--lang', 'nn']);
    expect(politicians.out).toContain('# Innovasjon i kommunen: mars 2025');
    expect(politicians.out).not.toContain('| ---');
    expect(politicians.out).not.toMatch(/helse-og-omsorg \d/);
  });

  it('rejects wrong usage with exit code 2', async () => {
    expect((await run(['--month', '2025-13'])).code).toBe(2);
    expect((await run(['--month', '2025-03', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['--month', '2025-03', '--format', 'json', '--audience', 'politicians'])).code).toBe(2);
  });
});

describe('kulturpuls COMMAND --help', () => {
  it.each(['digest', 'backup', 'export', 'demo-data', 'config'])(
    '%s --help prints its usage and exits 0',
    async (command) => {
      const out: string[] = [];
      const code = await runCli([command, '--help'], { out: (t) => out.push(t), err: () => {}, env: {} });
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(new RegExp(`usage:[\\s\\S]*kulturpuls ${command}`));
    },
  );

  it('digest --help explains the CSV dialects', async () => {
    const out: string[] = [];
    await runCli(['digest', '-h'], { out: (t) => out.push(t), err: () => {}, env: {} });
    expect(out.join('\n')).toContain('--csv-dialect');
  });
});
