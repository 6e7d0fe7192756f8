// App Home is one read of the core's home view: opening it again writes nothing and exports nothing.
import { afterEach, expect, it, vi } from 'vitest';
import { appCount } from '../support/app-database.js';
import { onPostgres } from '../support/database.js';
import { eventually, mutableClock, type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';
import { homeText, openHome } from '../support/slack-home-actions.js';

let t: SlackTestApp | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
  t = undefined;
});

/** Rows inserted, updated or deleted on the app's own SQLite connection since it opened. */
async function rowsChanged(app: SlackTestApp): Promise<number> {
  const [row] = await app.rows<{ n: number }>('SELECT total_changes() AS n');
  return Number(row?.n);
}

it('an App Home render makes no write and no personal-data export, and shows the same', async () => {
  // A clock that stands still: the signed dashboard link in App Home is the same both times.
  t = await startSlackTestApp({ clock: mutableClock() });
  const app = t;
  const { core } = app.app.runtime;
  // The first time, Kulturpuls meets the admin (users.info gives the e-mail that makes them admin).
  expect(await openHome(app, 'UADMIN')).toBe(200);
  await eventually(() => expect(app.fake.homes.UADMIN).toBeDefined());
  // The first meeting's onboarding DM is queued after the listener and sent by the outbox: wait until
  // it has arrived, so its writes are not counted against the second opening.
  await eventually(() =>
    expect(app.fake.callsTo('chat.postMessage').some((c) => c.args.channel === 'DUADMIN')).toBe(true),
  );
  await app.app.drain();
  await eventually(async () =>
    expect(await appCount(app.app.runtime, 'deliveries', "status <> 'sent'")).toBe(0),
  );
  const first = homeText(app, 'UADMIN');

  const exported = vi.spyOn(core.personalData, 'export');
  const ensured = vi.spyOn(core.people, 'ensure');
  const upserted = vi.spyOn(app.app.runtime.store.people, 'upsert');
  const published = app.fake.callsTo('views.publish').length;
  const events = await app.count('inbound_events');
  const changed = onPostgres ? 0 : await rowsChanged(app);

  expect(await openHome(app, 'UADMIN')).toBe(200);
  await eventually(() => expect(app.fake.callsTo('views.publish')).toHaveLength(published + 1));
  await app.app.drain();

  expect(exported).not.toHaveBeenCalled();
  expect(ensured).not.toHaveBeenCalled();
  expect(upserted).not.toHaveBeenCalled();
  // The one row the second opening writes is its event id, kept so a Slack retry is handled once.
  expect(await app.count('inbound_events')).toBe(events + 1);
  if (!onPostgres) expect((await rowsChanged(app)) - changed).toBe(1);
  // The same App Home as before, the admin part included.
  expect(homeText(app, 'UADMIN')).toBe(first);
  expect(first).toContain('kp_home_locale');
  expect(first).toContain('Leveringer som feilet');
});
