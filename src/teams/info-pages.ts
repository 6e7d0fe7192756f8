import { escapeHtml } from '../core/escape-html.js';
import { translator } from '../core/i18n/translate.js';
import type { Settings } from '../core/settings.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { Mount } from '../web/server.js';
import { simplePage, TEAMS_FRAME_ANCESTORS } from './tab-page.js';

const PAGES = ['about', 'privacy', 'terms'] as const;

/** The manifest's website, privacy and terms links: short pages in nb, nn and en. */
export function infoPageRoutes(deps: { settings: Settings }): Mount {
  return (app) => {
    for (const page of PAGES) {
      app.get(`/teams/${page}`, (req, res) => {
        const lang = String(req.query.lang ?? '');
        const locale = (LOCALES as readonly string[]).includes(lang)
          ? (lang as Locale)
          : deps.settings.defaultLocale;
        const t = translator(locale);
        const title = t(`teams.page.${page}.title`);
        const text = t(`teams.page.${page}.text`, { organisation: deps.settings.organisation });
        const others = LOCALES.filter((l) => l !== locale)
          .map((l) => `<a href="/teams/${page}?lang=${l}" hreflang="${l}">${l}</a>`)
          .join(' · ');
        res.setHeader(
          'Content-Security-Policy',
          `default-src 'none'; style-src 'unsafe-inline'; frame-ancestors ${TEAMS_FRAME_ANCESTORS}`,
        );
        res
          .type('html')
          .send(
            simplePage(
              locale,
              title,
              `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p>${others}</p></main>`,
            ),
          );
      });
    }
  };
}
