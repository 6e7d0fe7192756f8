import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/**
 * Debian's Chromium, headless. The background-networking flags matter: without them Chromium tries
 * to reach Google's hosts at start, and this machine has no network but loopback.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function isLocalUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

/** Lets only requests to this machine through; every other URL is aborted and recorded in `blocked`. */
export async function fenceToLoopback(context: BrowserContext, blocked: string[]): Promise<void> {
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
}
