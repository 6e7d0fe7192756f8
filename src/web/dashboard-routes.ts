import { renderDigestMarkdown } from '../core/digest/render-markdown.js';
import { formatMonth } from '../core/i18n/translate.js';
import { localMonth, MONTH_PATTERN, shiftMonth } from '../core/time.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { Runtime } from '../runtime.js';
import { markdownToHtml } from './markdown-html.js';
import type { Mount } from './server.js';

/**
 * `/dashboard`: the monthly digest for innovation leads. Open on the local demo; otherwise only
 * with a signed link from the chat digest (see dashboard-link.ts).
 */
export function dashboardRoutes(deps: {
  runtime: Runtime;
  authorise?: (query: Record<string, unknown>) => boolean;
}): Mount {
  const { runtime } = deps;
  const { settings, core } = runtime;
  const authorise = deps.authorise ?? (() => runtime.config.platforms.local);

  return (app) => {
    app.get('/dashboard', (req, res) => {
      if (!authorise(req.query)) {
        res
          .status(403)
          .type('text/plain')
          .send('Only innovation leads can open the dashboard. Use the link in the monthly digest.');
        return;
      }
      const requested = typeof req.query.month === 'string' ? req.query.month : '';
      const month = MONTH_PATTERN.test(requested)
        ? requested
        : shiftMonth(localMonth(runtime.clock.now(), settings.timezone), 0);
      const lang =
        typeof req.query.lang === 'string' && (LOCALES as readonly string[]).includes(req.query.lang)
          ? (req.query.lang as Locale)
          : settings.defaultLocale;
      const digest = core.digests.forMonth(month);
      const sectorName = (id: string | null) =>
        settings.sectors.find((s) => s.id === id)?.name[lang] ?? id ?? '–';
      const body = markdownToHtml(renderDigestMarkdown(digest, lang, core.bank, sectorName));
      res
        .type('html')
        .send(`<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${formatMonth(lang, month)} – Kulturpuls</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2a35}table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border-bottom:1px solid #d5dde5;padding:.35rem .5rem;text-align:left}td:nth-child(n+2){font-variant-numeric:tabular-nums}nav a{margin-right:1rem}</style></head>
<body><nav><a href="?month=${shiftMonth(month, -1)}&amp;lang=${lang}" id="prev-month">←</a><a href="?month=${shiftMonth(month, 1)}&amp;lang=${lang}" id="next-month">→</a></nav><main id="digest" data-month="${month}">${body}</main></body></html>`);
    });
  };
}
