// The visibility rule of PRIVACY.md section 3, written out by hand (not computed from the code under
// test): for each nomination state and viewer, what each kind of surface lists.
import { DIMENSION_LABELS } from '../../src/core/bank/index.js';
import type { Store } from '../../src/core/ports.js';
import type { Nomination, PersonKey } from '../../src/core/records.js';
import type { Dimension, NominationStatus } from '../../src/core/vocabulary.js';
import { buildNomination } from '../support/builders.js';

export const STATES = ['awaiting_consent', 'accepted', 'declined', 'recognised'] as const;
export const VIEWERS = ['nominee', 'nominator', 'employee', 'manager', 'lead'] as const;
export type Viewer = (typeof VIEWERS)[number];

/** "Your nominations" (Slack App Home) and the person's own data (`mydata`, the export). */
export const OWN: Record<Viewer, NominationStatus[]> = {
  nominee: ['awaiting_consent', 'accepted', 'declined', 'recognised'],
  // Declined: never shown to the nominator, not even as "awaiting".
  nominator: ['awaiting_consent', 'accepted', 'recognised'],
  employee: [],
  manager: [],
  lead: [],
};

/** The list of nominations waiting for recognition: accepted ones, for managers and leads. */
export const PENDING: Record<Viewer, NominationStatus[]> = {
  nominee: [],
  nominator: [],
  employee: [],
  manager: ['accepted'],
  lead: ['accepted'],
};

/** The digest a lead reads privately (chat DM, CLI formats, the lead's own dashboard link). */
export const LEAD_DIGEST: NominationStatus[] = ['accepted', 'recognised'];
/** The dashboard opened from a channel's digest post: the whole channel reads it. */
export const CHANNEL_DIGEST: NominationStatus[] = ['recognised'];

// A dimension and a reason of its own per state, so any text shows which nominations it names.
const DIMENSION: Record<NominationStatus, Dimension> = {
  awaiting_consent: 'humor',
  accepted: 'dynamikk',
  declined: 'lederforankring',
  recognised: 'idestotte',
};
export const reasonOf = (state: NominationStatus) => `Grunngiving-${state}-q7`;

/** The states whose nomination a text names (by its reason, or by its dimension where asked). */
export function named(text: string, options: { byDimension: boolean }): NominationStatus[] {
  return STATES.filter(
    (state) =>
      text.includes(reasonOf(state)) ||
      (options.byDimension && text.includes(DIMENSION_LABELS[DIMENSION[state]].nb)),
  );
}

export const union = (...lists: NominationStatus[][]) =>
  STATES.filter((s) => lists.some((l) => l.includes(s)));

/** One nomination in each state, all from the same nominator to the same nominee, made `at`. */
export async function seedNominations(
  store: Store,
  keys: Record<Viewer, PersonKey>,
  names: Record<Viewer, string>,
  at: Date,
  emails: Partial<Record<Viewer, string>> = {},
): Promise<Nomination[]> {
  const iso = at.toISOString();
  for (const viewer of VIEWERS)
    await store.people.upsert(
      { key: keys[viewer], displayName: names[viewer], email: emails[viewer] ?? null },
      iso,
    );
  const nominations: Nomination[] = [];
  for (const [i, state] of STATES.entries()) {
    const nomination = buildNomination({
      id: `nom-visibility-${i}`,
      nominatorKey: keys.nominator,
      nomineeKey: keys.nominee,
      dimension: DIMENSION[state],
      reason: reasonOf(state),
      status: state,
      createdAt: iso,
      decidedAt: state === 'awaiting_consent' ? null : iso,
      recognisedByKey: state === 'recognised' ? keys.manager : null,
    });
    await store.content.addNomination(nomination);
    nominations.push(nomination);
  }
  return nominations;
}
