import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LocalApp, startLocalApp } from './local-app.js';

describe('local page', () => {
  let local: LocalApp;

  beforeEach(async () => {
    local = await startLocalApp();
  });
  afterEach(async () => {
    await local.stop();
  });

  const page = async () => {
    const response = await fetch(`${local.base}/`);
    return { response, html: await response.text() };
  };

  it('serves one self-contained page under a strict content security policy', async () => {
    const { response, html } = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy') ?? '';
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toContain(`<style nonce="${nonce}">`);
    expect(html).toMatch(/<html lang="nb">/);
    // Nothing is loaded from elsewhere: no external scripts, styles, fonts or images.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('Hvem er du?');
  });

  it('embeds the demo people so no text can close the script element', async () => {
    await local.app.runtime.store.people.upsert(
      { key: 'local:eve', displayName: '</script><script>alert(1)</script>' },
      new Date().toISOString(),
    );
    const { html } = await page();
    const boot = /<script type="application\/json" id="kp-boot">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    const data = JSON.parse(boot) as {
      people: { key: string; name: string }[];
      texts: Record<string, string>;
    };
    expect(data.people.map((p) => p.key)).toEqual(
      expect.arrayContaining(['local:kari', 'local:ola', 'local:eve']),
    );
    expect(data.people.find((p) => p.key === 'local:eve')?.name).toBe('</script><script>alert(1)</script>');
    expect(html).not.toContain('<script>alert(1)');
    expect(data.texts['local.pick.heading']).toBe('Hvem er du?');
  });

  it('keeps the browser’s favicon request quiet', async () => {
    const response = await fetch(`${local.base}/favicon.ico`);
    expect(response.status).toBe(204);
  });

  it('lists the demo people with their roles for the picker', async () => {
    const response = await local.get('/local/api/people');
    const people = response.body.people as { key: string; roles: string[] }[];
    expect(people.find((p) => p.key === 'local:kari')?.roles).toEqual(['employee', 'lead']);
    expect(people.find((p) => p.key === 'local:ola')?.roles).toEqual(['employee', 'manager']);
    expect(people).toHaveLength(8);
  });

  it('links the digest of the current month in the person’s language', async () => {
    await local.post('/local/api/settings', { as: 'local:ingrid', locale: 'en' });
    const state = await local.get('/local/api/state?as=local:ingrid');
    expect(state.body.digest).toEqual({
      month: '2025-03',
      label: 'March 2025',
      url: '/dashboard?month=2025-03&lang=en',
    });
    expect((await fetch(`${local.base}/dashboard?month=2025-03&lang=en`)).status).toBe(200);
  });
});
