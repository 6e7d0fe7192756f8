import type { Request, Response } from 'express';
import type { AppConfig } from '../config.js';
import type { CoreServices } from '../core/create-core.js';
import type { Digest } from '../core/digest/digest.js';
import { DigestMonthError } from '../core/digest/digest-service.js';
import { formatter } from '../core/digest/format.js';
import { escapeHtml } from '../core/escape-html.js';
import { formatMonth, translator } from '../core/i18n/translate.js';
import type { Clock } from '../core/ports.js';
import type { Settings } from '../core/settings.js';
import { localMonth, MONTH_PATTERN, shiftMonth } from '../core/time.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import { createWorkQueue } from './dashboard/digest-queue.js';
import { renderDigestHtml } from './dashboard/render-html.js';
import { DIGEST_CSS } from './dashboard/styles.js';
import type { Mount } from './server.js';

/** What the dashboard reads: the core's use cases, never the store. */
interface Runtime {
  config: Pick<AppConfig, 'platforms'>;
  core: CoreServices;
  clock: Clock;
  settings: Settings;
}

/** The signed-link fields a page must carry on to its links and forms. */
const LINK_FIELDS = ['sub', 'scope', 'exp', 'iat', 'sig'] as const;

// Embeddable as the Teams tab (no X-Frame-Options); nothing loads from anywhere else.
const CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft https://*.teams.cloud.microsoft https://*.cloud.microsoft https://*.microsoft365.com https://*.office.com https://*.office365.com https://outlook.office.com https://outlook.office365.com https://*.teams.microsoft.us",
].join('; ');

/**
 * Who may open the dashboard: everyone on the local demo; otherwise a valid signed link, not revoked,
 * made for the chat digest of the month asked for (`digest`) or for a person who is a lead or admin now.
 */
export function dashboardAuthoriser(runtime: Runtime): (query: Record<string, unknown>) => Promise<boolean> {
  return async (query) => {
    if (runtime.config.platforms.local) return true;
    const link = await runtime.core.verifyDashboardLink(query, runtime.clock.now());
    if (link === undefined) return false;
    // A channel's link opens the month it was posted for; a person's link only while they are a lead.
    if (link.subject === 'digest') return link.scope === query.month;
    return link.scope === '*' && (await runtime.core.people.isLeadOrAdmin(link.subject));
  };
}

/** `/dashboard`: the monthly digest for innovation leads, also the page inside the Teams tab. */
export function dashboardRoutes(deps: {
  runtime: Runtime;
  authorise?: (query: Record<string, unknown>) => Promise<boolean>;
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
  /** A short page; `body` is HTML already escaped. */
  const page = (req: Request, res: Response, status: number, title: string, body: string) => {
    headers(res);
    res
      .status(status)
      .type('html')
      .send(
        `<!doctype html><html lang="${langOf(req)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Kulturpuls</title><style>${DIGEST_CSS}</style></head><body><main><section><h1>${escapeHtml(title)}</h1>${body}</section></main></body></html>`,
      );
  };
  const forbidden = (req: Request, res: Response) => {
    const t = translator(langOf(req));
    page(req, res, 403, t('dash.forbidden.title'), `<p>${escapeHtml(t('dash.forbidden.text'))}</p>`);
  };
  const outOfRange = (req: Request, res: Response, error: DigestMonthError) => {
    const locale = langOf(req);
    const t = translator(locale);
    const back = new URLSearchParams({ ...keepOf(req), lang: locale });
    const text = t(
      'dig.range',
      error.params((m) => formatMonth(locale, m)),
    );
    page(
      req,
      res,
      404,
      text,
      `<p><a href="/dashboard?${escapeHtml(back.toString())}">${escapeHtml(t('dash.title'))}</a></p>`,
    );
  };

  const queue = createWorkQueue();

  return (app) => {
    app.get('/dashboard', async (req, res) => {
      if (!(await authorise(req.query))) return forbidden(req, res);
      const requested = typeof req.query.month === 'string' ? req.query.month : '';
      const month = MONTH_PATTERN.test(requested)
        ? requested
        : shiftMonth(localMonth(runtime.clock.now(), settings.timezone), -1);
      const locale = langOf(req);
      let digest: Digest;
      try {
        // A channel's link (verified above) is read by the whole channel: only what may be seen there.
        const reader = req.query.sub === 'digest' ? 'channel' : 'lead';
        digest = await queue(`${month}|${reader}`, () => core.dashboard(month, reader));
      } catch (error) {
        if (error instanceof DigestMonthError) return outOfRange(req, res, error);
        throw error;
      }
      const options = {
        locale,
        bank: core.bank,
        sectorName: sectorNamer(runtime, locale),
        timeZone: settings.timezone,
      };
      const notice = req.query.done === '1' ? formatter(digest, options).t('dash.markedDone') : undefined;
      const html = await queue(null, () =>
        renderDigestHtml(digest, {
          ...options,
          dashboard: { keep: keepOf(req), ...(notice ? { notice } : {}) },
        }),
      );
      headers(res);
      res.type('html').send(html);
    });

    // A lead marks a learning-loop next step done; the signed link is the credential (no cookie, so no CSRF).
    app.post('/dashboard/next-steps/:id/done', async (req, res) => {
      if (!(await authorise(req.query))) return forbidden(req, res);
      await core.digests.markNextStepDone(String(req.params.id));
      const month =
        typeof req.query.month === 'string' && MONTH_PATTERN.test(req.query.month) ? req.query.month : '';
      const params = new URLSearchParams({
        ...keepOf(req),
        ...(month ? { month } : {}),
        lang: langOf(req),
        done: '1',
      });
      // Back to the list the reader was in, not the top of the page.
      res.redirect(303, `/dashboard?${params}#next-steps`);
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
