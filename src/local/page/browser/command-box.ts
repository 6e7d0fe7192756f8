import { localShortcuts } from '../../../core/conversation/help-commands.js';
import { ACTIONS, type Form, type Message } from '../../../core/message.js';
import type { LocalState } from '../../local-state.js';
import type { ApiResult } from './client.js';
import { button, byId, el } from './dom.js';
import { type MessageHandlers, renderMessage } from './render-message.js';
import { tr } from './texts.js';

// Browser code: the command box. What is typed goes to the same parser as a Slack or Teams message,
// and the answer is drawn below it as the neutral message, its buttons working like any other.

interface CommandAnswer {
  ok?: boolean;
  error?: string;
  /** The answer's text (the only part of a refusal). */
  message?: string;
  reply?: { kind: 'message'; message: Message };
  form?: Form;
}

export interface CommandBoxContext {
  as(): string | null;
  api<T>(method: 'GET' | 'POST', path: string, body?: object): Promise<ApiResult<T>>;
  handlers(): MessageHandlers;
  showForm(form: Form, opener: HTMLElement | null): void;
  forget(): void;
  refreshSoon(): void;
}

const textMessage = (text: string): Message => ({ fallbackText: text, blocks: [{ type: 'text', text }] });

export function createCommandBox(ctx: CommandBoxContext) {
  const input = byId<HTMLInputElement>('command-input');
  const send = byId<HTMLButtonElement>('command-send');
  const answer = byId('command-answer');

  /** Draws an answer under the box; `extra` are the page's own controls that go with it. */
  function show(message: Message, extra: HTMLElement[] = []): void {
    answer.textContent = '';
    answer.appendChild(renderMessage(message, { ...ctx.handlers(), keyPrefix: 'answer' }));
    for (const node of extra) answer.appendChild(node);
  }

  /** What is typed, or a command's button (the same use case): the answer is drawn under the box. */
  async function ask(path: '/command' | '/action', body: object, opener: HTMLElement): Promise<void> {
    send.disabled = true;
    const result = await ctx.api<CommandAnswer>('POST', path, { as: ctx.as(), ...body });
    send.disabled = false;
    // Unreachable: the client has already said so.
    if (result.status === 0) return;
    const data = result.data;
    if (data.error === 'unknown_person') return ctx.forget();
    if (data.form) return ctx.showForm(data.form, opener);
    show(data.reply?.message ?? textMessage(data.message || tr('error.tryAgain')));
    ctx.refreshSoon();
  }

  const run = (text: string, opener: HTMLElement) => ask('/command', { text }, opener);
  const click = (value: string, opener: HTMLElement) =>
    ask('/action', { actionId: ACTIONS.command, value }, opener);

  function useShortcut(command: string, fill: boolean, node: HTMLButtonElement): void {
    input.value = fill ? `${command} ` : command;
    if (!fill) return void run(command, node);
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }

  function renderShortcuts(s: LocalState): void {
    const list = byId('shortcuts');
    list.textContent = '';
    // One click per feature Slack and Teams offer only as a command, as far as this person may use it.
    const who = { manager: s.me.mayRecognise, lead: s.me.mayPostNow, admin: s.me.roles.includes('admin') };
    for (const { key, fill } of localShortcuts(who)) {
      const command = tr(`local.shortcut.${key}.command`);
      const props = { className: 'button quiet', 'data-shortcut': key, 'data-focus': `shortcut:${key}` };
      list.appendChild(
        el('li', null, [
          button({ ...props, text: tr(`local.shortcut.${key}`) }, (node) =>
            useShortcut(command, !!fill, node),
          ),
          el('code', { text: fill ? `${command} …` : command }),
        ]),
      );
    }
  }

  byId('command-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value, send);
  });

  return { show, textMessage, renderShortcuts, click };
}
