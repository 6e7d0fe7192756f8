// What each dialect's store implements underneath the sealing layer. It stores what it is given: the
// sealing layer hands it tokens and sealed values only, and the few methods that must find a person by
// more than one token take them ready-made.
import type {
  ContentRepository,
  OutboxRepository,
  PeopleRepository,
  Repositories,
  TransactionOptions,
} from '../../core/ports.js';
import type { Platform } from '../../core/vocabulary.js';

/** One person's tokens in the tables of attributed content (each table seals with keys of its own). */
export interface ContentTokens {
  stories: string;
  reflections: string;
  nominations: string;
}

/** What is erased with a person besides their row: direct messages to them, their personal Teams chat. */
export interface AddressedTo {
  deliveryIds: readonly number[];
  teamsUser: string | null;
}

export interface DirectMessageRow {
  id: number;
  dedupeKey: string;
  platform: Platform;
  targetId: string;
}

export type InnerRepositories = Omit<Repositories, 'people' | 'content' | 'outbox'> & {
  people: Omit<PeopleRepository, 'delete'> & { delete(key: string, addressed: AddressedTo): Promise<void> };
  content: Omit<ContentRepository, 'forget'> & { forget(tokens: ContentTokens): Promise<number> };
  outbox: OutboxRepository & {
    /** Every queued or sent direct message (for erasing one person's: their targets are sealed per row). */
    directMessages(): Promise<DirectMessageRow[]>;
  };
};

export interface InnerStore extends InnerRepositories {
  transaction<T>(body: (tx: InnerRepositories) => Promise<T>, options?: TransactionOptions): Promise<T>;
}
