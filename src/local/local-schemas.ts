import { z } from 'zod';
import { FORMS } from '../core/message.js';
import { LOCALES } from '../core/vocabulary.js';
import { SERVER_ACTIONS } from './page-actions.js';

// Everything the page sends is checked here before any use case runs: a rejected request writes nothing.

/** Largest JSON body the page ever needs (a story is at most about 8,000 characters). */
export const BODY_LIMIT = '64kb';

const id = z.string().trim().min(1).max(120);
export const personKeySchema = z.string().regex(/^local:[A-Za-z0-9._-]{1,64}$/);

export const stateQuery = z.object({ as: personKeySchema });

export const voteBody = z.strictObject({
  as: personKeySchema,
  pulseId: id,
  questionId: id,
  value: z.number().int(),
});

export const FORM_KINDS = ['reflection', 'learning', 'story', 'nomination'] as const;

export const formQuery = z.object({
  as: personKeySchema,
  kind: z.enum(FORM_KINDS),
  /** `questionId|occurrenceKey` for reflection and learning. */
  value: z.string().max(300).optional(),
});

const formValue = z.union([z.string().max(20_000), z.boolean(), z.array(z.string().max(200)).max(100)]);

export const formBody = z.strictObject({
  as: personKeySchema,
  formId: z.enum(Object.values(FORMS) as [string, ...string[]]),
  context: z.record(z.string().max(64), z.string().max(300)).default({}),
  values: z.record(z.string().max(64), formValue),
});

export const actionBody = z.strictObject({
  as: personKeySchema,
  actionId: z.enum(SERVER_ACTIONS),
  value: id,
});

export const settingsBody = z
  .strictObject({
    as: personKeySchema,
    locale: z.enum(LOCALES).optional(),
    paused: z.boolean().optional(),
  })
  .refine((body) => body.locale !== undefined || body.paused !== undefined);

export const postNowBody = z.strictObject({
  as: personKeySchema,
  scheduleId: id,
  force: z.boolean().optional(),
});

/** A chat command typed on the page, as it would be typed in Slack or Teams. */
export const commandBody = z.strictObject({ as: personKeySchema, text: z.string().max(500) });
