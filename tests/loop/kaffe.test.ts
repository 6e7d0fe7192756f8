// Kaffe på tvers on a real migrated SQLite file: opt in, rounds across sectors without repeats,
// skip / leave / pause / quiet periods, one platform at a time, and the meetings in the digest.
import { afterEach, describe, expect, it } from 'vitest';
import { kaffeMeetings } from '../../src/core/digest/kaffe-meetings.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { ACTIONS } from '../../src/core/message.js';
import type { Actor } from '../../src/core/people.js';
import type { KaffePair } from '../../src/core/records.js';
import type { Platform } from '../../src/core/vocabulary.js';
import { createScheduler } from '../../src/scheduler/scheduler.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { DAY } from '../support/fake-clock.js';
import { createTestCore, silentLogger, type TestCore } from '../support/test-core.js';

const SECTORS = ['helse', 'oppvekst', 'teknisk', 'kultur', 'nav', 'stab'];
const name = (id: string) => ({ nb: id, nn: id, en: id });

let world: TestCore | undefined;
afterEach(() => world?.close());

async function start(): Promise<TestCore> {
  world = await createTestCore({
    start: '2026-01-05T08:00:00.000Z',
    settings: {
      sectors: SECTORS.map((id) => ({ id, name: name(id) })),
      quietPeriods: [{ name: 'påske', from: '2026-03-30', to: '2026-04-06' }],
    },
  });
  return world;
}

/** `count` people spread evenly over the six sectors, each typing `kaffe join`. */
async function join(
  w: TestCore,
  count: number,
  platform: Platform = 'local',
  prefix = 'p',
): Promise<Actor[]> {
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const actor: Actor = { platform, userId: `${prefix}${i}`, displayName: `Person ${prefix}${i}` };
    await w.store.people.upsert(
      {
        key: `${platform}:${actor.userId}`,
        displayName: actor.displayName ?? '',
        sector: SECTORS[i % 6] ?? null,
      },
      w.clock.now().toISOString(),
    );
    expect(await w.core.conversation.say(actor, 'kaffe join')).toMatchObject({ outcome: 'ok' });
    actors.push(actor);
  }
  return actors;
}

// Round by round, the oldest first (a round's pairs share their created_at); read through the store,
// which opens the sealed keys.
const pairsOf = async (w: TestCore): Promise<KaffePair[]> => {
  const pairs: KaffePair[] = [];
  for (const { id } of await w.rows<{ id: string }>('SELECT id FROM kaffe_pairs ORDER BY created_at'))
    pairs.push((await w.store.kaffe.getPair(id)) as KaffePair);
  return pairs;
};
const key = (p: KaffePair) => [p.aKey, p.bKey].sort().join(' + ');

