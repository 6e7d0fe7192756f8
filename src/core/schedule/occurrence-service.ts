import type { CoreContext } from '../context.js';
import type { Repositories } from '../ports.js';
import type { PulseService } from '../pulses/pulse-service.js';
import type { DeliveryPayload, Occurrence } from '../records.js';
import type { Schedule } from '../settings.js';
import { localMonth, shiftMonth } from '../time.js';
import type { OccurrenceStatus } from '../vocabulary.js';

export type FireOutcome = {
  status: OccurrenceStatus | 'duplicate';
  key: string;
  queued: number;
  /** The occurrence's time (ISO), for texts that say when it was posted. */
  at: string;
};

export function occurrenceKey(schedule: Pick<Schedule, 'id'>, scheduledFor: Date): string {
  return `${schedule.id}@${scheduledFor.toISOString()}`;
}

export function createOccurrenceService(ctx: CoreContext, pulses: PulseService) {
  const { store, bank, settings } = ctx;

  async function nextQuestionId(
    tx: Repositories,
    schedule: Schedule,
    kind: 'reflection' | 'learning',
  ): Promise<string | undefined> {
    const active = bank.active(kind);
    if (active.length === 0) return undefined;
    const done = (await tx.schedule.list({ scheduleId: schedule.id })).filter(
      (o) => o.status === 'posted',
    ).length;
    return active[done % active.length]?.id;
  }

  /** Inside the occurrence transaction: reads and writes through its handle `tx`. */
  async function payloadFor(
    tx: Repositories,
    schedule: Schedule,
    key: string,
    scheduledFor: Date,
    now: Date,
  ): Promise<DeliveryPayload | undefined> {
    switch (schedule.kind) {
      case 'reflection':
      case 'learning': {
        const questionId = await nextQuestionId(tx, schedule, schedule.kind);
        return questionId ? { type: schedule.kind, questionId, occurrenceKey: key } : undefined;
      }
      case 'pulse': {
        const pulse = await pulses.open(
          {
            occurrenceKey: key,
            statements: schedule.statements,
            openHours: schedule.openHours,
            at: now,
          },
          tx,
        );
        return { type: 'pulse', pulseId: pulse.id };
      }
      case 'digest':
        return { type: 'digest', month: shiftMonth(localMonth(scheduledFor, settings.timezone), -1) };
    }
  }

  function record(
    schedule: Schedule,
    scheduledFor: Date,
    status: OccurrenceStatus,
    reason: string | null,
  ): Occurrence {
    return {
      key: occurrenceKey(schedule, scheduledFor),
      scheduleId: schedule.id,
      kind: schedule.kind,
      scheduledFor: scheduledFor.toISOString(),
      status,
      reason,
      createdAt: ctx.nowIso(),
    };
  }

  return {
    /**
     * Posts a due occurrence once: the occurrence row and one outbox row per target are written in one
     * transaction, so a crash or a second process can neither lose nor double it. Missed by more than
     * the grace window (downtime), it is recorded as missed instead. `now` is the scheduler tick's
     * time (defaults to the clock), so a tick at a given time judges lateness against that time.
     */
    async fire(
      schedule: Schedule,
      scheduledFor: Date,
      options: { force?: boolean; now?: Date } = {},
    ): Promise<FireOutcome> {
      const now = options.now ?? ctx.clock.now();
      const at = scheduledFor.toISOString();
      const late = now.getTime() - scheduledFor.getTime() > schedule.graceMinutes * 60_000;
      return store.transaction(async (tx): Promise<FireOutcome> => {
        if (late && !options.force) {
          const missed = record(schedule, scheduledFor, 'missed', 'outside_grace_window');
          return {
            status: (await tx.schedule.record(missed)) ? 'missed' : 'duplicate',
            key: missed.key,
            queued: 0,
            at,
          };
        }
        const occurrence = record(schedule, scheduledFor, 'posted', options.force ? 'manual' : null);
        if (!(await tx.schedule.record(occurrence)))
          return { status: 'duplicate', key: occurrence.key, queued: 0, at };
        const payload = await payloadFor(tx, schedule, occurrence.key, scheduledFor, now);
        if (!payload) return { status: 'posted', key: occurrence.key, queued: 0, at };
        let queued = 0;
        for (const target of schedule.targets) {
          const added = await tx.outbox.enqueue(
            { dedupeKey: occurrence.key, target, payload, notBefore: now.toISOString() },
            now.toISOString(),
          );
          if (added) queued += 1;
        }
        return { status: 'posted', key: occurrence.key, queued, at };
      });
    },

    /** A holiday or quiet period: recorded, never posted. */
    async skip(schedule: Schedule, scheduledFor: Date, reason: string): Promise<FireOutcome> {
      const occurrence = record(schedule, scheduledFor, 'skipped', reason);
      const inserted = await store.schedule.record(occurrence);
      return {
        status: inserted ? 'skipped' : 'duplicate',
        key: occurrence.key,
        queued: 0,
        at: scheduledFor.toISOString(),
      };
    },
  };
}

export type OccurrenceService = ReturnType<typeof createOccurrenceService>;
