import { createRequire } from 'node:module';
import express from 'express';
import type { DashboardLinkParams } from '../core/digest/dashboard-link.js';
import { translator } from '../core/i18n/translate.js';
import type { People } from '../core/people.js';
import type { Clock, Logger } from '../core/ports.js';
import type { Settings } from '../core/settings.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { Mount } from '../web/server.js';
import type { SsoResult } from './sso.js';
import { TEAMS_FRAME_ANCESTORS, tabPage } from './tab-page.js';
import { TAB_SCRIPT } from './tab-script.js';

/** A signed dashboard link from the tab lives this long; the dashboard re-checks the role on every request. */
const LINK_MINUTES = 30;

/** The browser bundle of @microsoft/teams-js, served from node_modules (no CDN). */
export function teamsJsBundlePath(): string {
  return createRequire(import.meta.url).resolve('@microsoft/teams-js');
}

export interface TabDeps {
  settings: Settings;
  /** Signs a dashboard link for one person (the core's link signing). */
  signLink(subject: string, expiresAt: Date): DashboardLinkParams;
  clock: Clock;
  logger: Logger;
  people: Pick<People, 'ensure' | 'isLeadOrAdmin' | 'rolesByEmailUnmatched'>;
  /** Undefined when CLIENT_ID or TENANT_ID is missing: the tab then says SSO is not set up. */
  verify?: (token: string) => Promise<SsoResult>;
}

export type TabAnswer =
  | { outcome: 'dashboard'; url: string }
  | { outcome: 'explanation' | 'refused' | 'unavailable'; title: string; text: string };

/** What the tab shows for an SSO token: the dashboard for leads and admins, else an explanation. */
export async function tabAnswer(deps: TabDeps, token: unknown, locale: Locale): Promise<TabAnswer> {
  const t = translator(locale);
  if (!deps.verify) {
    return { outcome: 'unavailable', title: t('teams.tab.title'), text: t('teams.tab.unavailable') };
  }
  const result: SsoResult =
    typeof token === 'string' && token.length > 0 && token.length < 16_384
      ? await deps.verify(token)
      : { ok: false, reason: 'invalid' };
  if (!result.ok) {
    deps.logger.info('teams tab sign-in refused', { reason: result.reason });
    return { outcome: 'refused', title: t('teams.tab.refused.title'), text: t('teams.tab.refused.text') };
  }
  const { objectId, name, email } = result.user;
  // The sign-in name is what roles given by e-mail match on Teams.
  const person = await deps.people.ensure({
    platform: 'teams',
    userId: objectId,
    ...(name ? { displayName: name } : {}),
    ...(email ? { email } : {}),
  });
  const key = person.key;
  if (!(await deps.people.isLeadOrAdmin(key))) {
    // Without an e-mail address a role given by e-mail cannot be hers: say so, and how to fix it.
    const unmatched = deps.people.rolesByEmailUnmatched(person);
    const text = t(unmatched ? 'teams.tab.employee.noEmail' : 'teams.tab.employee.text', {
      organisation: deps.settings.organisation,
    });
    return { outcome: 'explanation', title: t('teams.tab.employee.title'), text };
  }
  const expires = new Date(deps.clock.now().getTime() + LINK_MINUTES * 60_000);
  const params = new URLSearchParams({ lang: locale, ...deps.signLink(key, expires) });
  return { outcome: 'dashboard', url: `/dashboard?${params}` };
}

function localeOf(value: unknown, fallback: Locale): Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
    ? (value as Locale)
    : fallback;
}

/** `/teams/tab`: the dashboard as a Teams tab, behind Teams single sign-on. */
export function tabRoutes(deps: TabDeps): Mount {
  return (app) => {
    app.get('/teams/tab/teams-js.min.js', (_req, res) => {
      res.type('application/javascript').sendFile(teamsJsBundlePath());
    });
    app.get('/teams/tab/tab.js', (_req, res) => {
      res.type('application/javascript').send(TAB_SCRIPT);
    });
    app.get('/teams/tab', (req, res) => {
      res.setHeader('Content-Security-Policy', `frame-ancestors ${TEAMS_FRAME_ANCESTORS}`);
      res.setHeader('Cache-Control', 'no-store');
      res.type('html').send(tabPage(localeOf(req.query.lang, deps.settings.defaultLocale)));
    });
    app.post('/teams/tab/session', express.json({ limit: '32kb' }), async (req, res, next) => {
      try {
        const body = (req.body ?? {}) as { token?: unknown; lang?: unknown };
        const answer = await tabAnswer(deps, body.token, localeOf(body.lang, deps.settings.defaultLocale));
        const status = { dashboard: 200, explanation: 200, refused: 401, unavailable: 503 }[answer.outcome];
        res.setHeader('Cache-Control', 'no-store');
        res.status(status).json(answer);
      } catch (error) {
        next(error);
      }
    });
  };
}
