import { z } from 'zod';
import { DIMENSIONS, QUESTION_KINDS, SCHEDULE_KINDS } from '../core/vocabulary.js';
import { DEFAULT_TARGET } from './defaults.js';
import { calendarDateSchema, cronSchema, localizedTextSchema, slugSchema, targetSchema } from './fields.js';

// The list items of kulturpuls.yaml; settings-schema.ts puts them together.

export const sectorSchema = z.strictObject({
  id: slugSchema.meta({ description: 'Stable id used in channelSectors, stories and the digest' }),
  name: localizedTextSchema,
});

export const customQuestionSchema = z.strictObject({
  id: slugSchema.meta({ description: 'Stable id; never reuse one for a different question' }),
  kind: z.enum(QUESTION_KINDS),
  dimension: z.enum(DIMENSIONS),
  text: localizedTextSchema,
  reverse: z.boolean().default(false).meta({ description: 'Agreeing is bad; scored 6 - value' }),
});

export const quietPeriodSchema = z
  .strictObject({
    name: z.string().trim().min(1),
    from: calendarDateSchema.optional(),
    to: calendarDateSchema.optional(),
    isoWeeks: z.array(z.int().min(1).max(53)).min(1).optional(),
  })
  .meta({ description: 'No posts in this period: give from and to, or isoWeeks' })
  .superRefine((period, ctx) => {
    const hasDates = period.from !== undefined || period.to !== undefined;
    if (hasDates && period.isoWeeks) {
      ctx.addIssue({
        code: 'custom',
        path: ['isoWeeks'],
        message: 'give either from/to or isoWeeks, not both',
      });
    } else if (!hasDates && !period.isoWeeks) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give from and to (dates) or isoWeeks (week numbers)',
      });
    } else if (hasDates && (period.from === undefined || period.to === undefined)) {
      const missing = period.from === undefined ? 'from' : 'to';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: `"${missing}" is missing; give both from and to`,
      });
    } else if (period.from && period.to && period.from.length !== period.to.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'from and to must both be YYYY-MM-DD or both MM-DD',
      });
    } else if (period.from && period.to && period.from.length === 10 && period.from > period.to) {
      // MM-DD periods may wrap the new year (12-20 to 01-05); full dates may not run backwards.
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `"to" (${period.to}) is before "from" (${period.from})`,
      });
    }
  });

export const scheduleSchema = z.strictObject({
  id: slugSchema.meta({ description: 'Stable id; used in `kulturpuls post ID --now` and in the outbox' }),
  kind: z.enum(SCHEDULE_KINDS),
  cron: cronSchema,
  everyWeeks: z.int().min(1).max(52).default(1).meta({ description: 'Fire only every Nth ISO week' }),
  workingDayOfMonth: z
    .int()
    .min(1)
    .max(23)
    .nullable()
    .default(null)
    .meta({ description: 'Fire only on the Nth working day of the month; null = any matching day' }),
  skipHolidays: z.boolean().default(true).meta({ description: 'Skip Norwegian public holidays' }),
  graceMinutes: z
    .int()
    .min(0)
    .max(7 * 24 * 60)
    .default(120)
    .meta({ description: 'An occurrence missed by less than this during downtime is still posted once' }),
  targets: z.array(targetSchema).min(1).prefault([DEFAULT_TARGET]),
  statements: z.int().min(1).max(10).default(4).meta({ description: 'Pulse only: statements per pulse' }),
  openHours: z
    .int()
    .min(1)
    .max(14 * 24)
    .default(72)
    .meta({ description: 'Pulse only: hours a pulse stays open' }),
  enabled: z.boolean().default(true),
});
