import { ACTIONS, type ActionId } from '../core/message.js';

/** Buttons that open one of the page's forms (`GET /local/api/form`), by the form's kind. */
export const FORM_ACTIONS = {
  [ACTIONS.openReflection]: 'reflection',
  [ACTIONS.openLearning]: 'learning',
  [ACTIONS.openStory]: 'story',
  [ACTIONS.openNomination]: 'nomination',
} as const satisfies Partial<Record<ActionId, string>>;

/**
 * Buttons the server answers (`POST /local/api/action`) with the same core use case as Slack and
 * Teams: a message, or a form to open. Shared by the API's schema and the page's script.
 */
export const SERVER_ACTIONS = [
  ACTIONS.consentAccept,
  ACTIONS.consentDecline,
  ACTIONS.recognise,
  ACTIONS.checkBackDone,
  ACTIONS.checkBackNotYet,
  ACTIONS.checkBackDropped,
  ACTIONS.openCheckBackLearned,
  ACTIONS.kaffeMet,
  ACTIONS.kaffeNotMet,
  ACTIONS.storyClap,
  ACTIONS.openComment,
  ACTIONS.openCommentReply,
  ACTIONS.endComment,
  ACTIONS.command,
] as const satisfies readonly ActionId[];

/** Buttons the page draws as links (the dashboard, the results post further down the channel). */
export const LINK_ACTIONS = [
  ACTIONS.openDashboard,
  ACTIONS.openResults,
] as const satisfies readonly ActionId[];
