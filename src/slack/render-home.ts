import type { types } from '@slack/bolt';
import type { Block } from '../core/message.js';
import { SLACK_LIMITS } from './limits.js';
import { type RenderOptions, renderBlocks } from './render-message.js';

/**
 * App Home tab (`views.publish`): up to 100 blocks. `settings` (Slack's own menus) go right under the
 * heading, the first block.
 */
export function renderHome(
  blocks: Block[],
  options: RenderOptions,
  settings: types.KnownBlock[] = [],
): types.HomeView {
  const [heading, ...rest] = renderBlocks(blocks, options, SLACK_LIMITS.blocksPerView - settings.length);
  return { type: 'home', blocks: heading ? [heading, ...settings, ...rest] : settings };
}

/** A modal that replaces a submitted form with the core's confirmation (`response_action: update`). */
export function renderConfirmationModal(
  title: string,
  close: string,
  blocks: Block[],
  options: RenderOptions,
): types.ModalView {
  const cut = (text: string, max: number) =>
    [...text].length <= max ? text : `${[...text].slice(0, max - 1).join('')}…`;
  return {
    type: 'modal',
    title: { type: 'plain_text', text: cut(title, SLACK_LIMITS.viewTitle) },
    close: { type: 'plain_text', text: cut(close, SLACK_LIMITS.viewClose) },
    blocks: renderBlocks(blocks, options, SLACK_LIMITS.blocksPerView),
  };
}
