import type { Capabilities } from './core/capabilities.js';
import { LOCAL_CAPABILITIES } from './local/capabilities.js';
import { SLACK_CAPABILITIES } from './slack/capabilities.js';
import { TEAMS_CAPABILITIES } from './teams/capabilities.js';

/** Each platform's capabilities, as its adapter declares them: what the core is given. */
export const PLATFORM_CAPABILITIES: Capabilities = {
  slack: SLACK_CAPABILITIES,
  teams: TEAMS_CAPABILITIES,
  local: LOCAL_CAPABILITIES,
};