describe('Kaffe på tvers', () => {
  it('pairs 60 people in 6 sectors over 5 rounds: no pair repeated, across sectors', async () => {
    const w = await start();
    await join(w, 60);
    const perRound: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      perRound.push(await w.core.loop.kaffeRound());
      // Not due again until `everyDays` (14) have passed.
      w.clock.advance(7 * DAY);
      expect(await w.core.loop.kaffeRound()).toBe(0);
      w.clock.advance(7 * DAY);
    }
    const pairs = await pairsOf(w);
    expect(perRound).toEqual([30, 30, 30, 30, 30]);
    expect(new Set(pairs.map(key)).size).toBe(pairs.length);
    const cross = pairs.filter((p) => p.aSector !== p.bSector).length / pairs.length;
    console.log(
      `Kaffe på tvers: ${pairs.length} pairs over 5 rounds, ${new Set(pairs.map(key)).size} distinct, cross-sector share ${(cross * 100).toFixed(1)} %`,
    );
    expect(cross).toBe(1);
    // Each person gets their pair, then "did you meet?" halfway to the next round.
    const dms = (await w.store.outbox.list({ limit: 2000 })).filter((d) => d.payload.type === 'kaffePair');
    expect(dms).toHaveLength(300);
  });

  it('never repeats a pair within the last N rounds, even when few people are in', async () => {
    const w = await start();
    await join(w, 4); // sectors helse, oppvekst, teknisk, kultur: 3 possible pairings of four
    for (let round = 0; round < 4; round += 1) {
      await w.core.loop.kaffeRound();
      w.clock.advance(14 * DAY);
    }
    const rounds = new Map<string, string[]>();
    for (const p of await pairsOf(w)) rounds.set(p.round, [...(rounds.get(p.round) ?? []), key(p)]);
    const seen = [...rounds.values()];
    expect(seen.slice(0, 3).flat()).toHaveLength(6);
    expect(new Set(seen.slice(0, 3).flat()).size).toBe(6);
    // All three pairings used: the fourth round finds nobody new within the last 6 rounds.
    expect(seen).toHaveLength(3);
  });

  it('skip, leave, pause, quiet periods and platforms are respected', async () => {
    const w = await start();
    const local = await join(w, 6);
    const slack = await join(w, 1, 'slack', 'u');
    const [skipper, leaver, pauser] = local as [Actor, Actor, Actor];
    expect(await w.core.conversation.say(skipper, 'kaffe skip')).toMatchObject({ outcome: 'ok' });
    expect(await w.core.conversation.say(leaver, 'kaffe leave')).toMatchObject({ outcome: 'ok' });
    await w.core.conversation.say(pauser, 'pause');
    expect(await w.core.conversation.say(leaver, 'kaffe skip')).toMatchObject({ outcome: 'usage' });
    expect(await w.core.conversation.say(leaver, 'kaffe')).toMatchObject({ outcome: 'usage' });
    const fields = async (actor: Actor) => {
      const reply = await w.core.conversation.say(actor, 'mydata');
      return JSON.stringify(reply.kind === 'message' ? reply.message.blocks : []);
    };
    expect(await fields(leaver)).toContain('{"label":"Kaffe på tvers","value":"ikke med"}');
    expect(await fields(skipper)).toContain('{"label":"Kaffe på tvers","value":"med"}');

    // In a quiet period the scheduler makes no round.
    w.clock.set('2026-04-01T08:00:00.000Z');
    const scheduler = createScheduler(w.core, silentLogger);
    expect((await scheduler.tick(w.clock.now())).kaffePairs).toBe(0);
    w.clock.set('2026-04-08T08:00:00.000Z');
    expect((await scheduler.tick(w.clock.now())).kaffePairs).toBe(1);
    const first = await pairsOf(w);
    const inRound = first.flatMap((p) => [p.aKey, p.bKey]);
    // Skipping, left and paused people are out; of the three left, one waits (an odd number).
    expect(inRound).toHaveLength(2);
    for (const k of inRound) expect(['local:p3', 'local:p4', 'local:p5']).toContain(k);
    expect(inRound).not.toContain(`slack:${slack[0]?.userId}`); // alone on Slack: never paired across platforms

    // The skip is used up by that round; the skipper is paired in the next.
    w.clock.advance(14 * DAY);
    await w.core.loop.kaffeRound();
    const second = (await pairsOf(w)).filter((p) => p.round === '2026-04-22');
    expect(second.flatMap((p) => [p.aKey, p.bKey])).toContain('local:p0');
  });

  it('one click says whether they met; the digest shows the share per sector pair from the threshold', async () => {
    const w = await start();
    const people = await join(w, 24); // 12 pairs, 2 per sector pair at most: under minGroupSize 5
    await w.core.loop.kaffeRound();
    const pairs = await pairsOf(w);
    expect(pairs).toHaveLength(12);
    const byKey = new Map(people.map((a) => [`local:${a.userId}`, a]));
    for (const [i, p] of pairs.entries()) {
      const a = byKey.get(p.aKey ?? '') as Actor;
      if (i < 9)
        expect(await w.core.conversation.click(a, ACTIONS.kaffeMet, p.id)).toMatchObject({ outcome: 'ok' });
      else await w.core.conversation.click(a, ACTIONS.kaffeNotMet, p.id);
    }
    const stranger: Actor = { platform: 'local', userId: 'x', displayName: 'X' };
    expect(await w.core.conversation.click(stranger, ACTIONS.kaffeMet, pairs[0]?.id ?? '')).toMatchObject({
      outcome: 'not_yours',
    });
    const digest = await w.core.digests.forMonth('2026-01');
    expect(digest.kaffe).toMatchObject({ pairs: 12, metShare: 0.75, crossSectorShare: 1 });
    // No sector pair reached five pairs: none is shown, and the digest says why.
    expect(digest.kaffe.sectorPairs).toEqual([]);
    expect(digest.kaffe.withheld).toBeGreaterThan(0);
    const md = renderDigestMarkdown(digest, {
      locale: 'nb',
      bank: w.core.bank,
      sectorName: sectorNamer({ settings: w.settings }, 'nb'),
    });
    expect(md).toContain('Kaffe på tvers: par som møttes');
    expect(md).toContain('Sektorpar med færre enn 5 par vises ikke.');
    expect(md).not.toMatch(/helse × \w+: \d+ %/);

    // Forgetting a person takes them out of Kaffe på tvers and off their pairs; the counts stay.
    const gone = pairs[0]?.aKey ?? '';
    await w.core.personalData.forget(gone);
    expect(await w.store.kaffe.member(gone)).toBeUndefined();
    expect(await w.store.kaffe.pairsOf(gone)).toEqual([]);
    expect((await w.core.digests.forMonth('2026-01')).kaffe.pairs).toBe(12);
  });
});

it('a sector pair with enough pairs shows the share that met; the rest, and their complement, are withheld', () => {
  const pair = (i: number, a: string, b: string, met: boolean): KaffePair => ({
    id: `k${i}`,
    round: '2026-01-05',
    platform: 'local',
    aKey: `local:a${i}`,
    bKey: `local:b${i}`,
    aSector: a,
    bSector: b,
    aMet: met,
    bMet: null,
    createdAt: '2026-01-05T08:00:00.000Z',
  });
  const pairs = [
    ...[0, 1, 2, 3, 4].map((i) => pair(i, 'oppvekst', 'helse', i < 3)),
    pair(5, 'nav', 'stab', true),
  ];
  // Alone, nav–stab would be the overall share minus helse–oppvekst's: both are withheld.
  const meetings = kaffeMeetings(pairs, 5, SECTORS);
  expect(meetings.sectorPairs).toEqual([]);
  expect(meetings).toMatchObject({ pairs: 6, withheld: 2, metShare: 4 / 6, crossSectorShare: 1 });
  // With enough pairs withheld together, the shown ones stay shown.
  const more = [...pairs, ...[6, 7, 8, 9].map((i) => pair(i, 'nav', 'stab', i < 8))];
  const shown = kaffeMeetings(more, 5, SECTORS);
  expect(shown.sectorPairs).toEqual([
    { a: 'helse', b: 'oppvekst', pairs: 5, metShare: 0.6 },
    { a: 'nav', b: 'stab', pairs: 5, metShare: 0.6 },
  ]);
  const third = kaffeMeetings([...more, pair(10, 'kultur', 'nav', false)], 5, SECTORS);
  expect(third.sectorPairs).toEqual([{ a: 'nav', b: 'stab', pairs: 5, metShare: 0.6 }]);
  expect(third.withheld).toBe(2);
});
