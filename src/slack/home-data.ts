import type { Actor } from '../core/people.js';
import { personKey } from '../core/records.js';
import type { SlackDeps } from './deps.js';
import { dashboardUrl } from './deps.js';
import type { HomeData } from './home.js';

const RECOGNITION_WINDOW_MS = 90 * 86_400_000;

/** Gathers what App Home shows for one person; the admin part only for leads and admins. */
export function loadHomeData(deps: SlackDeps, actor: Actor): HomeData {
  const { core, runtime, scheduler } = deps;
  const person = core.people.ensure(actor);
  const key = personKey(actor.platform, actor.userId);
  const nominations = runtime.store.content.nominationsOf(key);
  const now = runtime.clock.now();
  const awaiting = core.people.mayRecognise(key)
    ? core.nominations.awaitingRecognition({
        from: new Date(now.getTime() - RECOGNITION_WINDOW_MS).toISOString(),
        to: new Date(now.getTime() + 1).toISOString(),
      })
    : undefined;
  const keys = new Set(
    [...nominations, ...(awaiting ?? [])].flatMap((n) => (n.nomineeKey ? [n.nomineeKey] : [])),
  );
  const mine = new Set(nominations.map((n) => n.id));
  const undelivered = runtime.store.outbox
    .list({ status: 'failed', limit: 200 })
    .flatMap((d) =>
      d.payload.type === 'consent' && mine.has(d.payload.nominationId)
        ? [{ nominationId: d.payload.nominationId, code: d.lastError ?? 'unknown' }]
        : [],
    );
  const names = new Map<string, string>();
  for (const k of keys) {
    const p = runtime.store.people.get(k);
    if (p) names.set(k, p.displayName);
  }
  return {
    person,
    locale: core.people.localeOf(key),
    timeZone: core.settings.timezone,
    dashboardUrl: dashboardUrl(core.settings.publicUrl),
    stories: runtime.store.content.storiesBy(key),
    nominations,
    names,
    ...(undelivered.length > 0 ? { undelivered } : {}),
    ...(awaiting ? { awaiting } : {}),
    ...(core.people.isLeadOrAdmin(key)
      ? {
          admin: {
            upcoming: scheduler
              .upcoming(3, now)
              .map((u) => ({ scheduleId: u.schedule.id, kind: u.schedule.kind, next: u.next })),
            failed: runtime.store.outbox.list({ status: 'failed', limit: 20 }),
          },
        }
      : {}),
  };
}
