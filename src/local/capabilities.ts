import type { PlatformCapabilities } from '../core/capabilities.js';

export const LOCAL_CAPABILITIES: PlatformCapabilities = {
  threads: false,
  storyReaction: 'button',
  permalinks: false,
  accounts: null,
};
