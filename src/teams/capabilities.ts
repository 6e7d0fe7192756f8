import type { PlatformCapabilities } from '../core/capabilities.js';

// Channel posts of the bot are answered through its buttons; a reaction on a bot's card does not reach it.
export const TEAMS_CAPABILITIES: PlatformCapabilities = {
  threads: false,
  storyReaction: 'none',
  permalinks: false,
  accounts: 'Teams',
};
