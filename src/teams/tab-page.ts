import { escapeHtml } from '../core/escape-html.js';
import { type Translator, translator } from '../core/i18n/translate.js';
import type { Locale } from '../core/vocabulary.js';

// Teams (classic and new), Outlook and the Microsoft 365 app frame tabs from these origins
// (learn.microsoft.com: Teams tab requirements; *.cloud.microsoft is where they all move).
export const TEAMS_FRAME_ANCESTORS = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://teams.cloud.microsoft',
  'https://*.teams.cloud.microsoft',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.teams.microsoft.us',
].join(' ');

// The Teams themes: default (light), dark and high contrast; the script sets the body's class.
const TAB_CSS = `html{height:100%}body{margin:0;min-height:100%;font-family:"Segoe UI",system-ui,sans-serif;background:#fff;color:#242424;line-height:1.5}
body.dark{background:#1f1f1f;color:#fff}body.contrast{background:#000;color:#fff}
body.contrast a{color:#ff0}body.contrast h1{color:#ff0}
main{max-width:40rem;padding:1.25rem 1.5rem}h1{font-size:1.25rem;margin:0 0 .5rem}a{color:#5b5fc7}body.dark a{color:#9da2ff}`;

export function simplePage(locale: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<title>${escapeHtml(title)} – Kulturpuls</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>${TAB_CSS}</style></head>
<body>${body}</body></html>`;
}

/** The texts the tab's script shows, in the page's language until Teams tells it the person's. */
function scriptTexts(t: Translator) {
  return {
    outside: t('teams.tab.outside'),
    refusedTitle: t('teams.tab.refused.title'),
    refusedText: t('teams.tab.refused.text'),
  };
}

export function tabPage(locale: Locale): string {
  const t = translator(locale);
  const texts = escapeHtml(JSON.stringify(scriptTexts(t)));
  return simplePage(
    locale,
    t('teams.tab.title'),
    `<main aria-live="polite"><h1 id="title">${escapeHtml(t('teams.tab.title'))}</h1>
<p id="status" data-texts="${texts}">${escapeHtml(t('teams.tab.signingIn'))}</p>
<p id="fallback" hidden><a id="open" href="/dashboard?lang=${locale}" target="_top">${escapeHtml(t('teams.tab.open'))}</a></p></main>
<script src="/teams/tab/teams-js.min.js"></script><script src="/teams/tab/tab.js"></script>`,
  );
}
