import { escapeHtml } from '../../core/escape-html.js';
import { LOCALES, type Locale } from '../../core/vocabulary.js';
import { PAGE_STYLES } from './page-styles.js';

export interface LocalPageInput {
  locale: Locale;
  texts: Record<string, string>;
  people: { key: string; name: string; sector: string | null; roles: string[] }[];
  /** Per-response nonce for the inline script and style (Content-Security-Policy). */
  nonce: string;
  /** The browser code, bundled (see page-bundle.ts). */
  script: string;
}

/** JSON inside a script element: `<` escaped so no text can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function localPageCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The whole local page: HTML, inline CSS and the bundled client, nothing from elsewhere. */
export function renderLocalPage(input: LocalPageInput): string {
  const { locale, texts, nonce } = input;
  const text = (key: string) => `data-text="${escapeHtml(key)}">${escapeHtml(texts[key] ?? key)}`;
  const boot = { locale, texts, people: input.people };
  const languages = LOCALES.map(
    (l) =>
      `<option value="${l}" data-text="local.language.${l}">${escapeHtml(texts[`local.language.${l}`] ?? l)}</option>`,
  ).join('');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts['local.title'] ?? 'Kulturpuls')}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${PAGE_STYLES}</style>
</head>
<body>
<a class="skip" href="#main" ${text('local.skip')}</a>
<header class="top"><div class="top-inner">
  <div class="brand"><span class="logo" aria-hidden="true">KP</span><div>
    <h1>Kulturpuls</h1><p class="tagline" ${text('local.tagline')}</p></div></div>
  <div class="me" id="me" hidden>
    <span><span class="me-name" id="me-name"></span><span id="me-roles"></span></span>
    <span class="inline-field"><label for="lang" ${text('local.language')}</label>
      <select id="lang">${languages}</select></span>
    <span class="inline-field"><input type="checkbox" id="pause"><label for="pause" ${text('local.pause.label')}</label></span>
    <button type="button" class="button quiet" id="switch-person" ${text('local.switchPerson')}</button>
  </div>
</div></header>
<main id="main" tabindex="-1">
  <section class="picker" id="picker" aria-labelledby="picker-heading" hidden>
    <h2 id="picker-heading" ${text('local.pick.heading')}</h2>
    <p ${text('local.pick.intro')}</p>
    <p class="lead-hint" id="lead-hint" hidden></p>
    <ul class="people" id="people"></ul>
  </section>
  <div class="layout" id="workspace" hidden>
    <section aria-labelledby="channels-heading">
      <h2 class="section-title" id="channels-heading" ${text('local.channels.heading')}</h2>
      <div class="tabs" id="tabs" role="group" aria-labelledby="channels-heading"></div>
      <ol class="posts" id="channel-posts" aria-live="off"></ol>
    </section>
    <aside class="side">
      <section class="panel" aria-labelledby="command-heading">
        <h2 id="command-heading" ${text('local.command.heading')}</h2>
        <p ${text('local.command.intro')}</p>
        <form id="command-form" class="command" novalidate>
          <label for="command-input" ${text('local.command.label')}</label>
          <p class="hint" id="command-hint" data-rich="local.command.hint"></p>
          <div class="command-row">
            <input type="text" id="command-input" name="command" maxlength="500" autocomplete="off"
              spellcheck="false" aria-describedby="command-hint">
            <button type="submit" class="button primary" id="command-send" ${text('local.command.send')}</button>
          </div>
        </form>
        <div class="answer" id="command-answer" role="region" aria-live="polite"
          aria-label="${escapeHtml(texts['local.command.answer'] ?? '')}" data-label="local.command.answer"></div>
        <h3 class="shortcuts-heading" id="shortcuts-heading" ${text('local.shortcuts.heading')}</h3>
        <ul class="shortcuts" id="shortcuts" aria-labelledby="shortcuts-heading"></ul>
      </section>
      <section class="panel" aria-labelledby="dm-heading">
        <h2 id="dm-heading" ${text('local.dms.heading')}</h2>
        <ol class="posts" id="dm-posts"></ol>
      </section>
      <section class="panel" aria-labelledby="share-heading">
        <h2 id="share-heading" ${text('local.share.heading')}</h2>
        <p ${text('local.share.intro')}</p>
        <div class="stack">
          <button type="button" class="button primary" id="share-story" ${text('story.shareButton')}</button>
          <button type="button" class="button" id="share-nomination" ${text('local.share.nominate')}</button>
        </div>
      </section>
      <section class="panel" aria-labelledby="digest-heading">
        <h2 id="digest-heading" ${text('local.digest.heading')}</h2>
        <p id="digest-intro"></p>
        <a class="button" id="digest-link" href="/dashboard" ${text('digest.open')}</a>
      </section>
      <section class="panel" id="recognise-panel" aria-labelledby="recognise-heading" hidden>
        <h2 id="recognise-heading" ${text('local.recognise.heading')}</h2>
        <ol class="posts" id="awaiting"></ol>
      </section>
      <section class="panel" id="post-panel" aria-labelledby="post-heading" hidden>
        <h2 id="post-heading" ${text('local.postNow.heading')}</h2>
        <p ${text('local.postNow.intro')}</p>
        <div id="schedules"></div>
      </section>
    </aside>
  </div>
</main>
<footer><p ${text('local.footer')}</p></footer>
<div class="toasts"><div id="status" role="status" aria-live="polite"></div><div id="alert" role="alert"></div></div>
<dialog id="form-dialog" aria-labelledby="form-title">
  <form id="form" class="dialog-body" novalidate>
    <div class="dialog-head"><h2 id="form-title"></h2>
      <button type="button" class="button quiet" id="form-close" ${text('local.form.close')}</button></div>
    <p class="intro" id="form-intro"></p>
    <div class="summary" id="form-summary" role="alert" hidden></div>
    <div id="form-fields"></div>
    <div class="form-actions">
      <button type="button" class="button quiet" id="form-cancel" ${text('form.cancel')}</button>
      <button type="submit" class="button primary" id="form-submit"></button>
    </div>
  </form>
</dialog>
<script type="application/json" id="kp-boot">${scriptJson(boot)}</script>
<script nonce="${nonce}">${input.script}</script>
</body>
</html>`;
}
