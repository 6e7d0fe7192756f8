import type { AuditTrail } from './audit/audit-trail.js';
import type { CoreContext } from './context.js';
import type { People } from './people.js';
import { type PersonKey, targetKey } from './records.js';
import type { FireOutcome, OccurrenceService } from './schedule/occurrence-service.js';
import type { Schedule } from './settings.js';
import { MONTH_PATTERN } from './time.js';

/**
 * Open pulses are per target: only a pulse of the same schedule still open in one of its channels
 * asks for `force`. A pulse elsewhere, from another schedule, never blocks this one.
 */
function openPulseAtTargets(ctx: CoreContext, schedule: Schedule): boolean {
  const targets = new Set(schedule.targets.map(targetKey));
  return ctx.store.pulses.open(ctx.nowIso()).some((pulse) => {
    const key = pulse.occurrenceKey;
    if (!key || key.split('@')[0] !== schedule.id) return false;
    return ctx.store.outbox.postsOf(key).some((post) => targets.has(targetKey(post.target)));
  });
}

export type PostNowResult =
  | FireOutcome
  | { status: 'not_allowed' }
  | { status: 'unknown_schedule' }
  /** A pulse of this schedule is still open in its channel: a second one is posted only when forced. */
  | { status: 'pulse_open' };

/**
 * What innovation leads and admins do from the chat or the local page: the role check, the action
 * and its audit entry in one place, the same for every platform.
 */
export function createAdmin(
  ctx: CoreContext,
  people: People,
  occurrences: OccurrenceService,
  audit: AuditTrail,
) {
  return {
    audit,

    /** Posts one schedule's occurrence now (a lead's "post now"). */
    postNow(actor: PersonKey, scheduleId: string, options: { force?: boolean } = {}): PostNowResult {
      if (!people.isLeadOrAdmin(actor)) return { status: 'not_allowed' };
      const schedule = ctx.settings.schedules.find((s) => s.id === scheduleId && s.enabled);
      if (!schedule) return { status: 'unknown_schedule' };
      if (schedule.kind === 'pulse' && !options.force && openPulseAtTargets(ctx, schedule)) {
        return { status: 'pulse_open' };
      }
      const outcome = occurrences.fire(schedule, ctx.clock.now(), { force: true });
      audit.record('post.now', actor, { scheduleId, key: outcome.key, status: outcome.status });
      return outcome;
    },

    /** May this person read the digest of `month` in the chat? Records that they did. */
    requestDigest(actor: PersonKey, month: string): 'ok' | 'not_allowed' | 'bad_month' {
      if (!people.isLeadOrAdmin(actor)) return 'not_allowed';
      if (!MONTH_PATTERN.test(month)) return 'bad_month';
      audit.record('digest.requested', actor, { month });
      return 'ok';
    },
  };
}

export type Admin = ReturnType<typeof createAdmin>;
