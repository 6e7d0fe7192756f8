import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCHMARK_FORMAT, combineFigures } from '../../src/core/benchmark/combine.js';
import { importBenchmark } from '../../src/core/benchmark/import-benchmark.js';
import { MUNICIPALITY_FORMAT, type MunicipalityFigures } from '../../src/core/benchmark/municipality-file.js';
import { newKeyPair, signFile } from '../../src/core/benchmark/signed-file.js';
import { parseRegisteredKeys, verifyMunicipalityFiles } from '../../src/core/benchmark/verify-files.js';
import type { Message } from '../../src/core/message.js';
import type { Locale } from '../../src/core/vocabulary.js';
import { LOCALES } from '../../src/core/vocabulary.js';
import { renderMessage as slackMessage } from '../../src/slack/render-message.js';
import { renderMessage as teamsCard } from '../../src/teams/render-message.js';
import { addPeople, addPulse, createWorld, spread, type World } from '../digest/world.js';
import { messageProblems } from '../support/slack-block-kit-rules.js';
import { cardProblems, cardText } from '../support/teams-cards.js';

// Group 12 (ours): five municipalities at 3,0 3,2 3,4 3,6 3,8 with 20 answers each → 3,4.
// Group 1: five at 3,0 with 40 answers each. The nation: (3,4 × 100 + 3,0 × 200) ÷ 300 = 3,13.
// Leadership carries each file's spread (sd 1,0): group 12's pooled variance is
// (5 × 19 × 1,0² + 20 × (0,4² + 0,2² + 0 + 0,2² + 0,4²)) ÷ 99 = 103 ÷ 99. Trust carries none.
const OTHERS = [
  ...[3.0, 3.2, 3.4, 3.6, 3.8].map((mean, i) => ({ number: `460${i + 2}`, group: 12, mean, n: 20 })),
  ...[0, 1, 2, 3, 4].map((i) => ({ number: `910${i}`, group: 1, mean: 3.0, n: 40 })),
];

/** The coordinator's whole path: signed municipality files, verified against pinned groups, combined, signed. */
function coordinatorFile(coordinatorPem: string): string {
  const lines: string[] = [];
  const files = OTHERS.map((o) => {
    const key = newKeyPair();
    lines.push(`${o.number} ${key.publicKey} ${o.group}`);
    const payload: MunicipalityFigures = {
      month: '2025-03',
      period: { from: '2025-01', to: '2025-03' },
      municipality: o.number,
      kostraGroup: o.group,
      minGroupSize: 5,
      figures: { lederforankring: { mean: o.mean, n: o.n, sd: 1 }, tillit: { mean: o.mean, n: o.n } },
      responseRate: null,
    };
    return { name: `${o.number}.json`, text: signFile(MUNICIPALITY_FORMAT, payload, key.privatePem) };
  });
  const verified = verifyMunicipalityFiles(files, parseRegisteredKeys(lines.join('\n')));
  return signFile(BENCHMARK_FORMAT, combineFigures(verified), coordinatorPem);
}

const slackOptions = { moreUrl: 'https://kulturpuls.testvik.no/dashboard', moreLabel: 'Les mer' };
type Section = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: { text: string }[];
};

