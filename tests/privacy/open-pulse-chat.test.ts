// Issue 21: a lead compared an open pulse's results before and after one vote and learned that vote.
// Every chat path (Slack, Teams, the local page's command API and its state), the chat digest and the
// dashboard show nothing of a pulse that is still open: byte for byte what they showed before anyone
// voted. Once it closes, the same paths show its figures (so this test can fail).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Pulse } from '../../src/core/records.js';
import { type PlatformApp, startLocal, startSlack, startTeams } from '../contract/three-platforms.js';

const HOUR = 3_600_000;
// A Wednesday: the pulse (open 48 hours) closes on Friday the 6th, in the same month.
let now = new Date('2026-03-04T08:00:00.000Z');
const clock = { now: () => now };
const MONTH = '2026-03';
// Three answers per statement (the threshold is 3): 2 of 3, 3 of 3 and 1 of 3 agree.
const VOTES = [
  [5, 4, 1],
  [5, 5, 4],
  [4, 2, 1],
];

const VOTERS = ['voter0', 'voter1', 'voter2'];

let apps: PlatformApp[] = [];
let local: Awaited<ReturnType<typeof startLocal>>;
const pulses = new Map<PlatformApp, Pulse>();

beforeAll(async () => {
  const [slack, teams, started] = await Promise.all([
    startSlack(clock),
    startTeams(clock),
    startLocal(clock),
  ]);
  local = started;
  apps = [slack, teams, local];
  for (const app of apps) {
    expect(await app.say('lead', 'post pulse'), app.platform).not.toBe('');
    const pulse = (await app.app.runtime.core.pulses.openPulses())[0];
    if (!pulse) throw new Error(`no pulse on ${app.platform}`);
    pulses.set(app, pulse);
    // The voters are known before anyone looks (a new person is a new row in "invited", not a figure).
    for (const userId of VOTERS) await app.app.runtime.core.people.ensure({ platform: app.platform, userId });
  }
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
});

const pulseOf = (app: PlatformApp) => pulses.get(app) as Pulse;

/** Every output a lead can ask for about the pulse, as read. */
async function outputs(app: PlatformApp): Promise<Record<string, string>> {
  const id = pulseOf(app).id;
  const seen: Record<string, string> = {};
  for (const text of [`results ${id}`, `resultat ${id}`, `resultater ${id}`, `digest ${MONTH}`, 'results'])
    seen[text] = await app.say('lead', text);
  if (app === local) {
    const base = `http://127.0.0.1:${app.app.port}`;
    seen.dashboard = await (await fetch(`${base}/dashboard?month=${MONTH}&lang=nb`)).text();
    seen.state = await (await fetch(`${base}/local/api/state?as=local:kari`)).text();
  }
  return seen;
}

async function vote(app: PlatformApp): Promise<void> {
  const pulse = pulseOf(app);
  for (const [q, values] of VOTES.entries()) {
    for (const [person, value] of values.entries()) {
      const result = await app.app.runtime.core.pulses.vote({
        actor: { platform: app.platform, userId: VOTERS[person] as string },
        pulseId: pulse.id,
        questionId: pulse.questionIds[q] as string,
        value,
      });
      expect(result.status).toBe('recorded');
    }
  }
}

const before = new Map<PlatformApp, Record<string, string>>();

it('an open pulse with answers shows exactly what it showed before anyone answered, on every path', async () => {
  for (const app of apps) before.set(app, await outputs(app));
  for (const app of apps) await vote(app);
  for (const app of apps) {
    const during = await outputs(app);
    expect(during, app.platform).toEqual(before.get(app));
    const id = pulseOf(app).id;
    for (const command of [`results ${id}`, `resultat ${id}`, `resultater ${id}`]) {
      // Refused, with when the results come (in local time: 6 March, 09:00 in Oslo).
      expect(during[command], `${app.platform}: ${command}`).toMatch(/fortsatt åpen.*6\. mars.*09[:.]00/);
      expect(during[command]).not.toMatch(/\d+ ?%/);
    }
    expect(during[`digest ${MONTH}`]).not.toMatch(/\b9 svar\b|\(3 av/);
  }
});

it('once the pulse has closed, the same paths show its figures', async () => {
  now = new Date(now.getTime() + 49 * HOUR);
  for (const app of apps) {
    const after = await outputs(app);
    const id = pulseOf(app).id;
    for (const command of [`results ${id}`, `resultat ${id}`, `resultater ${id}`, 'results']) {
      expect(after[command], `${app.platform}: ${command}`).toContain('67 % enig');
      expect(after[command]).toContain('100 % enig');
      expect(after[command]).toContain('33 % enig');
    }
    expect(after[`digest ${MONTH}`]).not.toEqual(before.get(app)?.[`digest ${MONTH}`]);
    expect(after[`digest ${MONTH}`], app.platform).toMatch(/\b3\b/);
    if (app === local) expect(after.dashboard).not.toEqual(before.get(app)?.dashboard);
  }
});
