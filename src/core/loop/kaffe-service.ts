import { REFLECTION_QUESTIONS } from '../bank/reflection-questions.js';
import type { CoreContext } from '../context.js';
import type { People } from '../people.js';
import { type KaffePair, type PersonKey, parsePersonKey } from '../records.js';
import { kaffeSettings } from '../settings.js';
import { localDate } from '../time.js';
import { addDays } from './next-step-service.js';
import { type Candidate, pairUp } from './pairing.js';

/** The conversation starter for a pair: one of the seed's reflection questions, the same for both. */
export function starterFor(pairId: string) {
  let h = 0;
  for (const c of pairId) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return REFLECTION_QUESTIONS[h % REFLECTION_QUESTIONS.length];
}

export type MetResult = { status: 'ok'; pair: KaffePair } | { status: 'not_found' | 'not_yours' };

/** Kaffe på tvers: opt in, pairing rounds across sectors within each platform, and "did you meet?". */
export function createKaffeService(ctx: CoreContext, people: People) {
  const { store, settings } = ctx;
  const options = kaffeSettings(settings);

  /** Pairs one platform's members; the "did you meet?" DM is queued for halfway to the next round. */
  async function pairPlatform(
    platform: string,
    candidates: Candidate[],
    round: string,
    now: string,
  ): Promise<number> {
    const recentRounds = await store.kaffe.lastRounds(platform, options.noRepeatRounds);
    const recent = (await store.kaffe.pairsIn(platform, recentRounds)).flatMap((p): [string, string][] =>
      p.aKey && p.bKey ? [[p.aKey, p.bKey]] : [],
    );
    const { pairs } = pairUp(candidates, recent, `${platform}|${round}`);
    const rows: KaffePair[] = pairs.map(([a, b]) => ({
      id: ctx.newId('kaffe'),
      round,
      platform,
      aKey: a.key,
      bKey: b.key,
      aSector: a.sector,
      bSector: b.sector,
      aMet: null,
      bMet: null,
      createdAt: now,
    }));
    const askAt = new Date(
      Date.parse(now) + Math.max(1, Math.floor(options.everyDays / 2)) * 86_400_000,
    ).toISOString();
    await store.transaction(async (tx) => {
      await tx.kaffe.addRound(rows, []);
      for (const pair of rows)
        for (const key of [pair.aKey, pair.bKey]) {
          const who = key ? parsePersonKey(key) : undefined;
          if (!who) continue;
          const target = { platform: who.platform, kind: 'dm' as const, id: who.userId };
          await tx.outbox.enqueue(
            {
              dedupeKey: `kaffe:${pair.id}`,
              target,
              payload: { type: 'kaffePair', pairId: pair.id },
              notBefore: now,
            },
            now,
          );
          await tx.outbox.enqueue(
            {
              dedupeKey: `kaffe-met:${pair.id}`,
              target,
              payload: { type: 'kaffeMet', pairId: pair.id },
              notBefore: askAt,
            },
            now,
          );
        }
    });
    return rows.length;
  }

  return {
    join: (key: PersonKey) => store.kaffe.join(key, ctx.nowIso()),
    leave: (key: PersonKey) => store.kaffe.leave(key),
    skip: (key: PersonKey) => store.kaffe.skipNext(key),
    member: (key: PersonKey) => store.kaffe.member(key),

    /**
     * The scheduler's job: a round when `everyDays` have passed since the platform's last one. The
     * scheduler does not call it in a quiet period. Nobody paused or skipping is paired; the skip is
     * used up by the round.
     */
    async runRound(): Promise<number> {
      const now = ctx.nowIso();
      const round = localDate(ctx.clock.now(), settings.timezone);
      const platformOf = (key: PersonKey) => parsePersonKey(key)?.platform ?? '';
      const members = await store.kaffe.members();
      // Every tick asks: the people are read only for a platform whose round is due.
      const due = new Set<string>();
      for (const platform of new Set(members.map((m) => platformOf(m.personKey)))) {
        const last = (await store.kaffe.lastRounds(platform, 1))[0];
        if (platform !== '' && (!last || addDays(last, options.everyDays) <= round)) due.add(platform);
      }
      const byPlatform = new Map<string, Candidate[]>();
      const skipped = new Map<string, PersonKey[]>();
      for (const m of members) {
        const platform = platformOf(m.personKey);
        const person = due.has(platform) ? await store.people.get(m.personKey) : undefined;
        if (!person || person.paused) continue;
        if (m.skipNext) skipped.set(platform, [...(skipped.get(platform) ?? []), m.personKey]);
        else {
          const list = byPlatform.get(platform) ?? [];
          list.push({ key: m.personKey, sector: person.sector ?? null });
          byPlatform.set(platform, list);
        }
      }
      let made = 0;
      for (const [platform, candidates] of byPlatform) {
        if (candidates.length < 2) continue;
        made += await pairPlatform(platform, candidates, round, now);
        // The skip is used up by the round it skipped.
        const used = skipped.get(platform) ?? [];
        if (used.length > 0) await store.kaffe.addRound([], used);
      }
      return made;
    },

    async partnerOf(pair: KaffePair, key: PersonKey) {
      const partner = pair.aKey === key ? pair.bKey : pair.aKey;
      const sector = pair.aKey === key ? pair.bSector : pair.aSector;
      return { partner: partner ? await people.get(partner) : undefined, sector };
    },

    /** Either side's click: whether they met. */
    async met(key: PersonKey, pairId: string, met: boolean): Promise<MetResult> {
      const pair = await store.kaffe.getPair(pairId);
      if (!pair) return { status: 'not_found' };
      const side = pair.aKey === key ? 'a' : pair.bKey === key ? 'b' : undefined;
      if (!side) return { status: 'not_yours' };
      await store.kaffe.setMet(pairId, side, met);
      return { status: 'ok', pair };
    },

    getPair: (id: string) => store.kaffe.getPair(id),
  };
}

export type KaffeService = ReturnType<typeof createKaffeService>;
