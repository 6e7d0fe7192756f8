import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CoreContext } from './context.js';
import type { Store } from './ports.js';
import { maySeeNomination } from './privacy/visibility.js';
import type { Nomination, PersonKey } from './records.js';

/** A person's own nominations as they may see them: a declined one is the nominee's alone (PRIVACY.md §3, §6). */
export async function ownNominations(store: Pick<Store, 'content'>, key: PersonKey): Promise<Nomination[]> {
  return (await store.content.nominationsOf(key)).filter((n) =>
    maySeeNomination(n, { key, roles: new Set() }, 'private'),
  );
}

/**
 * What the bot stores about one person (GDPR art. 15 and 20), including which pulses they answered.
 * The answers themselves are not in it: they are kept under a per-pulse pseudonym, not under the person.
 */
export function createPersonalData(ctx: CoreContext) {
  const { store } = ctx;

  // A short code the person types back to confirm erasure from the chat: tied to them and to today,
  // so an old message or someone else's code cannot erase anyone.
  const codeFor = (key: PersonKey, at: Date) =>
    createHmac('sha256', ctx.secret)
      .update(`forget\n${key}\n${at.toISOString().slice(0, 10)}`)
      .digest('hex')
      .slice(0, 6)
      .toUpperCase();

  return {
    async export(key: PersonKey) {
      return {
        person: (await store.people.get(key)) ?? null,
        stories: await store.content.storiesBy(key),
        reflections: await store.content.reflectionsBy(key),
        nominations: await ownNominations(store, key),
        // Who took part is kept for reminders; stored in batches, so a very recent answer may be missing.
        pulseParticipation: (await store.pulses.participationOf(key)).map((pulse) => ({
          pulseId: pulse.id,
          opensAt: pulse.opensAt,
          closesAt: pulse.closesAt,
        })),
        nextSteps: await store.nextSteps.ownedBy(key),
        kaffe: { member: (await store.kaffe.member(key)) ?? null, pairs: await store.kaffe.pairsOf(key) },
        note: 'pulse-answers-are-pseudonymous',
      };
    },

    /** Erases the person and their attributed content; pseudonymous pulse answers stay in the aggregates. */
    async forget(key: PersonKey): Promise<{ removed: number }> {
      return store.transaction(async (tx) => {
        const removed =
          (await tx.nextSteps.forget(key)) +
          (await tx.kaffe.forget(key)) +
          (await tx.comments.forget(key)) +
          (await tx.content.forget(key)) +
          (await tx.pulses.forgetParticipant(key));
        await tx.people.delete(key);
        return { removed: removed + 1 };
      });
    },

    /** The confirmation code for `mydata forget CODE` in the chat (valid for the rest of the UTC day). */
    forgetCode: (key: PersonKey) => codeFor(key, ctx.clock.now()),

    /** Erases the person when `code` is their code of today; the chat's "mydata forget CODE". */
    async forgetConfirmed(key: PersonKey, code: string): Promise<{ removed: number } | undefined> {
      const expected = Buffer.from(codeFor(key, ctx.clock.now()));
      const given = Buffer.from(code.trim().toUpperCase());
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
      return this.forget(key);
    },
  };
}

export type PersonalData = ReturnType<typeof createPersonalData>;
