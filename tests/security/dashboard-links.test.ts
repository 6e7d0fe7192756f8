import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { dashboardLinkKey, signedDashboardUrl } from '../../src/core/digest/dashboard-link.js';
import { pulsePseudonym } from '../../src/core/privacy/pseudonym.js';
import { localMonth, shiftMonth } from '../../src/core/time.js';
import { type SlackTestApp, startSlackTestApp } from '../support/slack-app.js';

// Issue 14: every link carried sub=digest, the month was not signed, links lasted 45 days with no way to
// revoke them short of changing the pseudonym secret (which lets people vote twice).

const SECRET = 'test-secret-0123456789abcdef';
// A lead by e-mail, as SLACK_TEST_CONFIG lists them.
const LEAD = 'slack:ULEADER1';
const DAY = 86_400_000;

let t: SlackTestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function start() {
  t = await startSlackTestApp();
  await t.app.runtime.store.people.upsert(
    { key: LEAD, displayName: 'Lea Leder', email: 'leder@kommune.example' },
    new Date().toISOString(),
  );
  const app = t;
  const url = (link: { month: string; subject: string; issuedAt?: Date }) =>
    signedDashboardUrl(app.baseUrl, SECRET, {
      ...link,
      expiresAt: new Date(Date.now() + 45 * DAY),
    });
  const status = async (href: string) => (await fetch(href)).status;
  const withMonth = (href: string, month: string) => {
    const u = new URL(href);
    u.searchParams.set('month', month);
    return u.toString();
  };
  return { app, url, status, withMonth };
}

// Months with a digest to show: this one and the last (months without data are refused).
const THIS = localMonth(new Date(), 'Europe/Oslo');
const PREVIOUS = shiftMonth(THIS, -1);

describe('dashboard links', () => {
  it("a channel's digest link opens its own month only: the month is signed", async () => {
    const { url, status, withMonth } = await start();
    const link = url({ month: PREVIOUS, subject: 'digest' });
    expect(await status(link)).toBe(200);
    expect(await status(withMonth(link, THIS))).toBe(403);
    const noMonth = new URL(link);
    noMonth.searchParams.delete('month');
    expect(await status(noMonth.toString())).toBe(403);
  });

  it("a lead's own link opens any month, and stops when the role is removed", async () => {
    const { app, url, status, withMonth } = await start();
    const link = url({ month: PREVIOUS, subject: LEAD });
    expect(await status(link)).toBe(200);
    expect(await status(withMonth(link, THIS))).toBe(200);
    // Someone else's key in the same link breaks the signature.
    expect(await status(link.replace(encodeURIComponent(LEAD), encodeURIComponent('slack:UOTHER11')))).toBe(
      403,
    );
    // The role goes (roles.leads lists the e-mail; the person's e-mail is no longer that one): the same
    // live check as a config edit and restart.
    await app.app.runtime.store.people.upsert(
      { key: LEAD, displayName: 'Lea Leder', email: 'lea@privat.example' },
      new Date().toISOString(),
    );
    expect(await status(link)).toBe(403);
  });

  it('kulturpuls links revoke ends every link made until then; later links and votes carry on', async () => {
    const { app, url, status } = await start();
    const before = url({ month: PREVIOUS, subject: 'digest' });
    expect(await status(before)).toBe(200);
    const env = {
      KULTURPULS_DB: app.app.runtime.config.env.dbPath,
      KULTURPULS_CONFIG: app.app.runtime.config.env.configPath,
      KULTURPULS_SECRET: SECRET,
      LOG_LEVEL: 'error',
    };
    const out: string[] = [];
    const code = await runCli(['links', 'revoke'], { out: (s) => out.push(s), err: (s) => out.push(s), env });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('revoked');
    expect(await status(before)).toBe(403);
    const after = url({ month: PREVIOUS, subject: 'digest', issuedAt: new Date(Date.now() + 2_000) });
    expect(await status(after)).toBe(200);
  });

  it('signs with a key derived from the secret (HKDF); pulse pseudonyms keep using the secret as before', () => {
    expect(dashboardLinkKey(SECRET).toString('hex')).not.toContain(Buffer.from(SECRET).toString('hex'));
    expect(dashboardLinkKey(SECRET)).toHaveLength(32);
    // The pseudonym of existing answers is unchanged: the same HMAC of the master secret.
    const expected = createHmac('sha256', SECRET).update('pulse\np1\nslack:U1').digest('base64url');
    expect(pulsePseudonym(SECRET, 'p1', 'slack:U1')).toBe(expected);
  });
});
