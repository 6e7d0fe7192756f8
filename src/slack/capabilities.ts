import type { PlatformCapabilities } from '../core/capabilities.js';

export const SLACK_CAPABILITIES: PlatformCapabilities = {
  threads: true,
  storyReaction: 'emoji',
  // chat.getPermalink
  permalinks: true,
  accounts: 'Slack',
};
