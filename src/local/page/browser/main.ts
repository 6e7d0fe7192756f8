import { ACTIONS, type Button, type Message } from '../../../core/message.js';
import type { Locale, ScaleValue } from '../../../core/vocabulary.js';
import type { LocalState, PersonSummary } from '../../local-state.js';
import { FORM_ACTIONS, SERVER_ACTIONS } from '../../page-actions.js';
import { api, refused, toast } from './client.js';
import { createCommandBox } from './command-box.js';
import { button, byId, el, focusKey, richText, safeUrl } from './dom.js';
import { entryAnchor, type FeedOptions, initials, roleNames } from './feed.js';
import { createForms, type FormKind } from './forms.js';
import type { ScaleBlock } from './render-message.js';
import { setTexts, tr } from './texts.js';
import { renderWorkspace } from './workspace.js';

// Browser code, the page's entry: who is using it, the state from the server, polling, and what
// people do. Bundled by esbuild at build time (scripts/build-assets.ts) and inlined into the page under
// its nonce (../page-bundle.ts).

interface Boot {
  locale: Locale;
  texts: Record<string, string>;
  people: PersonSummary[];
}
type Reply = { message: string };

const STORAGE = 'kulturpuls.local.as';
const POLL_MS = 4000;
const boot = JSON.parse(byId('kp-boot').textContent || '{}') as Boot;
setTexts(boot.texts);
const app = {
  as: null as string | null,
  state: null as LocalState | null,
  signature: '',
  channel: null as string | null,
  confirmations: {} as Record<string, Message>,
  busy: { value: false },
};

const locale = (): Locale => app.state?.me.locale ?? boot.locale;
const failed = (result: { status: number; data: unknown }) => refused(result, signedOut);

function applyTexts(): void {
  document.documentElement.lang = locale();
  document.title = tr('local.title');
  for (const node of document.querySelectorAll('[data-text]')) {
    node.textContent = tr(node.getAttribute('data-text') ?? '');
  }
  for (const node of document.querySelectorAll('[data-rich]')) {
    node.replaceChildren(...richText(tr(node.getAttribute('data-rich') ?? '')));
  }
  for (const node of document.querySelectorAll('[data-label]')) {
    node.setAttribute('aria-label', tr(node.getAttribute('data-label') ?? ''));
  }
}

function refreshSoon(): void {
  app.signature = '';
  void load();
  setTimeout(load, 700);
  setTimeout(load, 2000);
}

// --- who am I ---

function showPicker(people: PersonSummary[]): void {
  app.state = null;
  applyTexts();
  byId('workspace').hidden = true;
  byId('me').hidden = true;
  byId('picker').hidden = false;
  // Who to pick to see what leads see: the digest, "post now", the nominations to recognise.
  const lead = people.find((person) => person.roles.includes('lead'));
  const hint = byId('lead-hint');
  hint.hidden = !lead;
  hint.textContent = lead ? tr('local.pick.leadHint', { name: lead.name }) : '';
  const list = byId('people');
  list.textContent = '';
  for (const person of people) {
    const details = [person.sector || tr('local.sector.none'), ...roleNames(person.roles)].join(' · ');
    const pick = button({ className: 'person', 'data-person': person.key }, () => choose(person.key), [
      el('span', { className: 'avatar', 'aria-hidden': 'true', text: initials(person.name) }),
      el('span', null, [el('strong', { text: person.name }), el('small', { text: details })]),
    ]);
    list.appendChild(el('li', null, [pick]));
  }
}

function choose(key: string): void {
  app.as = key;
  app.signature = '';
  app.confirmations = {};
  try {
    localStorage.setItem(STORAGE, key);
  } catch {
    // Private mode: the choice lasts this visit.
  }
  void load().then(() => byId('main').focus());
}

/**
 * The server no longer knows the person (their data was just erased): the answer under the command box
 * goes with the workspace, so what it said stays readable as a notice over the picker.
 */
function signedOut(): void {
  const last = byId('command-answer').textContent?.trim();
  if (last) toast(last);
  forget();
}

function forget(): void {
  // The next person must not see the last one's answer.
  byId('command-answer').textContent = '';
  app.as = null;
  app.signature = '';
  try {
    localStorage.removeItem(STORAGE);
  } catch {
    // Private mode: nothing was stored.
  }
  void api<{ people: PersonSummary[] }>('GET', '/people').then((result) => {
    showPicker(result.status === 200 ? result.data.people : boot.people);
  });
}

// --- state and rendering ---

async function load(): Promise<void> {
  if (!app.as) return;
  const asked = app.as;
  const result = await api<LocalState>('GET', `/state?as=${encodeURIComponent(asked)}`);
  if (asked !== app.as || failed(result)) return;
  const s = result.data;
  setTexts(s.texts);
  app.state = s;
  const signature = JSON.stringify([s.me, s.channels, s.dms, s.awaiting, s.schedules, s.digest]);
  if (signature !== app.signature) {
    app.signature = signature;
    render(s);
  }
}

