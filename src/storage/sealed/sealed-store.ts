import type { Repositories, Store } from '../../core/ports.js';
import { oncePer } from '../once-per.js';
import type { InnerRepositories, InnerStore } from './inner-store.js';
import { sealedContent, sealedKaffe, sealedNextSteps } from './sealed-content.js';
import {
  sealedAudit,
  sealedComments,
  sealedFeed,
  sealedOutbox,
  sealedTeamsConversations,
} from './sealed-delivery.js';
import { sealedPeople, sealedPulses } from './sealed-people.js';
import { createSealer, type Sealer } from './sealer.js';

/**
 * The repositories whose tables name nobody: they pass through as they are. The list is explicit, so a
 * new repository is either sealed below or named here, where tests/privacy/unsealed-repositories.test.ts
 * checks that no table it uses has a sealed column.
 */
export const NAMING_NOBODY = [
  'schedule',
  'inbound',
  'aggregates',
  'results',
  'duties',
  'benchmarks',
] as const;
type NamingNobody = (typeof NAMING_NOBODY)[number];

/**
 * The repositories the core sees. Every value that names a person goes through here on its way in and
 * out, so the dialects below store only tokens and sealed values (each column's class is declared in
 * its table, src/storage/schema/).
 */
function sealRepositories(inner: InnerRepositories, sealer: Sealer): Repositories {
  const passThrough = Object.fromEntries(NAMING_NOBODY.map((name) => [name, inner[name]]));
  return {
    ...(passThrough as Pick<InnerRepositories, NamingNobody>),
    people: sealedPeople(inner, sealer),
    pulses: sealedPulses(inner, sealer),
    content: sealedContent(inner, sealer),
    outbox: sealedOutbox(inner, sealer),
    feed: sealedFeed(inner, sealer),
    teamsConversations: sealedTeamsConversations(inner, sealer),
    audit: sealedAudit(inner, sealer),
    nextSteps: sealedNextSteps(inner, sealer),
    kaffe: sealedKaffe(inner, sealer),
    comments: sealedComments(inner, sealer),
  };
}

/** The store the core sees: sealed outside transactions and in each transaction's handle alike. */
export function sealStore(inner: InnerStore, secret: string): Store {
  const sealer = createSealer(secret);
  // Sealed once per handle below: the dialect reuses a handle across transactions (one per connection).
  const seal = oncePer((tx: InnerRepositories) => sealRepositories(tx, sealer));
  return {
    ...sealRepositories(inner, sealer),
    transaction: (body, options) => inner.transaction((tx) => body(seal(tx)), options),
  };
}
