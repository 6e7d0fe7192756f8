// Every chat command and its words in bokmål, nynorsk and English: one parser for Slack, Teams and the local page.
import { MONTH_PATTERN } from '../time.js';
import { LOCALES, type Locale } from '../vocabulary.js';

export type ChatCommand =
  | { kind: 'help' }
  | { kind: 'story'; prefill: string | undefined }
  | { kind: 'nominate' }
  | { kind: 'pulse' }
  | { kind: 'lang'; locale: Locale | undefined }
  | { kind: 'sector'; sectorId: string | undefined }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'mydata' }
  | { kind: 'forget'; code: string | undefined }
  | { kind: 'recognise' }
  | { kind: 'post'; scheduleId: string | undefined; force: boolean }
  | { kind: 'digest'; month: string | undefined; valid: boolean }
  /** A closed pulse's results (the last one unless named), or a lead's sentence to share with them. */
  | { kind: 'results'; pulseId: string | undefined; note: string | undefined }
  /** Leads: learning-loop next steps past their due date. */
  | { kind: 'nextsteps' }
  /** Kaffe på tvers: join, leave or skip the next round; no word shows whether one is in. */
  | { kind: 'kaffe'; action: KaffeAction | undefined }
  /** Leads: the anonymous comments of the last closed (or named) pulse. */
  | { kind: 'comments'; pulseId: string | undefined }
  /** Either side of an anonymous comment thread: reply, or end it; leads: hide the comment. */
  | { kind: 'reply'; threadId: string | undefined; text: string }
  | { kind: 'hide'; threadId: string | undefined }
  | { kind: 'end'; threadId: string | undefined }
  /** Admins: deliveries that failed for good, and consent requests that never reached the nominee. */
  | { kind: 'deliveries' }
  | { kind: 'unknown'; word: string };

export type KaffeAction = 'join' | 'leave' | 'skip';

export type CommandKind = Exclude<ChatCommand['kind'], 'unknown' | 'forget'>;

/** What people may type, per command: the English name first (it works in every language), then nb and nn. */
export const COMMAND_WORDS: Record<CommandKind, readonly string[]> = {
  help: ['help', 'hjelp'],
  story: ['story', 'historie', 'forteljing', 'soge'],
  nominate: ['nominate', 'nominer'],
  pulse: ['pulse', 'puls', 'pulsmåling'],
  lang: ['lang', 'language', 'språk', 'sprak', 'mål'],
  sector: ['sector', 'sektor'],
  pause: ['pause'],
  resume: ['resume', 'fortsett', 'fortset'],
  mydata: ['mydata', 'mine-data', 'minedata'],
  recognise: ['recognise', 'recognize', 'anerkjenn'],
  post: ['post', 'publiser'],
  digest: ['digest', 'oppsummering'],
  results: ['results', 'resultat', 'resultater'],
  nextsteps: ['nextsteps', 'nestesteg', 'neste-steg'],
  kaffe: ['kaffe', 'coffee', 'kaffi'],
  comments: ['comments', 'kommentarer', 'kommentarar'],
  reply: ['reply', 'svar'],
  hide: ['hide', 'skjul'],
  end: ['end', 'avslutt'],
  deliveries: ['deliveries', 'leveringer', 'leveringar', 'leveranser', 'leveransar'],
};

const KAFFE_WORDS: Record<string, KaffeAction> = {
  join: 'join',
  'bli-med': 'join',
  start: 'join',
  leave: 'leave',
  'meld-ut': 'leave',
  slutt: 'leave',
  stopp: 'leave',
  skip: 'skip',
  'stå-over': 'skip',
  hopp: 'skip',
};

/** `mydata forget` (or `slett`, `glem`, `gløym`) asks to erase everything stored about the person. */
const FORGET_WORDS = ['forget', 'slett', 'glem', 'gløym'];
const FORCE_WORDS = ['force', '--force', 'tving'];
const NOTE_WORDS = ['note', 'notat', 'merknad'];
const isPulseId = (word: string | undefined) => word?.startsWith('pulse_') ?? false;

const BY_WORD = new Map<string, CommandKind>(
  (Object.entries(COMMAND_WORDS) as [CommandKind, readonly string[]][]).flatMap(([kind, words]) =>
    words.map((word) => [word, kind] as const),
  ),
);

/**
 * Texts tell people to type `/kulturpuls …`. Slack takes the slash command away; in Teams, on the local
 * page and in a thread, the same words may arrive with it, so a leading `kulturpuls` is not a command.
 */
const BOT_NAME = /^\/*kulturpuls(?:\s+|$)/i;

export function parseCommand(text: string | undefined): ChatCommand {
  const trimmed = (text ?? '').trim().replace(BOT_NAME, '');
  const [first = '', second, third] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  if (word === '') return { kind: 'help' };
  const kind = BY_WORD.get(word);
  switch (kind) {
    case undefined:
      return { kind: 'unknown', word: first.slice(0, 40) };
    case 'story':
      return { kind, prefill: trimmed.slice(first.length).trim() || undefined };
    case 'lang': {
      const locale = second?.toLowerCase();
      return { kind, locale: LOCALES.includes(locale as Locale) ? (locale as Locale) : undefined };
    }
    case 'sector':
      return { kind, sectorId: second };
    case 'mydata':
      return FORGET_WORDS.includes(second?.toLowerCase() ?? '') ? { kind: 'forget', code: third } : { kind };
    case 'post':
      return { kind, scheduleId: second, force: FORCE_WORDS.includes(third?.toLowerCase() ?? '') };
    case 'digest':
      return { kind, month: second, valid: second === undefined || MONTH_PATTERN.test(second) };
    case 'kaffe':
      return { kind, action: KAFFE_WORDS[second?.toLowerCase() ?? ''] };
    case 'comments':
      return { kind, pulseId: isPulseId(second) ? second : undefined };
    case 'reply':
      return { kind, threadId: second, text: /^\S+\s+\S+\s*([\s\S]*)$/.exec(trimmed)?.[1]?.trim() ?? '' };
    case 'hide':
    case 'end':
      return { kind, threadId: second };
    case 'results': {
      const rest = trimmed.split(/\s+/).slice(1);
      const noting = NOTE_WORDS.includes(rest[0]?.toLowerCase() ?? '');
      const words = noting ? rest.slice(1) : rest;
      const pulseId = isPulseId(words[0]) ? words[0] : undefined;
      const note = noting ? words.slice(pulseId ? 1 : 0).join(' ') : undefined;
      return { kind, pulseId, note };
    }
    default:
      return { kind };
  }
}
