import type { CoreContext } from '../context.js';
import type { Pulse } from '../records.js';

/**
 * Reminds, once per pulse, the people who have not answered: never someone who paused nudges, and
 * the message never says who else has not answered. Sent half-way through the pulse's open window.
 */
export function createReminderService(ctx: CoreContext) {
  const { store, settings } = ctx;

  /** Platforms that got this pulse (from the schedule that opened it). */
  function platformsOf(pulse: Pulse): Set<string> {
    const scheduleId = pulse.occurrenceKey?.split('@')[0];
    const schedule = settings.schedules.find((s) => s.id === scheduleId);
    return new Set((schedule?.targets ?? []).map((t) => t.platform));
  }

  return {
    /** Queues the reminders of every open pulse past half-time; returns how many were queued now. */
    async queueDue(): Promise<number> {
      const now = ctx.clock.now();
      let queued = 0;
      for (const pulse of await store.pulses.open(now.toISOString())) {
        const half = (Date.parse(pulse.opensAt) + Date.parse(pulse.closesAt)) / 2;
        if (now.getTime() < half) continue;
        const platforms = platformsOf(pulse);
        const answered = new Set(await store.pulses.participants(pulse.id));
        // Counted in the body and added after the commit: a body run again counts from zero.
        const added = await store.transaction(async (tx) => {
          let count = 0;
          for (const person of await tx.people.list()) {
            if (person.paused || answered.has(person.key) || !platforms.has(person.platform)) continue;
            const fresh = await tx.outbox.enqueue(
              {
                dedupeKey: `reminder:${pulse.id}`,
                target: { platform: person.platform, kind: 'dm', id: person.userId },
                payload: { type: 'reminder', pulseId: pulse.id },
                notBefore: now.toISOString(),
              },
              now.toISOString(),
            );
            if (fresh) count += 1;
          }
          return count;
        });
        queued += added;
      }
      return queued;
    },
  };
}
