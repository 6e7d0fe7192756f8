// The local page's stylesheet: calm colours, generous spacing, visible focus, no external fonts.
export const PAGE_STYLES = `
:root {
  --bg: #f4f5f1; --surface: #ffffff; --ink: #1d2a35; --muted: #56656f; --line: #d8dee2;
  --brand: #1f5f78; --brand-dark: #154559; --brand-soft: #e4eff3; --accent: #2e7a57; --accent-soft: #e3f1e9;
  --danger: #a4332b; --danger-soft: #fbeae8; --focus: #f2b705; --radius: 12px;
  color-scheme: light;
}
* { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink); line-height: 1.55;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--brand); }
h1, h2, h3 { line-height: 1.25; margin: 0; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 6px; }
.skip { position: absolute; left: 1rem; top: -3rem; background: var(--ink); color: #fff; padding: .5rem 1rem; border-radius: 6px; z-index: 10; }
.skip:focus { top: 1rem; }
.top { background: var(--surface); border-bottom: 1px solid var(--line); }
.top-inner { max-width: 76rem; margin: 0 auto; padding: .9rem 1.25rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; justify-content: space-between; }
.brand { display: flex; gap: .8rem; align-items: center; }
.logo { width: 2.6rem; height: 2.6rem; border-radius: 50%; background: var(--brand); color: #fff; display: grid; place-items: center; font-weight: 700; letter-spacing: .02em; }
.brand h1 { font-size: 1.25rem; }
.tagline { margin: 0; color: var(--muted); font-size: .9rem; }
.me { display: flex; flex-wrap: wrap; gap: .75rem 1rem; align-items: center; font-size: .95rem; }
.me-name { font-weight: 600; }
.chip { display: inline-block; font-size: .78rem; padding: .1rem .55rem; border-radius: 999px; background: var(--brand-soft); color: var(--brand-dark); margin-left: .35rem; font-weight: 600; }
.inline-field { display: flex; gap: .4rem; align-items: center; }
.inline-field select { font: inherit; padding: .3rem .5rem; border: 1px solid #9aa7b0; border-radius: 8px; background: var(--surface); color: var(--ink); }
.inline-field input[type="checkbox"] { width: 1.1rem; height: 1.1rem; accent-color: var(--brand); }
.option input, .check input { accent-color: var(--brand); }
main { max-width: 76rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
main:focus { outline: none; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 22rem; gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
.section-title { font-size: 1.05rem; margin-bottom: .6rem; color: var(--muted); font-weight: 600; text-transform: none; }
.tabs { display: flex; flex-wrap: wrap; gap: .4rem; margin-bottom: 1rem; }
.tab { border: 1px solid var(--line); background: var(--surface); color: var(--ink); border-radius: 999px; padding: .35rem .9rem; font: inherit; cursor: pointer; }
.tab[aria-pressed="true"] { background: var(--brand); border-color: var(--brand); color: #fff; }
.posts { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
.post { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.2rem 1.1rem; box-shadow: 0 1px 2px rgba(29, 42, 53, .04); }
.post-head { display: flex; gap: .6rem; align-items: center; margin-bottom: .6rem; color: var(--muted); font-size: .85rem; }
.post-head .avatar { width: 1.9rem; height: 1.9rem; font-size: .75rem; }
.post-head .author { color: var(--ink); font-weight: 600; font-size: .95rem; }
.msg > * + * { margin-top: .65rem; }
.msg h3 { font-size: 1.1rem; }
.msg p { margin: 0; white-space: pre-line; }
.msg, .msg dd, .msg dt, .toast { overflow-wrap: anywhere; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .9em; background: var(--brand-soft); color: var(--brand-dark); padding: .05rem .3rem; border-radius: 4px; overflow-wrap: anywhere; }
.toast code { background: rgba(255, 255, 255, .16); color: #fff; }
.msg .context { color: var(--muted); font-size: .85rem; }
.msg hr { border: 0; border-top: 1px solid var(--line); }
.msg dl { display: grid; grid-template-columns: minmax(0, max-content) minmax(0, 1fr); gap: .25rem 1rem; margin: 0; }
/* A story's long question labels beside long answers: one column on a phone (WCAG 1.4.10 reflow). */
@media (max-width: 40rem) { .msg dl { grid-template-columns: minmax(0, 1fr); } .msg dd + dt { margin-top: .4rem; } }
.msg dt { font-weight: 600; }
.msg dd { margin: 0; }
.scale { border: 0; padding: 0; margin: 1rem 0 0; min-width: 0; }
.scale legend { float: left; width: 100%; font-weight: 600; padding: 0; }
.scale-options { clear: both; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .4rem; padding-top: .45rem; }
@media (max-width: 34rem) { .scale-options { grid-template-columns: 1fr; } }
.scale-option { font: inherit; font-size: .88rem; padding: .55rem .3rem; border-radius: 10px; border: 1px solid var(--line); background: #fafbf9; color: var(--ink); cursor: pointer; min-height: 2.75rem; }
.scale-option:hover:not(:disabled) { border-color: var(--brand); background: var(--brand-soft); }
.scale-option[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: #fff; font-weight: 600; }
.scale-option[aria-pressed="true"]::before { content: "✓ "; }
/* The chosen answer keeps white on dark while hovered (light blue behind white was 1.2:1). */
.scale-option[aria-pressed="true"]:hover:not(:disabled) { background: var(--brand-dark); border-color: var(--brand-dark); }
.scale-option:disabled { cursor: not-allowed; opacity: .65; }
.closed-note { color: var(--muted); font-size: .85rem; font-style: italic; }
.confirmation { background: var(--accent-soft); border-left: 4px solid var(--accent); border-radius: 8px; padding: .6rem .8rem; }
.confirmation p { margin: 0; }
.confirmation .context { margin-top: .25rem; }
.actions { display: flex; flex-wrap: wrap; gap: .5rem; }
.button, button.button { display: inline-flex; align-items: center; gap: .35rem; font: inherit; font-weight: 600; padding: .5rem 1rem; border-radius: 10px; border: 1px solid var(--brand); background: var(--surface); color: var(--brand); cursor: pointer; text-decoration: none; }
.button:hover { background: var(--brand-soft); }
.button.primary { background: var(--brand); color: #fff; }
.button.primary:hover { background: var(--brand-dark); }
.button.danger { border-color: var(--danger); color: var(--danger); }
.button.quiet { border-color: var(--line); color: var(--ink); font-weight: 500; }
.button { max-width: 100%; text-align: left; }
.button:disabled { opacity: .6; cursor: progress; }
.side { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; }
.panel { background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.1rem; }
.panel h2 { font-size: 1.02rem; margin-bottom: .5rem; }
.panel p { margin: 0 0 .75rem; color: var(--muted); font-size: .92rem; }
.panel .posts { gap: .75rem; }
.panel .post { box-shadow: none; padding: .8rem .9rem; background: #fbfcfa; }
.command .hint { margin: 0 0 .35rem; font-size: .88rem; }
.command label { display: block; font-weight: 600; margin-bottom: .2rem; }
.command-row { display: flex; gap: .5rem; }
.command-row input { flex: 1; min-width: 0; font: inherit; padding: .5rem .65rem; border: 1px solid #9aa7b0; border-radius: 8px; background: #fff; color: var(--ink); }
.answer:not(:empty) { margin-top: .75rem; background: var(--brand-soft); border-left: 4px solid var(--brand); border-radius: 8px; padding: .6rem .8rem; }
.answer .msg p, .answer .msg .context { color: var(--ink); }
.answer > .button { margin-top: .6rem; }
.shortcuts-heading { font-size: .95rem; margin: 1rem 0 .4rem; }
.shortcuts { list-style: none; margin: 0; padding: 0; display: grid; gap: .45rem; }
.shortcuts li { display: flex; flex-wrap: wrap; gap: .2rem .5rem; align-items: center; }
.shortcuts code { font-size: .8rem; }
.stack { display: grid; gap: .5rem; justify-items: start; }
.schedule-row { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: .5rem; padding: .35rem 0; border-top: 1px solid var(--line); }
.schedule-row:first-of-type { border-top: 0; }
.schedule-row small { display: block; color: var(--muted); }
.empty { color: var(--muted); font-style: italic; background: transparent; border: 1px dashed var(--line); border-radius: var(--radius); padding: 1rem; }
.picker h2 { font-size: 1.5rem; margin-bottom: .4rem; }
.picker > p { color: var(--muted); max-width: 42rem; margin: 0 0 1.25rem; }
.picker > p.lead-hint { color: var(--ink); border-left: 4px solid var(--accent); padding: .5rem .75rem; background: var(--surface); }
.people { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(15rem, 100%), 1fr)); gap: .75rem; }
.person { width: 100%; text-align: left; font: inherit; color: var(--ink); background: var(--surface); border: 1px solid var(--line); border-radius: var(--radius); padding: .9rem 1rem; cursor: pointer; display: flex; gap: .75rem; align-items: center; }
.person:hover { border-color: var(--brand); background: var(--brand-soft); }
.avatar { flex: none; width: 2.4rem; height: 2.4rem; border-radius: 50%; background: var(--brand-soft); color: var(--brand-dark); display: grid; place-items: center; font-weight: 700; }
.person strong { display: block; }
.person small { color: var(--muted); }
.toasts { position: fixed; right: 1rem; bottom: 1rem; display: grid; gap: .5rem; max-width: min(28rem, calc(100vw - 2rem)); z-index: 20; }
.toast { background: var(--ink); color: #fff; padding: .7rem 1rem; border-radius: 10px; box-shadow: 0 6px 20px rgba(0, 0, 0, .18); }
.toast.error { background: var(--danger); }
.toast:empty { display: none; }
dialog { border: 0; border-radius: 16px; padding: 0; width: min(40rem, calc(100vw - 2rem)); max-height: calc(100vh - 2rem); box-shadow: 0 20px 60px rgba(0, 0, 0, .25); color: var(--ink); }
dialog::backdrop { background: rgba(29, 42, 53, .45); }
.dialog-body { padding: 1.25rem 1.5rem 1.5rem; }
.dialog-head { display: flex; justify-content: space-between; align-items: start; gap: 1rem; margin-bottom: .5rem; }
.dialog-head h2 { font-size: 1.3rem; }
.intro { color: var(--muted); margin: 0 0 1rem; white-space: pre-line; }
.summary { background: var(--danger-soft); border-left: 4px solid var(--danger); padding: .6rem .8rem; border-radius: 8px; margin-bottom: 1rem; }
.field { margin: 0 0 1.1rem; border: 0; padding: 0; min-width: 0; }
.field > label, .field > legend { display: block; font-weight: 600; margin-bottom: .25rem; padding: 0; }
.field .optional, .field .required { font-weight: 400; color: var(--muted); }
.field .hint { margin: 0 0 .35rem; color: var(--muted); font-size: .88rem; }
.field input[type="text"], .field textarea, .field select { width: 100%; font: inherit; padding: .55rem .65rem; border: 1px solid #9aa7b0; border-radius: 8px; background: #fff; color: var(--ink); }
.filter { margin: 0 0 .4rem; }
.filter label { display: block; font-size: .9rem; margin-bottom: .15rem; }
.filter input { width: 100%; font: inherit; padding: .45rem .6rem; border: 1px solid #9aa7b0; border-radius: 8px; background: #fff; color: var(--ink); }
.filter .counter { text-align: left; }
.field textarea { min-height: 6rem; resize: vertical; }
.field .counter { margin: .2rem 0 0; font-size: .8rem; color: var(--muted); text-align: right; }
.field .error { margin: .3rem 0 0; color: var(--danger); font-weight: 600; font-size: .9rem; }
.field .error:empty { display: none; }
.field.invalid input[type="text"], .field.invalid textarea, .field.invalid select { border-color: var(--danger); border-width: 2px; }
.field > label.option { display: flex; gap: .55rem; align-items: center; margin: .3rem 0; font-weight: 400; }
.option input { width: 1.15rem; height: 1.15rem; }
.check { display: flex; gap: .55rem; align-items: center; }
.check label { margin: 0; }
/* The sticky "Cancel / Submit" bar must never cover the field that gets focus after an error. */
dialog { scroll-padding-bottom: 6rem; }
.field, .field input, .field textarea, .field select { scroll-margin-bottom: 6rem; }
.form-actions { display: flex; gap: .6rem; justify-content: flex-end; margin-top: 1rem; padding: .75rem 0 0; position: sticky; bottom: 0; background: var(--surface); border-top: 1px solid var(--line); }
dialog .dialog-body { padding-bottom: .9rem; }
footer { max-width: 76rem; margin: 0 auto; padding: 0 1.25rem 2rem; color: var(--muted); font-size: .85rem; }
[hidden] { display: none !important; }
`;
