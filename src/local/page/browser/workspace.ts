import type { LocalState } from '../../local-state.js';
import { button, byId, el } from './dom.js';
import { type FeedOptions, renderCards, renderPosts, roleNames } from './feed.js';
import { tr } from './texts.js';

// Browser code: the workspace of the person picked: who they are, channels, direct messages, side panels.

export interface WorkspaceView extends FeedOptions {
  /** The channel tab shown. */
  channel: string | null;
  selectChannel(id: string): void;
  postNow(scheduleId: string, node: HTMLButtonElement): void;
}

function renderMe(s: LocalState): void {
  byId('me-name').textContent = tr('local.signedInAs', { name: s.me.name });
  const roles = byId('me-roles');
  roles.textContent = '';
  for (const name of roleNames(s.me.roles)) roles.appendChild(el('span', { className: 'chip', text: name }));
  byId<HTMLSelectElement>('lang').value = s.me.locale;
  byId<HTMLInputElement>('pause').checked = s.me.paused;
}

function renderChannels(s: LocalState, view: WorkspaceView): void {
  const tabs = byId('tabs');
  tabs.textContent = '';
  for (const { id } of s.channels) {
    const pressed = id === view.channel ? 'true' : 'false';
    const tab = { className: 'tab', 'data-channel': id, 'data-focus': `tab:${id}`, 'aria-pressed': pressed };
    tabs.appendChild(button({ ...tab, text: `#${id}` }, () => view.selectChannel(id)));
  }
  const items = s.channels.find((c) => c.id === view.channel)?.items ?? [];
  renderPosts(byId('channel-posts'), items, 'local.channel.empty', 'ch', view);
}

function renderSide(s: LocalState, view: WorkspaceView): void {
  byId('digest-intro').textContent = tr('local.digest.intro', { month: s.digest.label });
  byId('digest-link').setAttribute('href', s.digest.url);
  byId('recognise-panel').hidden = !s.me.mayRecognise;
  renderCards(byId('awaiting'), s.awaiting, 'local.recognise.empty', view);
  byId('post-panel').hidden = !s.me.mayPostNow;
  const rows = byId('schedules');
  rows.textContent = '';
  for (const { id, label, where } of s.schedules) {
    const post = { className: 'button quiet', 'data-schedule': id, 'data-focus': `post:${id}` };
    rows.appendChild(
      el('div', { className: 'schedule-row' }, [
        el('span', null, [label, ...(where ? [el('small', { text: where })] : [])]),
        // Four "Post nå" buttons: each is named by what it posts, for those who move by buttons.
        button(
          {
            ...post,
            text: tr('local.postNow.button'),
            'aria-label': tr('local.postNow.buttonFor', { what: where ? `${label}, ${where}` : label }),
          },
          (node) => view.postNow(id, node),
        ),
      ]),
    );
  }
}

export function renderWorkspace(s: LocalState, view: WorkspaceView): void {
  byId('picker').hidden = true;
  byId('workspace').hidden = false;
  byId('me').hidden = false;
  renderMe(s);
  renderChannels(s, view);
  renderPosts(byId('dm-posts'), s.dms, 'local.dms.empty', 'dm', view);
  renderSide(s, view);
}
