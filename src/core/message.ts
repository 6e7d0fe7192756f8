// The neutral message model: what to show, never how. Slack, Teams and the local page each render it.
import type { ScaleValue } from './vocabulary.js';

/** Action ids shared by every renderer and parser. */
export const ACTIONS = {
  pulseVote: 'kp_pulse_vote',
  openReflection: 'kp_open_reflection',
  openLearning: 'kp_open_learning',
  openStory: 'kp_open_story',
  openNomination: 'kp_open_nomination',
  consentAccept: 'kp_consent_accept',
  consentDecline: 'kp_consent_decline',
  recognise: 'kp_recognise',
  openDashboard: 'kp_open_dashboard',
  checkBackDone: 'kp_checkback_done',
  checkBackNotYet: 'kp_checkback_not_yet',
  checkBackDropped: 'kp_checkback_dropped',
  openCheckBackLearned: 'kp_open_checkback_learned',
  kaffeMet: 'kp_kaffe_met',
  kaffeNotMet: 'kp_kaffe_not_met',
  openComment: 'kp_open_comment',
  openCommentReply: 'kp_open_comment_reply',
  endComment: 'kp_comment_end',
  /** A link from a closed pulse to its results post (Slack: a permalink, resolved when updating). */
  openResults: 'kp_open_results',
  /** 👏 on a shared story (the local page; Slack counts emoji reactions instead). */
  storyClap: 'kp_story_clap',
  /**
   * A command from the help as a button: the value is the command's words, run exactly as if the
   * person had typed them (nothing a button carries is more than they may type).
   */
  command: 'kp_command',
} as const;
export type ActionId = (typeof ACTIONS)[keyof typeof ACTIONS];

/** Form ids (Slack modal callback_id, Teams card verb, local form id). */
export const FORMS = {
  reflection: 'kp_form_reflection',
  learning: 'kp_form_learning',
  story: 'kp_form_story',
  nomination: 'kp_form_nomination',
  checkBackLearned: 'kp_form_checkback_learned',
  comment: 'kp_form_comment',
  commentReply: 'kp_form_comment_reply',
  /** A lead's "Dette gjør vi med det" sentence, shared with a closed pulse's results. */
  resultsNote: 'kp_form_results_note',
} as const;
export type FormId = (typeof FORMS)[keyof typeof FORMS];

export interface Button {
  actionId: ActionId;
  label: string;
  /** Opaque value handed back with the action (e.g. a question or nomination id). */
  value: string;
  style?: 'primary' | 'danger';
  /** A link button instead of an action. */
  url?: string;
}

export interface ScaleOption {
  value: ScaleValue;
  label: string;
}

export type Block =
  | { type: 'heading'; text: string }
  /** Plain text; renderers escape it. Paragraphs are separated by blank lines. */
  | { type: 'text'; text: string }
  /** Small print: privacy notes, "answer can be changed until …". */
  | { type: 'context'; text: string }
  | { type: 'divider' }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  /** One pulse statement with a five-point scale; one click answers. */
  | {
      type: 'scale';
      pulseId: string;
      questionId: string;
      statement: string;
      options: ScaleOption[];
      /** The viewer's current answer, when the message is rendered for one person. */
      selected?: ScaleValue;
    }
  | { type: 'actions'; buttons: Button[] };

/** A person a message names; platforms that can turn the name into a mention (`@Kari`) do. */
export interface Mention {
  /** The person key (`slack:U…`, `teams:<Entra object id>`). */
  key: string;
  name: string;
}

export interface Message {
  /** Notification / screen-reader / fallback text. */
  fallbackText: string;
  blocks: Block[];
  mentions?: Mention[];
}

export type FieldKind = 'text' | 'textarea' | 'select' | 'multiselect' | 'checkbox' | 'person';

export interface FormField {
  id: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  hint?: string;
  options?: { value: string; label: string }[];
  /**
   * Required only while another field has this value (a person's name when nominating a person);
   * a renderer that can follow the other field says so, the others show the field as optional.
   */
  requiredWhen?: { field: string; value: string };
  /** Prefill (a shared message, or what the person typed before an error). */
  initial?: string | string[] | boolean;
}

export interface Form {
  id: FormId;
  title: string;
  submitLabel: string;
  intro?: string;
  fields: FormField[];
  /** Round-tripped untouched (e.g. the question id being answered). */
  context: Record<string, string>;
  /**
   * A way back without submitting, to the person's own view of this pulse: where the form takes the
   * place of that view (a Teams card), it is offered; a modal or a page form just closes.
   */
  back?: { label: string; pulseId: string };
}

export type FormValues = Record<string, string | string[] | boolean | undefined>;

/** Result of a form submission: either done (with a confirmation) or field errors, input kept. */
export type FormResult =
  | { ok: true; confirmation: Message }
  | { ok: false; errors: Record<string, string>; form: Form };