describe('the chat digest carries the KOSTRA comparison, compactly', () => {
  let world: World;
  const coordinator = newKeyPair();
  const chat = async (month: string, locale: Locale = 'nb') => {
    world.settings.defaultLocale = locale;
    return (await world.core.render(
      { type: 'digest', month },
      { platform: 'slack', kind: 'channel', id: 'C1' },
    )) as Message;
  };

  beforeAll(async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    Object.assign(world.settings, {
      municipality: { number: '4601', kostraGroup: 12 },
      benchmark: { coordinatorKey: coordinator.publicKey },
    });
    const people = await addPeople(world, 'oppvekst', 60);
    await addPulse(world, {
      id: 'mar',
      closesAt: '2025-03-12T08:00:00.000Z',
      people,
      answers: [
        // 4,0 against the group's 3,4: beyond the noise of 60 answers. Trust 3,5 against 3,4: within it.
        { questionId: 'pulse-lederforankring-1', values: spread(0, 0, 15, 30, 15) },
        { questionId: 'pulse-tillit-1', values: spread(0, 10, 20, 20, 10) },
      ],
    });
  });
  afterAll(() => world.close());

  it('says in the chat that no comparison is imported yet', async () => {
    const message = await chat('2025-03');
    expect(message.fallbackText).toContain('Ingen sammenligning med lignende kommuner er importert ennå.');
    const blocks = slackMessage(message, slackOptions).blocks as Section[];
    expect(blocks.some((b) => b.fields)).toBe(false);
  });

  it('shows Oss, the group and Landet per dimension, with the noise verdict, on Slack and Teams', async () => {
    await importBenchmark(
      { store: world.t.store, settings: world.settings, now: '2025-04-02T08:00:00.000Z' },
      { name: 'benchmark-2025-03.json', text: coordinatorFile(coordinator.privatePem) },
    );
    const message = await chat('2025-03');
    const slack = slackMessage(message, slackOptions);
    expect(messageProblems(slack)).toEqual([]);
    const blocks = slack.blocks as Section[];
    const context = blocks.flatMap((b) => b.elements?.map((e) => e.text) ?? []).join('\n');
    expect(context).toContain(
      'KOSTRA-gruppe 12 (5 kommuner). Tallene for de andre kommunene er fra mars 2025',
    );
    const fields = blocks.flatMap((b) => b.fields?.map((f) => f.text) ?? []);
    expect(fields).toContain(
      '*Lederfokus og forankring*\nOss 4,0 · gruppen 3,4 · landet 3,1\n+0,6 mot KOSTRA-gruppen, større enn støyen (± 0,3)',
    );
    expect(fields).toContain(
      '*Tillit*\nOss 3,5 · gruppen 3,4 · landet 3,1\n+0,1 mot KOSTRA-gruppen, innenfor støyen',
    );
    const card = teamsCard(message);
    expect(cardProblems(card)).toEqual([]);
    expect(cardText(card)).toContain('Oss 4,0 · gruppen 3,4 · landet 3,1');
    expect(cardText(card)).toContain('KOSTRA-gruppe 12 (5 kommuner)');
  });

  it("takes the noise from both sides' spread where the benchmark carries one, else from ours", async () => {
    const digest = await world.core.digests.forMonth('2025-03');
    const line = (d: string) => digest.benchmark?.lines.find((l) => l.dimension === d);
    expect(line('lederforankring')?.group?.sd).toBeCloseTo(Math.sqrt(103 / 99), 4);
    // Ours: 15 × 3, 30 × 4, 15 × 5 → sample variance 30 ÷ 59; 1,96 × √(30/59 ÷ 60 + 103/99 ÷ 100).
    expect(line('lederforankring')?.margin).toBeCloseTo(1.96 * Math.sqrt(30 / 59 / 60 + 103 / 99 / 100), 4);
    // Trust: 10 × 2, 20 × 3, 20 × 4, 10 × 5 → 55 ÷ 59, standing for both sides.
    expect(line('tillit')?.group?.sd).toBeUndefined();
    expect(line('tillit')?.margin).toBeCloseTo(1.96 * Math.sqrt((55 / 59) * (1 / 60 + 1 / 100)), 4);
  });

  it('stays within Block Kit and a valid card in every language', async () => {
    for (const locale of LOCALES) {
      const message = await chat('2025-03', locale);
      expect(messageProblems(slackMessage(message, slackOptions)), locale).toEqual([]);
      expect(cardProblems(teamsCard(message)), locale).toEqual([]);
      expect(message.fallbackText, locale).toContain(
        {
          nb: 'Oss 4,0 · gruppen 3,4 · landet 3,1',
          nn: 'Oss 4,0 · gruppa 3,4 · landet 3,1',
          en: 'Us 4.0 · the group 3.4 · Norway 3.1',
        }[locale],
      );
    }
  });

  it('marks an old comparison as old, figures and all', async () => {
    world.settings.defaultLocale = 'nb';
    world.clock.set('2025-07-02T08:00:00.000Z');
    const message = await chat('2025-06');
    expect(message.fallbackText).toContain('Sammenligningen er gammel: den nyeste er fra mars 2025.');
    expect(messageProblems(slackMessage(message, slackOptions))).toEqual([]);
    expect(cardText(teamsCard(message))).toContain('Sammenligningen er gammel');
  });
});