function feedOptions(): FeedOptions {
  return { locale: locale(), confirmations: app.confirmations, onVote: vote, onAction: action, linkFor };
}

function render(s: LocalState): void {
  const active = document.activeElement;
  const focus = active?.getAttribute('data-focus') ?? null;
  applyTexts();
  if (!s.channels.some((c) => c.id === app.channel)) app.channel = s.channels[0]?.id ?? null;
  renderWorkspace(s, {
    ...feedOptions(),
    channel: app.channel,
    selectChannel(id) {
      app.channel = id;
      render(app.state ?? s);
    },
    postNow,
  });
  commands.renderShortcuts(s);
  const again = focus ? focusKey(focus) : null;
  if (again && again !== document.activeElement) again.focus();
}

function linkFor(action: Button): string | null {
  if (action.actionId === ACTIONS.openDashboard) {
    return `/dashboard?month=${encodeURIComponent(action.value)}&lang=${locale()}`;
  }
  // The results post is in the same channel's feed: its value is that post's feed id.
  if (action.actionId === ACTIONS.openResults) return `#${entryAnchor(action.value)}`;
  return action.url ? safeUrl(action.url) : null;
}

// --- what people do ---

async function vote(block: ScaleBlock, value: ScaleValue, node: HTMLButtonElement): Promise<void> {
  for (const option of node.parentElement?.querySelectorAll('.scale-option') ?? []) {
    option.setAttribute('aria-pressed', option === node ? 'true' : 'false');
  }
  const body = { as: app.as, pulseId: block.pulseId, questionId: block.questionId, value };
  const result = await api<{ confirmation: Message }>('POST', '/vote', body);
  if (!failed(result)) {
    app.confirmations[block.pulseId] = result.data.confirmation;
    toast(result.data.confirmation.fallbackText);
  }
  app.signature = '';
  await load();
}

const serverActions: ReadonlySet<string> = new Set(SERVER_ACTIONS);

function action(button: Button, node: HTMLButtonElement): void {
  // A command's button: answered as the typed command, drawn under the command box with its buttons.
  if (button.actionId === ACTIONS.command) return void commands.click(button.value, node);
  const kind = (FORM_ACTIONS as Partial<Record<string, FormKind>>)[button.actionId];
  if (kind)
    return void openForm(kind, kind === 'reflection' || kind === 'learning' ? button.value : '', node);
  if (!serverActions.has(button.actionId)) return void toast(tr('local.error.unknownAction'), true);
  // The server answers as Slack and Teams do: with a form to open or a message.
  node.disabled = true;
  void openForm.fromAction(button.actionId, button.value, node).finally(() => {
    node.disabled = false;
  });
}

function postNow(scheduleId: string, node: HTMLButtonElement, force = false): void {
  node.disabled = true;
  type Posted = Reply & { error?: string };
  void api<Posted>('POST', '/post-now', { as: app.as, scheduleId, force }).then((result) => {
    node.disabled = false;
    if (result.data.error === 'pulse_open') {
      // Slack and Teams say "type `post … force`"; here the same choice is one more click.
      const again = button({ className: 'button danger', text: tr('local.postNow.force') }, (b) =>
        postNow(scheduleId, b, true),
      );
      commands.show(commands.textMessage(result.data.message), [again]);
      again.focus();
    } else if (!failed(result)) toast(result.data.message);
    refreshSoon();
  });
}

function changeSettings(body: { locale?: string; paused?: boolean }): void {
  void api<Reply>('POST', '/settings', { ...body, as: app.as }).then((result) => {
    if (!failed(result)) toast(result.data.message);
    app.signature = '';
    void load();
  });
}

// --- start ---

const openForm = createForms({
  as: () => app.as,
  busy: app.busy,
  api,
  failed,
  toast,
  refreshSoon,
});
const commands = createCommandBox({
  as: () => app.as,
  api,
  handlers: feedOptions,
  showForm: openForm.show,
  forget,
  refreshSoon,
});
byId('switch-person').addEventListener('click', forget);
byId<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  changeSettings({ locale: (event.target as HTMLSelectElement).value });
});
byId<HTMLInputElement>('pause').addEventListener('change', (event) => {
  changeSettings({ paused: (event.target as HTMLInputElement).checked });
});
byId('share-story').addEventListener('click', (event) => {
  void openForm('story', '', event.currentTarget as HTMLElement);
});
byId('share-nomination').addEventListener('click', (event) => {
  void openForm('nomination', '', event.currentTarget as HTMLElement);
});

setInterval(() => {
  if (app.as && !app.busy.value && !document.hidden) void load();
}, POLL_MS);

const fromUrl = new URLSearchParams(location.search).get('as');
let stored: string | null = null;
try {
  stored = localStorage.getItem(STORAGE);
} catch {
  // Private mode: nothing stored.
}
applyTexts();
if (fromUrl || stored) choose(fromUrl || stored || '');
else showPicker(boot.people);
