import { z } from 'zod';
import type { Question } from '../core/records.js';
import type { Settings } from '../core/settings.js';
import { LOCALES } from '../core/vocabulary.js';
import { DEFAULT_QUIET_PERIODS, DEFAULT_SCHEDULES, DEFAULT_SECTORS } from './defaults.js';
import { isValidTimezone, parseTarget, personRefSchema, targetSchema } from './fields.js';
import { customQuestionSchema, quietPeriodSchema, scheduleSchema, sectorSchema } from './item-schemas.js';
import {
  benchmarkSchema,
  organisationName,
  organisationSchema,
  toMunicipality,
} from './organisation-schema.js';

/** Never below 3: smaller groups let people work out who answered what (Datatilsynet). */
export const MIN_GROUP_SIZE_FLOOR = 3;
/** Free text says more than a number: Viva Glint shows comments from 10 people; never below 5. */
export const MIN_COMMENT_GROUP_SIZE_FLOOR = 5;

export const settingsFileSchema = z
  .strictObject({
    organisation: z.union([organisationName, organisationSchema]).default('Demo kommune').meta({
      description:
        'Name shown in messages and the digest, or { name, number, kostraGroup } to take part in the KOSTRA benchmark',
    }),
    timezone: z
      .string()
      .default('Europe/Oslo')
      .refine(isValidTimezone, {
        error: (issue) => `"${String(issue.input)}" is not an IANA time zone (like Europe/Oslo)`,
      })
      .meta({ description: 'IANA time zone for schedules, quiet periods and the digest month' }),
    defaultLocale: z
      .enum(LOCALES)
      .default('nb')
      .meta({ description: 'Language for people who have not chosen one (nb, nn or en)' }),
    publicUrl: z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://kulturpuls.kommune.no' })
      .optional()
      .meta({ description: 'Base URL of the web server for dashboard links; default http://localhost:PORT' }),
    privacy: z
      .strictObject({
        minGroupSize: z
          .int()
          .min(MIN_GROUP_SIZE_FLOOR, {
            error: `must be at least ${MIN_GROUP_SIZE_FLOOR}: results from smaller groups can identify who answered what`,
          })
          .max(1000)
          .default(5)
          .meta({
            description:
              "Aggregates over fewer respondents are withheld everywhere (never below 3). With 3, a group of three that sees its own results can work out each other's answers: use 5 or more where groups can be that small",
          }),
        retainMonths: z
          .int()
          .min(1)
          .max(120)
          .default(24)
          .meta({ description: 'Raw answers older than this are deleted; monthly aggregates stay' }),
        minCommentGroupSize: z
          .int()
          .min(MIN_COMMENT_GROUP_SIZE_FLOOR, {
            error: `must be at least ${MIN_COMMENT_GROUP_SIZE_FLOOR}: free text from a few people can identify who wrote it`,
          })
          .max(1000)
          .default(10)
          .meta({
            description:
              "Leads see a statement's comments only when at least this many people commented on it in the pulse (never below 5)",
          }),
      })
      .prefault({}),
    benchmark: benchmarkSchema,
    results: z
      .strictObject({
        shareDelayHours: z
          .int()
          .min(0)
          .max(24 * 14)
          .default(24)
          .meta({
            description:
              'Hours after a pulse closes before its results go to the channel on their own; a lead can add one sentence first',
          }),
      })
      .prefault({})
      .meta({ description: 'Results shared back to the people who answered' }),
    stories: z
      .strictObject({
        postTo: z
          .union([z.literal('off'), targetSchema, z.array(targetSchema).min(1)])
          .optional()
          .meta({
            description:
              "Where shared stories are posted for colleagues to react to (the digest ranks them by distinct people reacting): a target, a list, or 'off'; default: the pulse channels",
          }),
      })
      .prefault({})
      .meta({ description: 'Shared stories posted to a channel' }),
    loop: z
      .strictObject({
        checkBackDays: z.int().min(1).max(365).default(30).meta({
          description: 'Days after a learning-loop next step before its owner is asked how it went',
        }),
      })
      .prefault({})
      .meta({ description: 'Next steps that are followed up' }),
    kaffe: z
      .strictObject({
        everyDays: z
          .int()
          .min(1)
          .max(90)
          .default(14)
          .meta({ description: 'Days between pairing rounds of «Kaffe på tvers»' }),
        noRepeatRounds: z
          .int()
          .min(0)
          .max(52)
          .default(6)
          .meta({ description: 'A pair is never made again within this many rounds' }),
      })
      .prefault({})
      .meta({ description: 'Kaffe på tvers: people who opt in are paired across sectors' }),
    sectors: z
      .array(sectorSchema)
      .prefault(DEFAULT_SECTORS)
      .meta({ description: 'Sectors for grouping answers, stories and nominations in the digest' }),
    channelSectors: z
      .record(z.string(), z.string())
      .default({})
      .meta({ description: 'Target key (slack:channel:C0123) → sector id' }),
    roles: z
      .strictObject({
        admins: z
          .array(personRefSchema)
          .prefault([])
          .meta({ description: 'May change config-level settings' }),
        leads: z
          .array(personRefSchema)
          .prefault([])
          .meta({ description: 'Innovation leads: digest, previews' }),
        managers: z.array(personRefSchema).prefault([]).meta({ description: 'May recognise and endorse' }),
      })
      .prefault({}),
    questions: z
      .strictObject({
        custom: z.array(customQuestionSchema).prefault([]).meta({ description: 'Your own questions' }),
        retire: z
          .array(z.string().trim().min(1))
          .default([])
          .meta({ description: 'Question ids never asked again (history stays in the digest)' }),
      })
      .prefault({}),
    quietPeriods: z
      .array(quietPeriodSchema)
      .prefault(DEFAULT_QUIET_PERIODS)
      .meta({ description: 'Periods without posts (holidays, the KS 10-FAKTOR survey weeks)' }),
    schedules: z
      .array(scheduleSchema)
      .prefault(DEFAULT_SCHEDULES)
      .meta({ description: 'What is posted when; a list here replaces the built-in schedules' }),
  })
  .superRefine((file, ctx) => {
    duplicates(file.sectors, ['sectors'], ctx);
    duplicates(file.questions.custom, ['questions', 'custom'], ctx);
    duplicates(file.schedules, ['schedules'], ctx);
    const sectorIds = new Set(file.sectors.map((sector) => sector.id));
    for (const [key, sectorId] of Object.entries(file.channelSectors)) {
      const parsed = parseTarget(key);
      if (!parsed.ok)
        ctx.addIssue({ code: 'custom', path: ['channelSectors', key], message: parsed.message });
      if (!sectorIds.has(sectorId)) {
        const known = [...sectorIds].join(', ') || 'none';
        ctx.addIssue({
          code: 'custom',
          path: ['channelSectors', key],
          message: `unknown sector "${sectorId}" (sectors: ${known})`,
        });
      }
    }
  })
  .meta({
    title: 'Kulturpuls configuration',
    description: 'kulturpuls.yaml; every field is optional and has a built-in default',
  });

