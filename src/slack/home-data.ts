import { recognitionWindow } from '../core/content/recognition-window.js';
import { type Actor, knownName } from '../core/people.js';
import { personKey } from '../core/records.js';
import { lastMonth, type SlackDeps } from './deps.js';
import type { HomeData } from './home.js';

/** Gathers what App Home shows for one person; the admin part only for leads and admins. */
export async function loadHomeData(deps: SlackDeps, actor: Actor): Promise<HomeData> {
  const { core, upcoming } = deps;
  const person = await core.people.ensure(actor);
  const key = personKey(actor.platform, actor.userId);
  const mine = await core.personalData.export(key);
  const { nominations } = mine;
  // App Home is seen by this person alone: the core decides what of the pending list they may see.
  const pending = await core.nominations.awaitingRecognition(
    key,
    'private',
    recognitionWindow(core.clock.now()),
  );
  const awaiting = pending.access === 'shown' ? pending.nominations : undefined;
  const keys = new Set(
    [...nominations, ...(awaiting ?? [])].flatMap((n) => (n.nomineeKey ? [n.nomineeKey] : [])),
  );
  const undelivered = await core.deliveries.undeliveredConsents(new Set(nominations.map((n) => n.id)));
  const names = new Map<string, string>();
  for (const k of keys) {
    const name = knownName(await core.people.get(k));
    if (name) names.set(k, name);
  }
  const locale = await core.people.localeOf(key);
  const admin = (await core.people.isLeadOrAdmin(key))
    ? { upcoming: upcoming(3), failed: await core.deliveries.failedLines(20, locale) }
    : undefined;
  return {
    person,
    locale,
    timeZone: core.settings.timezone,
    // A lead's own signed link (last month, any month from there, while they are a lead).
    dashboardUrl: core.digests.dashboardUrl(lastMonth(core), key),
    stories: mine.stories,
    nominations,
    names,
    ...(undelivered.length > 0 ? { undelivered } : {}),
    ...(awaiting ? { awaiting } : {}),
    ...(admin ? { admin } : {}),
  };
}
