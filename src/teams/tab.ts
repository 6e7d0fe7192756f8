import { createRequire } from 'node:module';
import { escapeHtml } from '../core/escape-html.js';
import { translator } from '../core/i18n/translate.js';
import type { Settings } from '../core/settings.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import type { Mount } from '../web/server.js';
import { TAB_SCRIPT } from './tab-script.js';

// Teams (web, desktop, mobile, Outlook and the Microsoft 365 app) frames the tab from these origins.
const FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://local.teams.office.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://*.cloud.microsoft',
].join(' ');

/** The browser bundle of @microsoft/teams-js, served from node_modules (no CDN). */
export function teamsJsBundlePath(): string {
  return createRequire(import.meta.url).resolve('@microsoft/teams-js');
}

export function tabPage(locale: Locale, query: string): string {
  const t = translator(locale);
  const dashboard = `/dashboard${query ? `?${query}` : ''}`;
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<title>${escapeHtml(t('teams.tab.title'))} – Kulturpuls</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>html,body{margin:0;height:100%;font-family:"Segoe UI",system-ui,sans-serif}body.dark{background:#1f1f1f;color:#fff}body.contrast{background:#000;color:#ff0}
#status{padding:1rem}#dashboard{border:0;width:100%;height:100vh;display:none;background:#fff}a{color:inherit}</style></head>
<body><p id="status" data-outside="${escapeHtml(t('teams.tab.outside'))}">${escapeHtml(t('teams.tab.loading'))}</p>
<p id="fallback" hidden><a id="open" href="${escapeHtml(dashboard)}" target="_top">${escapeHtml(t('teams.tab.open'))}</a></p>
<iframe id="dashboard" title="${escapeHtml(t('teams.tab.title'))}" data-src="${escapeHtml(dashboard)}"></iframe>
<script src="/teams/tab/teams-js.min.js"></script><script src="/teams/tab/tab.js"></script></body></html>`;
}

/** `/teams/tab`: the dashboard as a Teams tab (it frames `/dashboard`, which the digest owns). */
export function tabRoutes(deps: { settings: Settings }): Mount {
  return (app) => {
    app.get('/teams/tab/teams-js.min.js', (_req, res) => {
      res.type('application/javascript').sendFile(teamsJsBundlePath());
    });
    app.get('/teams/tab/tab.js', (_req, res) => {
      res.type('application/javascript').send(TAB_SCRIPT);
    });
    app.get('/teams/tab', (req, res) => {
      const lang = String(req.query.lang ?? '');
      const locale = (LOCALES as readonly string[]).includes(lang)
        ? (lang as Locale)
        : deps.settings.defaultLocale;
      const query = new URLSearchParams(req.query as Record<string, string>).toString();
      res.setHeader('Content-Security-Policy', `frame-ancestors ${FRAME_ANCESTORS}`);
      res.type('html').send(tabPage(locale, query));
    });
  };
}
