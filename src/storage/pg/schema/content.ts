import { boolean, index, integer, json, pgTable, text } from 'drizzle-orm/pg-core';
import {
  DIMENSIONS,
  NOMINATION_STATUSES,
  NOMINEE_KINDS,
  OCCURRENCE_STATUSES,
  SCHEDULE_KINDS,
  STORY_PHASES,
} from '../../../core/vocabulary.js';
import { CHECK_BACK_OUTCOMES } from '../../schema/next-steps.js';
import { REFLECTION_KINDS } from '../../schema/reflections.js';

export const occurrences = pgTable(
  'occurrences',
  {
    key: text('key').primaryKey(),
    scheduleId: text('schedule_id').notNull(),
    kind: text('kind', { enum: SCHEDULE_KINDS }).notNull(),
    scheduledFor: text('scheduled_for').notNull(),
    status: text('status', { enum: OCCURRENCE_STATUSES }).notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('occurrences_schedule_idx').on(t.scheduleId, t.scheduledFor)],
);

export const scheduleState = pgTable('schedule_state', {
  scheduleId: text('schedule_id').primaryKey(),
  watermark: text('watermark').notNull(),
});

export const reflections = pgTable(
  'reflections',
  {
    id: text('id').primaryKey(),
    occurrenceKey: text('occurrence_key'),
    questionId: text('question_id').notNull(),
    kind: text('kind', { enum: REFLECTION_KINDS }).notNull(),
    authorKey: text('author_key'),
    text: text('text').notNull(),
    tryNext: text('try_next'),
    nextStepOwner: text('next_step_owner'),
    nextStepDoneAt: text('next_step_done_at'),
    sector: text('sector'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    index('reflections_created_at_idx').on(t.createdAt),
    index('reflections_author_idx').on(t.authorKey),
  ],
);

export const nextSteps = pgTable(
  'next_steps',
  {
    reflectionId: text('reflection_id')
      .primaryKey()
      .references(() => reflections.id, { onDelete: 'cascade' }),
    ownerKey: text('owner_key'),
    text: text('text').notNull(),
    ownerText: text('owner_text'),
    dueOn: text('due_on').notNull(),
    remindedAt: text('reminded_at'),
    outcome: text('outcome', { enum: CHECK_BACK_OUTCOMES }),
    learned: text('learned'),
    answeredAt: text('answered_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('next_steps_due_idx').on(t.dueOn), index('next_steps_owner_idx').on(t.ownerKey)],
);

export const stories = pgTable(
  'stories',
  {
    id: text('id').primaryKey(),
    authorKey: text('author_key').notNull(),
    title: text('title').notNull(),
    whatChanged: text('what_changed').notNull(),
    whoBenefits: text('who_benefits').notNull(),
    inUse: boolean('in_use').notNull(),
    canSpread: boolean('can_spread').notNull(),
    sectors: json('sectors').$type<string[]>().notNull(),
    learned: text('learned').notNull(),
    nextStepOwner: text('next_step_owner').notNull(),
    phase: text('phase', { enum: STORY_PHASES }),
    dimension: text('dimension', { enum: DIMENSIONS }),
    reactions: integer('reactions').notNull().default(0),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stories_created_at_idx').on(t.createdAt), index('stories_author_idx').on(t.authorKey)],
);

export const nominations = pgTable(
  'nominations',
  {
    id: text('id').primaryKey(),
    nominatorKey: text('nominator_key').notNull(),
    nomineeKind: text('nominee_kind', { enum: NOMINEE_KINDS }).notNull(),
    nomineeKey: text('nominee_key'),
    teamName: text('team_name'),
    dimension: text('dimension', { enum: DIMENSIONS }).notNull(),
    reason: text('reason').notNull(),
    sectors: json('sectors').$type<string[]>().notNull(),
    status: text('status', { enum: NOMINATION_STATUSES }).notNull(),
    recognisedByKey: text('recognised_by_key'),
    createdAt: text('created_at').notNull(),
    decidedAt: text('decided_at'),
  },
  (t) => [
    index('nominations_created_at_idx').on(t.createdAt),
    index('nominations_nominator_idx').on(t.nominatorKey),
    index('nominations_nominee_idx').on(t.nomineeKey),
  ],
);
