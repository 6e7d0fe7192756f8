import type { Platform } from './vocabulary.js';

/**
 * What a chat platform can do, as its adapter declares it (src/slack, src/teams, src/local
 * `capabilities.ts`): the core asks these, never which platform a target is on.
 */
export interface PlatformCapabilities {
  /** People can answer a channel post in a thread under it. */
  threads: boolean;
  /** How people show they like a shared story: an emoji reaction, a button on the post, or neither. */
  storyReaction: 'emoji' | 'button' | 'none';
  /** A post can link to another by its address, so a post that links waits for the other to be sent. */
  permalinks: boolean;
  /**
   * What people call their accounts here ("Slack", "Teams"), where the accounts can carry the e-mail
   * address roles are given by; null where they never do (the demo's people).
   */
  accounts: string | null;
}

export type Capabilities = Record<Platform, PlatformCapabilities>;
