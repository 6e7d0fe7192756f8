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
async function openPulseAtTargets(ctx: CoreContext, schedule: Schedule): Promise<boolean> {
  const targets = new Set(schedule.targets.map(targetKey));
  for (const pulse of await ctx.store.pulses.open(ctx.nowIso())) {
    const key = pulse.occurrenceKey;
    if (!key || key.split('@')[0] !== schedule.id) continue;
    const posts = await ctx.store.outbox.postsOf(key);
    if (posts.some((post) => targets.has(targetKey(post.target)))) return true;
  }
  return false;
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
    async postNow(
      actor: PersonKey,
      scheduleId: string,
      options: { force?: boolean } = {},
    ): Promise<PostNowResult> {
      if (!(await people.isLeadOrAdmin(actor))) return { status: 'not_allowed' };
      const schedule = ctx.settings.schedules.find((s) => s.id === scheduleId && s.enabled);
      if (!schedule) return { status: 'unknown_schedule' };
      if (schedule.kind === 'pulse' && !options.force && (await openPulseAtTargets(ctx, schedule))) {
        return { status: 'pulse_open' };
      }
      const outcome = await occurrences.fire(schedule, ctx.clock.now(), { force: true });
      await audit.record('post.now', actor, { scheduleId, key: outcome.key, status: outcome.status });
      return outcome;
    },

    /** May this person read the digest of `month` in the chat? Records that they did. */
    async requestDigest(actor: PersonKey, month: string): Promise<'ok' | 'not_allowed' | 'bad_month'> {
      if (!(await people.isLeadOrAdmin(actor))) return 'not_allowed';
      if (!MONTH_PATTERN.test(month)) return 'bad_month';
      await audit.record('digest.requested', actor, { month });
      return 'ok';
    },
  };
}

export type Admin = ReturnType<typeof createAdmin>;
