import type { SealPurpose } from './sealer.js';

/**
 * Every column of every table, classified. A person is named at rest only in sealed form:
 * - `anonymous`: about people, naming none of them (pseudonyms, sectors, counts, anonymous texts);
 * - `sealed`: names a person, stored only as a token or authenticated encryption (how: `form`);
 * - `public`: content its author chose to share (a story, a recognised team), stored as written;
 * - `operational`: no person in it (ids, times, states, platform names).
 * `tests/privacy/column-classes.test.ts` fails on a column of either schema that is missing here.
 */
export type ColumnClass =
  | { class: 'anonymous' | 'public' | 'operational' }
  | { class: 'sealed'; purpose: SealPurpose; form: SealedForm };

/**
 * `person`: a person key, `platform:` and a token; `token`: a looked-up value, deterministic; `text`
 * and `json`: read back only, randomized; `dm-target`: a direct message's target, a token bound to its
 * dedupe key; `notice-params`: the parameters of a notice payload.
 */
export type SealedForm = 'person' | 'token' | 'text' | 'json' | 'dm-target' | 'notice-params';

const anonymous = { class: 'anonymous' } as const;
const pub = { class: 'public' } as const;
const op = { class: 'operational' } as const;
const sealed = (purpose: SealPurpose, form: SealedForm) => ({ class: 'sealed', purpose, form }) as const;

export const COLUMN_CLASSES: Record<string, Record<string, ColumnClass>> = {
  people: {
    key: sealed('person', 'person'),
    platform: op,
    user_id: sealed('person', 'person'),
    display_name: sealed('people.name', 'text'),
    email: sealed('people.email', 'text'),
    sector: anonymous,
    locale: op,
    paused: op,
    created_at: op,
  },
  pulse_participation: { pulse_id: op, person_key: sealed('person', 'person'), answered_at: op },
  pulse_answers: {
    pulse_id: op,
    question_id: op,
    pseudonym: anonymous,
    value: anonymous,
    comment: anonymous,
    sector: anonymous,
    answered_at: op,
  },
  pulse_respondents: { pulse_id: op, sector: anonymous, respondents: anonymous, first_in_month: anonymous },
  pulses: { id: op, occurrence_key: op, question_ids: op, opens_at: op, closes_at: op, closed_at: op },
  // The coordinator's signed national and KOSTRA-group figures: aggregates of municipalities, no person.
  benchmarks: { month: op, body: anonymous, imported_at: op },
  pulse_results: { pulse_id: op, due_at: op, note: pub, noted_at: op, shared_at: op },
  monthly_aggregates: {
    month: op,
    question_id: op,
    sector: anonymous,
    n: anonymous,
    sum: anonymous,
    counts: anonymous,
  },
  deliveries: {
    id: op,
    dedupe_key: op,
    target_platform: op,
    target_kind: op,
    target_id: sealed('deliveries.target', 'dm-target'),
    payload: sealed('deliveries.params', 'notice-params'),
    status: op,
    attempts: op,
    next_attempt_at: op,
    lease_until: op,
    lease_owner: op,
    dispatched_at: op,
    last_error: op,
    message_ref: sealed('deliveries.message', 'token'),
    created_at: op,
    sent_at: op,
    audience: anonymous,
  },
  feed_entries: {
    id: op,
    target_platform: op,
    target_kind: op,
    target_id: sealed('feed.target', 'dm-target'),
    idempotency_key: op,
    message: sealed('feed.message', 'json'),
    created_at: op,
  },
  teams_conversations: {
    conversation_id: sealed('teams.conversation', 'token'),
    conversation_type: op,
    tenant_id: op,
    service_url: op,
    bot_id: op,
    user_aad_object_id: sealed('teams.user', 'token'),
    user_id: sealed('teams.user', 'token'),
    removed_at: op,
    created_at: op,
    updated_at: op,
  },
  teams_activities: {
    activity_id: op,
    response: sealed('teams.activity', 'json'),
    received_at: op,
    received_at_ms: op,
  },
  inbound_events: { key: op, received_at: op },
  nominations: {
    id: op,
    nominator_key: sealed('nominations', 'person'),
    nominee_kind: op,
    nominee_key: sealed('nominations', 'person'),
    team_name: pub,
    dimension: op,
    reason: sealed('nominations.reason', 'text'),
    sectors: anonymous,
    status: op,
    recognised_by_key: sealed('nominations', 'person'),
    created_at: op,
    decided_at: op,
  },
  stories: {
    id: op,
    author_key: sealed('stories.author', 'person'),
    title: pub,
    what_changed: pub,
    who_benefits: pub,
    in_use: pub,
    can_spread: pub,
    sectors: pub,
    learned: pub,
    next_step_owner: pub,
    phase: pub,
    dimension: pub,
    reactions: anonymous,
    created_at: op,
  },
  story_reactions: { story_id: op, reactor: anonymous, reaction: anonymous, created_at: op },
  reflections: {
    id: op,
    occurrence_key: op,
    question_id: op,
    kind: op,
    author_key: sealed('reflections.author', 'person'),
    text: anonymous,
    try_next: anonymous,
    next_step_owner: sealed('owner-text', 'text'),
    next_step_done_at: op,
    sector: anonymous,
    created_at: op,
  },
  next_steps: {
    reflection_id: op,
    owner_key: sealed('next-steps.owner', 'person'),
    text: anonymous,
    owner_text: sealed('owner-text', 'text'),
    due_on: op,
    reminded_at: op,
    outcome: anonymous,
    learned: anonymous,
    answered_at: op,
    created_at: op,
  },
  kaffe_members: { person_key: sealed('kaffe', 'person'), joined_at: op, skip_next: op },
  kaffe_pairs: {
    id: op,
    round: op,
    platform: op,
    a_key: sealed('kaffe', 'person'),
    b_key: sealed('kaffe', 'person'),
    a_sector: anonymous,
    b_sector: anonymous,
    a_met: anonymous,
    b_met: anonymous,
    created_at: op,
  },
  comment_threads: {
    id: op,
    pulse_id: op,
    question_id: op,
    text: anonymous,
    created_on: op,
    hidden: op,
    ended: op,
  },
  comment_messages: {
    id: op,
    thread_id: op,
    side: op,
    lead_key: sealed('comments.lead', 'person'),
    text: anonymous,
    at: op,
  },
  comment_contacts: { thread_id: op, person_key: sealed('comments.contact', 'person') },
  comment_authors: { pulse_id: op, question_id: op, author_hash: anonymous },
  audit_log: {
    id: op,
    at: op,
    actor_key: sealed('audit.actor', 'person'),
    action: op,
    details: sealed('audit.details', 'json'),
  },
  occurrences: {
    key: op,
    schedule_id: op,
    kind: op,
    scheduled_for: op,
    status: op,
    reason: op,
    created_at: op,
  },
  schedule_state: { schedule_id: op, watermark: op },
  duty_leases: { name: op, owner: op, lease_until: op, token: op },
  storage_meta: { key: op, value: op },
};
