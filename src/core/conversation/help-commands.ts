// The help's commands and who may use each: one list for the help's buttons on every platform and the
// local page's shortcuts. Browser-safe (the local page's bundle imports it): no imports.

/** The roles a person has that widen the help. */
export interface HelpAudience {
  manager: boolean;
  lead: boolean;
  admin: boolean;
}

/** Who may use a command: everyone, or a person with that role. */
export type Audience = 'everyone' | keyof HelpAudience;

export const mayUse = (who: HelpAudience, audience: Audience): boolean =>
  audience === 'everyone' || who[audience];

/**
 * One click on the local page (texts `local.shortcut.<key>` and `.command`, the words it types);
 * `fill` puts the words in the box and waits for the person's own.
 */
export interface LocalShortcut {
  key: string;
  fill?: true;
}

export interface HelpCommand {
  words: string;
  audience: Audience;
  /** Changed by command; App Home shows it as a menu instead. */
  setting?: true;
  /** A button only where asked for (App Home); the help needs no button to itself. */
  onlyAsked?: true;
  /**
   * The local page's shortcuts to it. None where the page has a control of its own (the forms, the
   * settings, a pulse in its channel, the digest, "post now", the nominations to recognise) or where
   * the help leads on (a sector); `kaffe` by its three choices, and `results` also with a lead's note.
   */
  local?: readonly LocalShortcut[];
}

const DEFINED = [
  { words: 'story', audience: 'everyone' },
  { words: 'nomination', audience: 'everyone' },
  { words: 'pulse', audience: 'everyone' },
  { words: 'lang', audience: 'everyone', setting: true },
  { words: 'sector', audience: 'everyone', setting: true },
  { words: 'pause', audience: 'everyone', setting: true },
  { words: 'resume', audience: 'everyone', setting: true },
  {
    words: 'kaffe',
    audience: 'everyone',
    local: [{ key: 'kaffeJoin' }, { key: 'kaffeSkip' }, { key: 'kaffeLeave' }],
  },
  { words: 'mydata', audience: 'everyone', local: [{ key: 'mydata' }] },
  { words: 'help', audience: 'everyone', onlyAsked: true, local: [{ key: 'help' }] },
  { words: 'recognise', audience: 'manager' },
  { words: 'post', audience: 'lead' },
  { words: 'digest', audience: 'lead' },
  { words: 'results', audience: 'lead', local: [{ key: 'results' }, { key: 'resultsNote', fill: true }] },
  { words: 'nextsteps', audience: 'lead', local: [{ key: 'nextsteps' }] },
  { words: 'comments', audience: 'lead', local: [{ key: 'comments' }] },
  { words: 'deliveries', audience: 'admin', local: [{ key: 'deliveries' }] },
] as const satisfies readonly HelpCommand[];

export type HelpWords = (typeof DEFINED)[number]['words'];

/** In the help's order. */
export const HELP_COMMANDS: readonly (HelpCommand & { words: HelpWords })[] = DEFINED;

/** The local page's shortcuts this person may use, in the help's order. */
export const localShortcuts = (who: HelpAudience): LocalShortcut[] =>
  HELP_COMMANDS.flatMap((c) => (mayUse(who, c.audience) ? (c.local ?? []) : []));
