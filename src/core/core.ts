// What a chat platform's adapter (src/slack, src/teams, src/local) may ask of the core, and nothing
// more: tests/architecture/core-boundary.test.ts fails on any adapter use outside this interface.
import type { NominationService } from './content/nomination-service.js';
import type { StoryReactions } from './content/story-reactions.js';
import type { Conversation } from './conversation/index.js';
import type { DashboardLinkParams } from './digest/dashboard-link.js';
import type { Digest } from './digest/digest.js';
import type { DigestService } from './digest/digest-service.js';
import type { MessageKey } from './i18n/translate.js';
import type { Message } from './message.js';
import type { Actor, People } from './people.js';
import type { FeedEntry } from './ports.js';
import type { Nomination, Person, Story, Target } from './records.js';
import type { TeamsConversationBook } from './teams-ports.js';
import type { DashboardReader } from './views/dashboard-view.js';
import type { Locale } from './vocabulary.js';

/** The settings a person changes, their roles, and registering them when a platform first shows them. */
export type PeopleUseCases = Pick<
  People,
  | 'ensure'
  | 'get'
  | 'list'
  | 'localeOf'
  | 'setLocale'
  | 'setPaused'
  | 'chooseSector'
  | 'roles'
  | 'isLeadOrAdmin'
  | 'mayRecognise'
  | 'rolesByEmailUnmatched'
>;

/** One person's App Home, read in one go: no write, no personal-data export. */
export interface HomeView {
  person: Person;
  locale: Locale;
  timeZone: string;
  /** The person's own signed dashboard link (last month). */
  dashboardUrl: string;
  stories: Story[];
  /** Their nominations as they may see them (a declined one is the nominee's alone). */
  nominations: Nomination[];
  /** Known names of the nominees listed, by person key. */
  names: Map<string, string>;
  /** Managers, leads and admins: accepted nominations they can recognise. */
  awaiting?: Nomination[];
  /** Their nominations whose consent request could not be delivered, with the error code. */
  undelivered?: { nominationId: string; code: string }[];
  /** Leads and admins: deliveries that failed for good, one line each (as `deliveries` says them). */
  failed?: string[];
}

/** One post as the viewer sees it: re-rendered in their language, their own pulse answers marked. */
export interface FeedItem {
  id: number;
  createdAt: string;
  message: Message;
  /** Set for pulse posts: whether answers can still be given or changed. */
  pulse?: { id: string; open: boolean };
}

/** A local channel's posts, or one person's direct messages. */
export type FeedPlace = { channel: string } | { dmUser: string };

/**
 * Inbound platform events handled once, whichever process a retry reaches: Slack event and view
 * ids by key, Teams activities with the answer given the first time.
 */
export interface InboundDedupe {
  /** True the first time a key is seen (it is remembered now), false when it was handled before. */
  firstTime(key: string): Promise<boolean>;
  seen(key: string): Promise<boolean>;
  /** A Teams activity: fresh, or handled before with what was answered then. Old ids are let go. */
  activity(id: string): Promise<{ fresh: true } | { fresh: false; previousResponse: unknown }>;
  keepAnswer(id: string, answer: unknown): Promise<void>;
}

/** The local platform's delivery into its feed (the local gateway). */
export interface LocalFeedBook {
  append(target: Target, idempotencyKey: string, message: Message, at: string): Promise<FeedEntry>;
  replace(id: number, message: Message): Promise<boolean>;
}

/** The conversation facade, a few view queries and the platforms' own bookkeeping. */
export interface Core {
  /** Every command, click, vote and form submission, the same on every platform. */
  conversation: Conversation;
  people: PeopleUseCases;
  /** App Home; undefined for a person not met yet. */
  home(actor: Actor): Promise<HomeView | undefined>;
  /** A local channel or DM feed as the viewer sees it, newest first. */
  feed(viewer: Actor, place: FeedPlace, limit: number): Promise<FeedItem[]>;
  /** A month's digest as its reader may see it (a channel's link: only what a channel may). */
  dashboard(month: string, reader: DashboardReader): Promise<Digest>;
  nominations: Pick<NominationService, 'awaitingRecognition' | 'registerBot'>;
  /** Reactions on posted stories (Slack emoji), counted as distinct people. */
  storyReactions: Pick<StoryReactions, 'reacted'>;
  digests: Pick<DigestService, 'dashboardUrl'>;
  /** Signs a dashboard link for one person (a lead opening the Teams tab). */
  signDashboardLink(subject: string, expiresAt: Date): DashboardLinkParams;
  deliveries: {
    /**
     * A short text to one person, once ever (its dedupe key), in their language when it is sent;
     * with `menu`, the help's buttons under it (a welcome that needs no typing).
     */
    noticeOnce(
      target: Target,
      dedupeKey: string,
      textKey: MessageKey,
      params: Record<string, string | number>,
      options?: { menu?: boolean },
    ): Promise<boolean>;
  };
  inbound: InboundDedupe;
  /** Teams conversation references, for proactive posts. */
  teamsConversations: TeamsConversationBook;
  localFeed: LocalFeedBook;
}
