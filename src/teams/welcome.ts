import type { Core } from '../core/core.js';
import type { Settings } from '../core/settings.js';
import type { InboundActivity } from './parse.js';

/**
 * Whether an activity is a person getting Kulturpuls in their personal chat: the app installed for
 * them (`installationUpdate`, action `add`) or the bot added to the chat (`conversationUpdate` with
 * the bot among `membersAdded`). Teams sends both for one install; the welcome goes out once.
 */
export function personalChatOpened(activity: InboundActivity): boolean {
  const bot = activity.recipient?.id;
  const person = activity.from?.id;
  if (!bot || !person || person === bot) return false;
  if (activity.type === 'installationUpdate') return activity.action === 'add';
  return activity.type === 'conversationUpdate' && Boolean(activity.membersAdded?.some((m) => m.id === bot));
}

/**
 * The personal chat's first card, without typing: the welcome and the help's buttons (for the roles
 * the person has when it is sent), queued once per person under the Slack onboarding DM's dedupe key.
 */
export const welcomeOnce =
  (core: Pick<Core, 'deliveries'>, settings: Settings) =>
  async (userId: string): Promise<void> => {
    const params = { organisation: settings.organisation, min: settings.privacy.minGroupSize };
    const target = { platform: 'teams' as const, kind: 'dm' as const, id: userId };
    await core.deliveries.noticeOnce(target, 'onboarding', 'teams.welcome', params, { menu: true });
  };
