import { randomBytes } from 'node:crypto';
import type { IRouter } from 'express';
import type { Locale } from '../../core/vocabulary.js';
import { pageScript } from './page-bundle.js';
import { type LocalPageInput, localPageCsp, renderLocalPage } from './page-html.js';
import { pageTexts } from './page-texts.js';

/** `GET /`: the local page, in the default language until the person picks who they are. */
export function mountLocalPage(
  app: IRouter,
  deps: { locale: () => Locale; people: () => Promise<LocalPageInput['people']> },
): void {
  // Bundled now, so the first visit does not wait; a failure here is reported by that visit.
  pageScript().catch(() => {});
  app.get('/', async (_req, res) => {
    const script = await pageScript();
    const nonce = randomBytes(16).toString('base64');
    const locale = deps.locale();
    const people = await deps.people();
    res
      .setHeader('Content-Security-Policy', localPageCsp(nonce))
      .setHeader('Cache-Control', 'no-store')
      .type('html')
      .send(renderLocalPage({ locale, texts: pageTexts(locale), people, nonce, script }));
  });
  // Browsers ask for it on their own; an empty answer keeps their consoles quiet.
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
}
