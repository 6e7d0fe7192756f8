import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RenderOptions } from '../../src/core/digest/format.js';
import { renderPoliticiansMarkdown } from '../../src/core/digest/render-politicians.js';
import { LOCALES, type Locale } from '../../src/core/vocabulary.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { runDemo } from '../demo/demo-runtime.js';

// Team advice and the leads' terms, in every language, that a municipal council should not read.
const INTERNAL = [
  /til neste teammøte/i,
  /for the next team meeting/i,
  /av 7|of 7/,
  /ledelsesdimensjon|leiingsdimensjon|leadership dimension/i,
  /pulsmåling|pulse/i,
  /utsagn|utsegn|statement/i,
  /\.\./,
];

let demo: Awaited<ReturnType<typeof runDemo>>;
beforeAll(async () => {
  demo = await runDemo({ members: 300, months: 6, seed: 7 });
}, 300_000);
afterAll(() => demo?.close());

const options = (locale: Locale): RenderOptions => ({
  locale,
  bank: demo.runtime.core.bank,
  sectorName: sectorNamer(demo.runtime, locale),
  audience: 'politicians',
});

it.each(LOCALES)('the politicians’ version is written for a council, in plain words (%s)', async (locale) => {
  const digest = await demo.runtime.core.digests.forMonth('2025-02');
  const md = renderPoliticiansMarkdown(digest, options(locale));
  const html = renderDigestHtml(digest, options(locale));
  const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
  for (const output of [md, text]) for (const pattern of INTERNAL) expect(output).not.toMatch(pattern);
  const headings = {
    nb: ['Hva tallene viser', 'Hva administrasjonen gjør', 'Dette har ansatte fått til'],
    nn: ['Kva tala viser', 'Kva administrasjonen gjer', 'Dette har tilsette fått til'],
    en: ['What the figures say', 'What the administration does', 'What employees have achieved'],
  }[locale];
  for (const heading of headings) {
    expect(md).toContain(`## ${heading}`);
    expect(html).toContain(`<h2>${heading}</h2>`);
  }
  // The demo's stories are there, each sentence ended once although the storytellers wrote the full stops.
  expect(md.match(/^### /gm)?.length).toBe(5);
  expect(digest.stories.some((s) => s.whoBenefits.endsWith('.'))).toBe(true);
});
