import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../accessibility/axe.js';
import { launchChromium } from '../support/browser.js';
import { type Federation, setUpFederation, weightedByHand } from './federation.js';
import { cli, type Municipality, yamlOf } from './municipalities.js';

type DigestJson = {
  dimensions: { id: string; result: { shown: boolean; value: { mean: number; n: number } } }[];
  benchmark: {
    status: string;
    month: string | null;
    groupMunicipalities: number | null;
    responseRate: { ours: number | null; group: number | null; national: number | null };
    lines: {
      dimension: string;
      ours: number | null;
      group: { mean: number; municipalities: number } | null;
      national: { mean: number; municipalities: number } | null;
      against: string | null;
      beyondNoise: boolean;
    }[];
  };
};

const nb1 = (x: number) => x.toFixed(1).replace('.', ',');

describe('kulturpuls benchmark import, and the comparison in every digest format', () => {
  let fed: Federation;
  let us: Municipality;
  const digests = new Map<string, DigestJson>();
  beforeAll(async () => {
    fed = await setUpFederation();
    us = fed.towns.find((m) => m.number === '9300') as Municipality;
    const coordinatorKey = readFileSync(join(fed.coordinator.dir, 'benchmark-key.pub'), 'utf8').trim();
    writeFileSync(
      us.env.KULTURPULS_CONFIG as string,
      yamlOf(us, `benchmark:\n  coordinatorKey: ${coordinatorKey}\n`),
    );
    for (const m of fed.towns.slice(0, 13))
      digests.set(
        m.number,
        JSON.parse((await m.run(['digest', '--month', '2025-02', '--format', 'json'])).out),
      );
  }, 240_000);
  afterAll(() => fed?.close());

  it('shows a missing benchmark as missing before anything is imported', async () => {
    const md = await us.run(['digest', '--month', '2025-02']);
    expect(md.out).toContain('Ingen sammenligning med lignende kommuner er importert ennå.');
  });

  it('refuses a coordinator file signed by another key, in one line', async () => {
    const forger = cli(fed.towns[0]?.env ?? {});
    const forged = join(us.dir, 'forged.json');
    // A real combination, validly signed, but with a municipality's key instead of the coordinator's.
    const result = await forger([
      'benchmark',
      'combine',
      ...fed.towns.map((m) => fed.fileOf(m, '2025-02')),
      '--keys',
      fed.keysFile,
      '--out',
      forged,
    ]);
    expect(result.code, result.err).toBe(0);
    const refused = await us.run(['benchmark', 'import', forged]);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toContain('forged.json: ikke signert med koordinatorens nøkkel');
  });

  it('imports the coordinator file; the digest shows Oss, the KOSTRA group and Landet as computed by hand', async () => {
    const imported = await us.run(['benchmark', 'import', fed.combinedFile('2025-02')]);
    expect(imported.code, imported.err).toBe(0);
    const json: DigestJson = JSON.parse(
      (await us.run(['digest', '--month', '2025-02', '--format', 'json'])).out,
    );
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../schema/digest.schema.json'), 'utf8'),
    );
    const Ajv = Ajv2020 as unknown as typeof Ajv2020.default;
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.benchmark).toMatchObject({ status: 'current', month: '2025-02', groupMunicipalities: 5 });
    const group11 = fed.towns.filter((m) => m.group === 11).map((m) => m.number);
    const all = fed.towns.slice(0, 13).map((m) => m.number);
    const md = (await us.run(['digest', '--month', '2025-02'])).out;
    expect(md).toContain('| Dimensjon | Oss | KOSTRA-gruppe 11 (5 kommuner) | Landet |');
    let checked = 0;
    for (const dimension of ['lederforankring', 'brukerorientering', 'tillit']) {
      const group = weightedByHand(digests, group11, dimension);
      const national = weightedByHand(digests, all, dimension);
      const ours = json.dimensions.find((d) => d.id === dimension)?.result;
      if (!group || !national || !ours?.shown) continue;
      const line = json.benchmark.lines.find((l) => l.dimension === dimension);
      expect(line?.group?.mean).toBeCloseTo(group.mean, 3);
      expect(line?.national?.mean).toBeCloseTo(national.mean, 3);
      expect(line?.against).toBe('group');
      const label = {
        lederforankring: 'Lederfokus og forankring',
        brukerorientering: 'Brukerorientering',
        tillit: 'Tillit',
      }[dimension];
      expect(md).toContain(
        `| ${label} | ${nb1(ours.value.mean)} | ${nb1(group.mean)} | ${nb1(national.mean)} |`,
      );
      expect(md).toMatch(
        new RegExp(`- ${label}: [−+±]\\d,\\d mot KOSTRA-gruppen, (større enn støyen|innenfor støyen)`),
      );
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
    // The response rate: answers over the people asked, summed over the group's files by hand.
    const rates = group11.map(
      (n) => fed.payloadOf(n, '2025-02').responseRate as { answered: number; asked: number },
    );
    const groupRate = rates.reduce((a, r) => a + r.answered, 0) / rates.reduce((a, r) => a + r.asked, 0);
    expect(json.benchmark.responseRate.group).toBeCloseTo(groupRate, 3);
    const ours = Math.round((json.benchmark.responseRate.ours ?? 0) * 100);
    expect(md).toMatch(
      new RegExp(`\\| Svarprosent \\| ${ours} % \\| ${Math.round(groupRate * 100)} % \\| \\d+ % \\|`),
    );
  });

  it('carries the comparison into CSV, HTML, the politicians version, and marks an old benchmark as old', async () => {
    await us.run(['benchmark', 'import', fed.combinedFile('2025-02')]);
    const csv = (
      await us.run(['digest', '--month', '2025-02', '--format', 'csv', '--csv-dialect', 'rfc4180'])
    ).out;
    expect(csv).toMatch(/\r\n2025-02,benchmark_group,lederforankring,Lederfokus og forankring,5,\d\.\d+,/);
    expect(csv).toMatch(/\r\n2025-02,benchmark,status,.*,current,/);
    const html = (await us.run(['digest', '--month', '2025-02', '--format', 'html'])).out;
    expect(html).toContain('<section id="benchmark"');
    expect(html).toContain('KOSTRA-gruppe 11 (5 kommuner)');
    const browser = await launchChromium();
    try {
      const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
      const page = await context.newPage();
      await page.setContent(html);
      expect(await violations(page, 'benchmark')).toEqual([]);
    } finally {
      await browser.close();
    }
    const council = (
      await us.run(['digest', '--month', '2025-02', '--audience', 'politicians', '--lang', 'nn'])
    ).out;
    expect(council).toContain('## Samanlikna med liknande kommunar');
    expect(council).toMatch(
      /- Leiarfokus og forankring: Oss \d,\d · KOSTRA-gruppe 11 \(5 kommunar\) \d,\d · Landet \d,\d/,
    );
    const later = await us.run(['digest', '--month', '2025-06']);
    expect(later.out).toContain('Sammenligningen er gammel: den nyeste er fra februar 2025.');
    const earlier = await us.run(['digest', '--month', '2025-01']);
    expect(earlier.out).toContain('Ingen sammenligning med lignende kommuner er importert ennå.');
  });
});
