// Privacy: a statement's comments appear in no output until `privacy.minCommentGroupSize` people
// (default 10, never below 5) commented on it in the pulse: not in the leads' chat command, the
// digest in any format, the dashboard, the results, any export or the logs.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createCore } from '../../src/core/create-core.js';
import { digestChatMessage } from '../../src/core/digest/digest-chat-message.js';
import { renderDigestCsv } from '../../src/core/digest/render-csv.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import type { Logger } from '../../src/core/ports.js';
import { LOCALES } from '../../src/core/vocabulary.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { useTempDir } from '../config/temp-dir.js';
import {
  closePulse,
  commentText,
  commentWorld,
  flat,
  LEAD,
  openPulse,
  person,
} from '../loop/comments-support.js';
import { INNOVASJON, TEST_SECRET, type TestCore } from '../support/test-core.js';

let w: TestCore | undefined;
afterEach(() => w?.close());

/** Every output a lead or an operator could read, with the core's own log lines. */
async function everyOutput(
  t: TestCore,
  commenters: number,
): Promise<{ outputs: Record<string, string>; logs: string[] }> {
  const logs: string[] = [];
  const logger: Logger = {
    debug: (...args) => logs.push(JSON.stringify(args)),
    info: (...args) => logs.push(JSON.stringify(args)),
    warn: (...args) => logs.push(JSON.stringify(args)),
    error: (...args) => logs.push(JSON.stringify(args)),
  };
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store: t.store,
    clock: t.clock,
    settings: t.settings,
    secret: TEST_SECRET,
    logger,
  });
  const pulse = await openPulse(t);
  for (let i = 1; i <= commenters; i++) {
    const actor = person(i);
    const questionId = pulse.questionIds[0] ?? '';
    await core.conversation.vote(actor, { pulseId: pulse.id, questionId, value: 4 });
    await core.conversation.submitForm(
      actor,
      'kp_form_comment',
      { pulseId: pulse.id, questionId },
      { comment: commentText(i) },
    );
  }
  await closePulse(t, pulse);
  const digest = await core.digests.forMonth('2026-03');
  const outputs: Record<string, string> = {
    json: JSON.stringify(digest),
    preview: flat(await core.render({ type: 'results', pulseId: pulse.id }, INNOVASJON)),
    leadExport: JSON.stringify(await core.personalData.export('local:lead')),
    commenterExport: JSON.stringify(await core.personalData.export('local:person1')),
  };
  for (const locale of LOCALES) {
    const options = { locale, bank: core.bank, sectorName: sectorNamer({ settings: t.settings }, locale) };
    const lead = await core.conversation.say({ ...LEAD }, 'kommentarer');
    const named = await core.conversation.say({ ...LEAD }, `kommentarer ${pulse.id}`);
    Object.assign(outputs, {
      [`chat.${locale}`]: JSON.stringify([lead, named]),
      [`md.${locale}`]: renderDigestMarkdown(digest, options),
      [`politicians.${locale}`]: renderDigestMarkdown(digest, { ...options, audience: 'politicians' }),
      [`csv.${locale}`]: renderDigestCsv(digest, options),
      [`html.${locale}`]: renderDigestHtml(digest, options),
      [`dashboard.${locale}`]: renderDigestHtml(digest, { ...options, dashboard: { keep: {} } }),
      [`digestChat.${locale}`]: JSON.stringify(
        digestChatMessage(digest, locale, core.digests.dashboardUrl('2026-03')),
      ),
    });
    await core.people.setLocale('local:lead', locale === 'nb' ? 'nn' : locale === 'nn' ? 'en' : 'nb');
  }
  return { outputs, logs };
}

describe('comments under the threshold', () => {
  it('9 commenters with the default of 10: no comment in any output or log line', async () => {
    w = await commentWorld();
    const { outputs, logs } = await everyOutput(w, 9);
    for (const [name, text] of Object.entries(outputs)) expect(text, name).not.toMatch(/Kommentar nummer/);
    expect(logs.join('\n')).not.toMatch(/Kommentar nummer/);
    // Stored all the same: the search above would have found them.
    expect(await w.rows('SELECT CAST(count(*) AS integer) AS n FROM comment_threads')).toEqual([{ n: 9 }]);
  });

  it('10 commenters: shown to leads in the chat, and still in no digest, dashboard or export', async () => {
    w = await commentWorld();
    const { outputs, logs } = await everyOutput(w, 10);
    for (const locale of LOCALES)
      for (let i = 1; i <= 10; i++) expect(outputs[`chat.${locale}`]).toContain(commentText(i));
    for (const [name, text] of Object.entries(outputs))
      if (!name.startsWith('chat.')) expect(text, name).not.toMatch(/Kommentar nummer/);
    expect(logs.join('\n')).not.toMatch(/Kommentar nummer/);
  });
});

describe('privacy.minCommentGroupSize in the config', () => {
  const temp = useTempDir();

  it('defaults to 10 and refuses anything below 5 with a clear error', () => {
    const fine = loadConfig({ env: {}, file: temp.write('ok.yaml', 'privacy:\n  minCommentGroupSize: 5\n') });
    if (!fine.ok) throw new Error(JSON.stringify(fine.problems));
    expect(fine.config.settings.privacy.minCommentGroupSize).toBe(5);
    const none = loadConfig({ env: {}, file: temp.write('none.yaml', 'timezone: Europe/Oslo\n') });
    if (!none.ok) throw new Error(JSON.stringify(none.problems));
    expect(none.config.settings.privacy.minCommentGroupSize).toBe(10);
    const low = loadConfig({ env: {}, file: temp.write('low.yaml', 'privacy:\n  minCommentGroupSize: 4\n') });
    expect(low.ok).toBe(false);
    if (low.ok) return;
    const problem = low.problems.find((p) => p.path.endsWith('privacy.minCommentGroupSize'));
    expect(problem?.message).toMatch(/at least 5/);
  });
});
