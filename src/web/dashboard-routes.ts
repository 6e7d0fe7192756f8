import type { Request, Response } from 'express';
import { formatter } from '../core/digest/format.js';
import { translator } from '../core/i18n/translate.js';
import { localMonth, MONTH_PATTERN, shiftMonth } from '../core/time.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { Runtime } from '../runtime.js';
import { renderDigestHtml } from './dashboard/render-html.js';
import { DIGEST_CSS } from './dashboard/styles.js';
import { linksRevokedBefore, verifyDashboardLink } from './dashboard-link.js';
import { escapeHtml } from './markdown-html.js';
import type { Mount } from './server.js';

/** The signed-link fields a page must carry on to its links and forms. */
const LINK_FIELDS = ['sub', 'scope', 'exp', 'iat', 'sig'] as const;

// Embeddable as the Teams tab (no X-Frame-Options); nothing loads from anywhere else.
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com",
].join('; ');

/**
 * Who may open the dashboard: everyone on the local demo; otherwise a valid signed link, not revoked,
 * made for the chat digest of the month asked for (`digest`) or for a person who is a lead or admin now.
 */
export function dashboardAuthoriser(runtime: Runtime): (query: Record<string, unknown>) => boolean {
  return (query) => {
    if (runtime.config.platforms.local) return true;
    const link = verifyDashboardLink(runtime.core.ctx.secret, query, runtime.clock.now());
    if (link === undefined || link.issuedAt < linksRevokedBefore(runtime.store)) return false;
    // A channel's link opens the month it was posted for; a person's link only while they are a lead.
    if (link.subject === 'digest') return link.scope === query.month;
    return link.scope === '*' && runtime.core.people.isLeadOrAdmin(link.subject);
  };
}

/** `/dashboard`: the monthly digest for innovation leads, also the page inside the Teams tab. */
export function dashboardRoutes(deps: {
  runtime: Runtime;
  authorise?: (query: Record<string, unknown>) => boolean;
}): Mount {
  const { runtime } = deps;
  const { settings, core } = runtime;
  const authorise = deps.authorise ?? dashboardAuthoriser(runtime);

  const langOf = (req: Request): Locale =>
    typeof req.query.lang === 'string' && (LOCALES as readonly string[]).includes(req.query.lang)
      ? (req.query.lang as Locale)
      : settings.defaultLocale;
  const keepOf = (req: Request) =>
    Object.fromEntries(
      LINK_FIELDS.flatMap((k) => (typeof req.query[k] === 'string' ? [[k, req.query[k] as string]] : [])),
    );
  const headers = (res: Response) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('Cache-Control', 'no-store');
  };
  const forbidden = (req: Request, res: Response) => {
    const t = translator(langOf(req));
    headers(res);
    res
      .status(403)
      .type('html')
      .send(
        `<!doctype html><html lang="${langOf(req)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(t('dash.forbidden.title'))} – Kulturpuls</title><style>${DIGEST_CSS}</style></head><body><main><section><h1>${escapeHtml(t('dash.forbidden.title'))}</h1><p>${escapeHtml(t('dash.forbidden.text'))}</p></section></main></body></html>`,
      );
  };

  return (app) => {
    app.get('/dashboard', (req, res) => {
      if (!authorise(req.query)) return forbidden(req, res);
      const requested = typeof req.query.month === 'string' ? req.query.month : '';
      const month = MONTH_PATTERN.test(requested)
        ? requested
        : shiftMonth(localMonth(runtime.clock.now(), settings.timezone), -1);
      const locale = langOf(req);
      const digest = core.digests.forMonth(month);
      const options = {
        locale,
        bank: core.bank,
        sectorName: sectorNamer(runtime, locale),
      };
      const notice = req.query.done === '1' ? formatter(digest, options).t('dash.markedDone') : undefined;
      headers(res);
      res.type('html').send(
        renderDigestHtml(digest, {
          ...options,
          dashboard: { keep: keepOf(req), ...(notice ? { notice } : {}) },
        }),
      );
    });

    // A lead marks a learning-loop next step done; the signed link is the credential (no cookie, so no CSRF).
    app.post('/dashboard/next-steps/:id/done', (req, res) => {
      if (!authorise(req.query)) return forbidden(req, res);
      core.digests.markNextStepDone(String(req.params.id));
      const month =
        typeof req.query.month === 'string' && MONTH_PATTERN.test(req.query.month) ? req.query.month : '';
      const params = new URLSearchParams({
        ...keepOf(req),
        ...(month ? { month } : {}),
        lang: langOf(req),
        done: '1',
      });
      res.redirect(303, `/dashboard?${params}`);
    });
  };
}

export function sectorNamer(
  runtime: Pick<Runtime, 'settings'>,
  locale: Locale,
): (id: string | null) => string {
  const t = translator(locale);
  return (id) =>
    id === null
      ? t('digest.unknownSector')
      : (runtime.settings.sectors.find((s) => s.id === id)?.name[locale] ?? id);
}
