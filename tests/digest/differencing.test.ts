// Issue 21: an attacker compares every published output of two datasets that differ in one withheld
// person only (a one-person sector, threshold 5). Where the change is in a withheld cell, every output
// is byte-identical; where a shown total must change with it, every sector table still reads the
// same, and the shown total minus the shown parts always leaves a group of at least the threshold.
import { afterEach, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import type { RenderOptions } from '../../src/core/digest/format.js';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import type { KaffePair } from '../../src/core/records.js';
import { LOCALES, type Locale, type ScaleValue } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { addPeople, addPulse, createWorld, repeat, type World } from './world.js';

const MONTH = '2025-03';
const K = 5;
const SECTORS = ['helse-og-omsorg', 'oppvekst', 'kultur'] as const;

interface Variant {
  /** The one person in kultur: their answer to the shown statement, or not taking part. */
  lone: ScaleValue | 'absent';
  /** An answer in a cell only two people answered (withheld). */
  humor: ScaleValue;
  /** Whether the lone person's Kaffe pair (the only kultur pair) met. */
  loneMet: boolean;
  /** The lone person's answer to a statement nobody else answered (absent: not answered). */
  alone?: ScaleValue;
  /** A shown answer (a helse person's), to prove the comparison can fail. */
  shown?: ScaleValue;
}

const BASE: Variant = { lone: 1, humor: 1, loneMet: false };

const worlds: World[] = [];
afterEach(async () => {
  for (const world of worlds.splice(0)) await world.close();
});

function pair(i: number, a: string, b: string, met: boolean, aKey: string | null = null): KaffePair {
  return {
    id: `kaffe-${i}`,
    round: '2025-03-10',
    platform: 'local',
    aKey: aKey ?? `local:kaffe-a${i}`,
    bKey: `local:kaffe-b${i}`,
    aSector: a,
    bSector: b,
    aMet: met,
    bMet: null,
    createdAt: '2025-03-10T08:00:00.000Z',
  };
}

async function build(variant: Variant): Promise<World> {
  const world = await createWorld({ now: '2025-04-02T08:00:00.000Z', minGroupSize: K });
  worlds.push(world);
  const helse = await addPeople(world, 'helse-og-omsorg', 6);
  const oppvekst = await addPeople(world, 'oppvekst', 5);
  const [lone] = (await addPeople(world, 'kultur', 1)) as [string];
  const tillit: ScaleValue[] = [variant.shown ?? 4, ...repeat(4, 5), ...repeat(5, 5)];
  await addPulse(world, {
    id: 'p1',
    closesAt: '2025-03-05T08:00:00.000Z',
    people: variant.lone === 'absent' ? [...helse, ...oppvekst] : [...helse, ...oppvekst, lone],
    answers: [
      {
        questionId: 'pulse-tillit-1',
        values: variant.lone === 'absent' ? tillit : [...tillit, variant.lone],
      },
      { questionId: 'pulse-humor-1', values: [2, variant.humor] },
      // Asked of everyone; the lone person (the 12th) answers it or nobody does.
      {
        questionId: 'pulse-risiko-1',
        values: variant.alone === undefined ? [] : [...new Array<ScaleValue>(11), variant.alone],
      },
    ],
  });
  await world.t.store.kaffe.addRound(
    [
      ...[0, 1, 2, 3, 4].map((i) => pair(i, 'helse-og-omsorg', 'oppvekst', i < 3)),
      ...[5, 6, 7, 8, 9].map((i) => pair(i, 'oppvekst', 'kultur', i < 9)),
      ...[10, 11, 12, 13, 14, 15].map((i) => pair(i, 'helse-og-omsorg', 'helse-og-omsorg', i < 12)),
      pair(16, 'kultur', 'helse-og-omsorg', variant.loneMet, lone),
    ],
    [],
  );
  return world;
}

/** Every published output of the month: JSON, Markdown, CSV, HTML, the dashboard and the chat digest. */
async function outputs(world: World, locale: Locale = 'nb') {
  const digest = await world.core.digests.forMonth(MONTH);
  const sectorName = sectorNamer({ settings: world.settings }, locale);
  const options: RenderOptions = { locale, bank: world.core.bank, sectorName };
  return {
    digest,
    statement: (id: string) => world.core.bank.get(id)?.text[locale] ?? id,
    sectorNames: SECTORS.map(sectorName),
    texts: {
      json: JSON.stringify(digest, null, 2),
      md: renderDigestMarkdown(digest, options),
      csv: renderDigestCsv(digest, options),
      html: renderDigestHtml(digest, options),
      dashboard: renderDigestHtml(digest, { ...options, dashboard: { keep: {} } }),
      chat: JSON.stringify(
        // The public address, not a signed link: a link's signature carries the time it was made.
        digestChatMessage(digest, locale, world.settings.publicUrl, world.core.bank, sectorName),
      ),
    },
  };
}

/** What each output says per sector (and about what it withheld), to compare across datasets. */
function sectorParts(seen: Awaited<ReturnType<typeof outputs>>): Record<string, string> {
  const { digest, texts, sectorNames } = seen;
  const naming = (text: string) =>
    text
      .split(/\n|\\n/)
      .filter((line) => sectorNames.some((name) => line.includes(name)))
      .join('\n');
  const html = (text: string) =>
    (text.match(/<section id="(participation|sectors)"[\s\S]*?<\/section>/g) ?? []).join('\n');
  return {
    json: JSON.stringify({
      sectors: digest.sectors,
      participation: digest.participation.sectors,
      withheld: digest.withheld,
      kaffe: { sectorPairs: digest.kaffe.sectorPairs, withheld: digest.kaffe.withheld },
    }),
    csv: texts.csv
      .split('\r\n')
      .filter((row) => /^[^,]*,(participation_sector|sector|withheld),/.test(row))
      .join('\n'),
    md: naming(texts.md),
    html: html(texts.html),
    dashboard: html(texts.dashboard),
    chat: naming(texts.chat),
  };
}

/** What subtraction leaves: the shown total minus the shown parts, to be 0 or at least K. */
function remainders(digest: Digest): Record<string, number> {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const p = digest.participation;
  const statements = digest.questions.flatMap((q) => (q.result.shown ? [q.result.value.n] : []));
  const sectorAnswers = digest.sectors.flatMap((s) => (s.responses.shown ? [s.responses.value] : []));
  const kaffe = digest.kaffe;
  const shownPairs = kaffe.sectorPairs;
  return {
    participation: p.respondents.shown
      ? p.respondents.value -
        sum(p.sectors.flatMap((s) => (s.respondents.shown ? [s.respondents.value] : [])))
      : 0,
    sectorScores: sum(statements) - sum(sectorAnswers),
    kaffePairs: kaffe.metShare === null ? 0 : kaffe.pairs - sum(shownPairs.map((s) => s.pairs)),
  };
}

const leavesAGroup = (n: number) => n === 0 || n >= K;

describe('differencing every published output', () => {
  it.each(LOCALES)('an answer in a withheld cell changes no byte of any output (%s)', async (locale) => {
    const seen = await outputs(await build({ ...BASE, humor: 1 }), locale);
    const a = seen.texts;
    // Another answer in a withheld cell; the lone person answering a statement nobody else did, or not.
    for (const other of [{ humor: 5 }, { alone: 1 }, { alone: 5, humor: 5 }] as const) {
      const b = (await outputs(await build({ ...BASE, ...other }), locale)).texts;
      for (const format of Object.keys(a) as (keyof typeof a)[])
        expect(b[format], `${format} ${JSON.stringify(other)}`).toBe(a[format]);
    }
    // The statement nobody answered is listed, as withheld.
    expect(seen.digest.questions.find((q) => q.id === 'pulse-risiko-1')?.result.shown).toBe(false);
    expect(a.md).toContain(seen.statement('pulse-risiko-1'));
    // The comparison can fail: one shown answer changes the outputs that show it.
    const control = (await outputs(await build({ ...BASE, humor: 1, shown: 1 }), locale)).texts;
    for (const format of ['json', 'md', 'csv', 'html', 'dashboard'] as const)
      expect(control[format], format).not.toBe(a[format]);
  });

  it.each(LOCALES)(
    'a one-person sector reads the same whether they took part or not (%s)',
    async (locale) => {
      const seen: Awaited<ReturnType<typeof outputs>>[] = [];
      for (const lone of ['absent', 1, 5] as const)
        seen.push(await outputs(await build({ ...BASE, lone }), locale));
      const [absent, disagreed, agreed] = seen.map(sectorParts);
      for (const format of Object.keys(absent ?? {})) {
        expect(disagreed?.[format], format).toBe(absent?.[format]);
        expect(agreed?.[format], format).toBe(absent?.[format]);
      }
      // Every sector is listed in both tables, the one-person sector as withheld.
      for (const { digest } of seen) {
        expect(digest.sectors.map((s) => s.sector)).toEqual([...SECTORS]);
        expect(digest.participation.sectors.map((s) => s.sector)).toEqual([...SECTORS]);
        const kultur = digest.sectors.find((s) => s.sector === 'kultur');
        expect(kultur?.mean.shown).toBe(false);
        // Something is shown, so the equality above is not that of empty tables.
        expect(digest.sectors.some((s) => s.mean.shown)).toBe(true);
        expect(digest.participation.respondents.shown).toBe(true);
      }
    },
  );

  it('shown totals minus shown parts never isolate fewer than the threshold', async () => {
    for (const lone of ['absent', 1, 5] as const)
      for (const loneMet of [false, true]) {
        const { digest } = await outputs(await build({ ...BASE, lone, loneMet }));
        for (const [what, n] of Object.entries(remainders(digest)))
          expect(leavesAGroup(n), `${what} = ${n} (lone: ${lone}, met: ${loneMet})`).toBe(true);
      }
  });

  it('a Kaffe pair that met or not changes no sector pair, only the overall share over ≥ K pairs', async () => {
    const [no, yes] = [
      await outputs(await build({ ...BASE, loneMet: false })),
      await outputs(await build({ ...BASE, loneMet: true })),
    ];
    expect(sectorParts(yes as never).json).toBe(sectorParts(no as never).json);
    const kaffe = no?.digest.kaffe;
    // The kultur–helse pair is withheld with the next-smallest sector pair; the others stay shown.
    expect(kaffe?.sectorPairs.map((p) => `${p.a}|${p.b}`)).toEqual([
      'helse-og-omsorg|helse-og-omsorg',
      'oppvekst|kultur',
    ]);
    expect(kaffe?.withheld).toBe(2);
  });
});