export type SettingsFile = z.output<typeof settingsFileSchema>;

function duplicates(items: { id: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [...path, index, 'id'], message: `duplicate id "${item.id}"` });
    }
    seen.add(item.id);
  });
}

export function toSettings(file: SettingsFile, port: number): Settings {
  const retired = new Set(file.questions.retire);
  const customQuestions = file.questions.custom.map(
    (question): Question => ({ ...question, source: 'custom', retired: retired.has(question.id) }),
  );
  return {
    organisation: typeof file.organisation === 'string' ? file.organisation : file.organisation.name,
    ...toMunicipality(file.organisation),
    benchmark: file.benchmark,
    timezone: file.timezone,
    defaultLocale: file.defaultLocale,
    publicUrl: (file.publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    privacy: file.privacy,
    results: file.results,
    ...(file.stories.postTo === undefined
      ? {}
      : {
          stories: {
            postTo:
              Array.isArray(file.stories.postTo) || file.stories.postTo === 'off'
                ? file.stories.postTo
                : [file.stories.postTo],
          },
        }),
    loop: file.loop,
    kaffe: file.kaffe,
    sectors: file.sectors,
    channelSectors: file.channelSectors,
    roles: file.roles,
    customQuestions,
    retiredQuestions: file.questions.retire,
    quietPeriods: file.quietPeriods,
    schedules: file.schedules,
  };
}
