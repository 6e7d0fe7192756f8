import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from './browser.js';

/**
 * The Playground's web client (Fluent UI) loads Segoe UI web fonts, an icon font (the people picker)
 * and an animation worklet from Microsoft's CDN by hard-coded URLs (no setting changes them). They are
 * aborted like every other non-local request; only these are expected.
 */
const KNOWN_CDN_ASSETS = [
  /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_\d+\.\d+\/assets\/fonts\/segoeui-westeuropean\/segoeui-(regular|semibold|bold)\.woff2?$/,
  /^https:\/\/res\.cdn\.office\.net\/files\/fabric-cdn-prod_\d+\.\d+\/assets\/icons\/fabric-icons(-[0-9a-f]+)?\.woff$/,
  /^https:\/\/res-1\.cdn\.office\.net\/files\/fabric-cdn-prod_\d+\.\d+\/assets\/animations\/flair\/flair\.min\.js$/,
];

export function isKnownCdnAsset(url: string): boolean {
  return KNOWN_CDN_ASSETS.some((pattern) => pattern.test(url));
}

export interface PlaygroundBrowser {
  browser: Browser;
  page: Page;
  /** Every request for a host other than 127.0.0.1/localhost: aborted, never sent. */
  blocked: string[];
  pageErrors: string[];
  /** Types into the chat box and sends. */
  say(text: string): Promise<void>;
  /** The last card from the bot containing this text, once it is visible. */
  botCard(text: string | RegExp): Promise<Locator>;
  close(): Promise<void>;
}

/** Headless Chromium on the Playground's web UI, in the personal chat, with the network fenced in. */
export async function openPlaygroundBrowser(url: string): Promise<PlaygroundBrowser> {
  const browser = await launchChromium();
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 1800 }, locale: 'en-US' });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    blocked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(url);
  await page.getByText('Personal Chat', { exact: true }).first().click();
  const box = page.locator('[data-lexical-editor="true"]');
  await box.waitFor();

  return {
    browser,
    page,
    blocked,
    pageErrors,
    async say(text) {
      await box.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page
        .locator('div', { hasText: new RegExp(`^${escapeRegExp(text)}$`) })
        .last()
        .waitFor();
    },
    async botCard(text) {
      const card = page.locator('.ac-adaptiveCard', { hasText: text }).last();
      await card.waitFor();
      await card.scrollIntoViewIfNeeded();
      return card;
    },
    close: () => browser.close(),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
