// Issue 15: the loop as people see it on the local page: the results shared back after a pulse
// closes, a next-step check-back with its buttons, and a Kaffe på tvers pairing. Saves
// docs/images/loop-results.png, loop-check-back.png and loop-kaffe.png (shown in the README).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMS } from '../../src/core/message.js';
import type { Actor } from '../../src/core/people.js';
import { HOUR, type LocalApp, openLocalBrowser, startLocalApp } from '../local/local-app.js';

const DAY = 24 * HOUR;
const KARI: Actor = { platform: 'local', userId: 'kari', displayName: 'Kari Nordmann' };
const VOTERS = ['kari', 'ola', 'aisha', 'per', 'ingrid', 'jonas', 'sara'];
const NOTE = 'Vi setter av ti minutter på neste avdelingsmøte til forslagene deres.';
const NEXT_STEP = 'Prøve en telefontime hver tirsdag';
const AGREE = [6, 4, 5, 3];

describe('the loop on the local page (screenshots for the README)', () => {
  let local: LocalApp;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  const shoot = async (post: Locator, name: string) => {
    await post.scrollIntoViewIfNeeded();
    await post.screenshot({ path: `docs/images/${name}.png` });
  };

  beforeAll(async () => {
    local = await startLocalApp({ start: '2025-03-12T08:00:00.000Z' });
    const { core } = local.app.runtime;
    // Kari writes a next step in the learning loop; she owns it.
    const question = core.bank.active('learning')[0];
    if (!question) throw new Error('no learning question');
    await core.conversation.submitForm(
      KARI,
      FORMS.learning,
      { questionId: question.id, occurrenceKey: '' },
      { text: 'Brukerne ville heller ringe enn fylle ut skjema.', tryNext: NEXT_STEP, nextStepOwner: '' },
    );

    // A pulse most people answer; it closes, and a lead adds "Dette gjør vi med det".
    const pulse = await local.firePulse();
    for (const [i, as] of VOTERS.entries()) {
      for (const [q, questionId] of pulse.questionIds.entries()) {
        // Statement q: the first AGREE[q] voters agree (4 or 5), the rest do not (2 or 3).
        const value = i < (AGREE[q] ?? 0) ? 4 + (i % 2) : 2 + (i % 2);
        const vote = await local.post('/local/api/vote', {
          as: `local:${as}`,
          pulseId: pulse.id,
          questionId,
          value,
        });
        expect(vote.status).toBe(200);
      }
    }
    local.clock.advance(49 * HOUR);
    await local.app.scheduler.tick(local.clock.now());
    await local.app.drain();
    expect((await core.results.note({ pulseId: pulse.id, text: NOTE, by: null })).status).toBe('shared');
    await local.app.drain();

    // Kaffe på tvers: four people across sectors join; a round pairs them.
    for (const who of ['kari', 'ola', 'aisha', 'ingrid']) {
      const joined = await local.post('/local/api/command', { as: `local:${who}`, text: 'kaffe join' });
      expect(joined.status).toBe(200);
    }
    expect(await core.loop.kaffeRound()).toBe(2);
    await local.app.drain();

    // Thirty days after the next step was written, its owner is asked how it went.
    local.clock.advance(30 * DAY);
    expect(await core.loop.queueCheckBacks()).toBe(1);
    await local.app.drain();

    ({ browser, page, errors } = await openLocalBrowser(1100));
    await page.goto(`${local.base}/`);
    await page.click('button[data-person="local:kari"]');
    await page.waitForSelector('#me-name:has-text("Kari Nordmann")');
  });

  afterAll(async () => {
    await browser?.close();
    await local?.stop();
  });

  it("the results are shared back in the channel, with the lead's sentence", async () => {
    const post = page.locator('#channel-posts li.post', { hasText: 'Resultater fra pulsmålingen' });
    await post.waitFor();
    const text = (await post.textContent()) ?? '';
    // Local mode has no channel membership to count: the count alone, no share of the demo people.
    expect(text).toContain('Takk! 7 svarte.');
    expect(text).toContain('Dette sa dere:');
    expect(text).toContain(NOTE);
    await shoot(post, 'loop-results');
  });

  it("the next step's owner gets the check-back with its three buttons", async () => {
    const post = page.locator('#dm-posts li.post', { hasText: 'Prøvde dere det? Hva skjedde?' });
    await post.waitFor();
    expect(await post.textContent()).toContain(NEXT_STEP);
    for (const name of ['Gjort', 'Ikke ennå', 'Droppet']) {
      expect(await post.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await shoot(post, 'loop-check-back');
  });

  it('Kaffe på tvers pairs her with someone from another sector, with a conversation starter', async () => {
    const post = page.locator('#dm-posts li.post', { hasText: 'Kaffe på tvers' }).first();
    await post.waitFor();
    const text = (await post.textContent()) ?? '';
    expect(text).toMatch(/Noe å snakke om: /);
    const [pair] = await local.app.runtime.store.kaffe.pairsOf('local:kari');
    expect(pair?.aSector).not.toBe(pair?.bSector);
    await shoot(post, 'loop-kaffe');
    expect(errors).toEqual([]);
  });
});
