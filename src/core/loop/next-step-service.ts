import type { CoreContext } from '../context.js';
import { keepInput, textValue, validateForm } from '../forms/validate.js';
import { translator } from '../i18n/translate.js';
import { FORMS, type Form, type FormResult, type FormValues } from '../message.js';
import type { Actor, People } from '../people.js';
import type { Repositories } from '../ports.js';
import {
  type CheckBackOutcome,
  type NextStep,
  type Person,
  parsePersonKey,
  personKey,
  type Reflection,
} from '../records.js';
import { checkBackDays } from '../settings.js';
import { localDate } from '../time.js';
import type { Locale } from '../vocabulary.js';

export const LEARNED_MAX = 500;

/** A local date `days` later (noon UTC keeps it clear of any zone's midnight). */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type AnswerResult =
  | { status: 'ok'; step: NextStep; locale: Locale }
  | { status: 'not_found' | 'not_yours'; locale: Locale };

/** Learning-loop next steps with an owner and a due date; the owner is asked how it went. */
export function createNextStepService(ctx: CoreContext, people: People) {
  const { store, settings } = ctx;
  const today = () => localDate(ctx.clock.now(), settings.timezone);

  // The form's owner is free text: a person on the same platform with exactly that name owns it;
  // otherwise the one who wrote it is asked (they know who took it on).
  async function ownerOf(
    tx: Repositories,
    submitter: Person,
    ownerText: string | null,
    ownsIt: boolean,
  ): Promise<string> {
    if (ownsIt || !ownerText) return submitter.key;
    const platform = parsePersonKey(submitter.key)?.platform;
    const wanted = ownerText.trim().toLowerCase();
    const named = (await tx.people.list(platform)).filter(
      (p) => p.displayName.trim().toLowerCase() === wanted,
    );
    return named.length === 1 && named[0] ? named[0].key : submitter.key;
  }

  /** The step, for its owner or a lead (leads may close any step, and say what was learned). */
  async function mine(actor: Actor, stepId: string): Promise<NextStep | 'not_found' | 'not_yours'> {
    const step = await store.nextSteps.get(stepId);
    if (!step) return 'not_found';
    const key = personKey(actor.platform, actor.userId);
    return step.ownerKey === key || (await people.isLeadOrAdmin(key)) ? step : 'not_yours';
  }

  function learnedForm(locale: Locale, step: NextStep): Form {
    const t = translator(locale);
    return {
      id: FORMS.checkBackLearned,
      title: t('loop.learned.title'),
      submitLabel: t('form.submit'),
      intro: t('loop.checkBack.step', { text: step.text }),
      fields: [
        {
          id: 'learned',
          label: t('loop.learned.field'),
          kind: 'textarea',
          required: true,
          maxLength: LEARNED_MAX,
          hint: t('reflection.hint.noNames'),
          ...(step.learned ? { initial: step.learned } : {}),
        },
      ],
      context: { stepId: step.reflectionId },
    };
  }

  return {
    today,

    /** Called when a learning reflection with a next step is stored, inside that transaction: `tx` is its handle. */
    async follow(
      reflection: Reflection,
      submitter: Person,
      ownsIt: boolean,
      tx: Repositories,
    ): Promise<void> {
      if (!reflection.tryNext) return;
      await tx.nextSteps.add({
        reflectionId: reflection.id,
        ownerKey: await ownerOf(tx, submitter, reflection.nextStepOwner, ownsIt),
        text: reflection.tryNext,
        ownerText: reflection.nextStepOwner,
        dueOn: addDays(localDate(new Date(reflection.createdAt), settings.timezone), checkBackDays(settings)),
        remindedAt: null,
        outcome: null,
        learned: null,
        answeredAt: null,
        createdAt: reflection.createdAt,
      });
    },

    /** The scheduler's job: a check-back DM to each owner whose step is due today or earlier. */
    async queueDue(): Promise<number> {
      const now = ctx.nowIso();
      let queued = 0;
      for (const step of await store.nextSteps.due(today())) {
        const owner = step.ownerKey ? parsePersonKey(step.ownerKey) : undefined;
        if (!owner || !(await store.nextSteps.markReminded(step.reflectionId, now))) continue;
        const fresh = await store.outbox.enqueue(
          {
            dedupeKey: `checkback:${step.reflectionId}:${step.dueOn}`,
            target: { platform: owner.platform, kind: 'dm', id: owner.userId },
            payload: { type: 'checkBack', stepId: step.reflectionId },
            notBefore: now,
          },
          now,
        );
        if (fresh) queued += 1;
      }
      return queued;
    },

    /** Done, not yet (asked again after the same number of days) or dropped: its owner or a lead. */
    async answer(actor: Actor, stepId: string, outcome: CheckBackOutcome): Promise<AnswerResult> {
      const locale = await people.localeOf(personKey(actor.platform, actor.userId));
      const step = await mine(actor, stepId);
      if (typeof step === 'string') return { status: step, locale };
      const now = ctx.nowIso();
      const later = outcome === 'not_yet' ? addDays(today(), checkBackDays(settings)) : undefined;
      await store.transaction(async (tx) => {
        await tx.nextSteps.answer(stepId, outcome, now, later);
        if (outcome !== 'not_yet') await tx.content.markNextStepDone(stepId, now);
      });
      return { status: 'ok', step: (await store.nextSteps.get(stepId)) ?? step, locale };
    },

    async form(actor: Actor, stepId: string): Promise<Form | undefined> {
      const step = await mine(actor, stepId);
      if (typeof step === 'string') return undefined;
      return learnedForm(await people.localeOf(personKey(actor.platform, actor.userId)), step);
    },

    async submitLearned(
      actor: Actor,
      context: Record<string, string>,
      values: FormValues,
    ): Promise<FormResult | undefined> {
      const step = await mine(actor, context.stepId ?? '');
      if (typeof step === 'string') return undefined;
      const locale = await people.localeOf(personKey(actor.platform, actor.userId));
      const t = translator(locale);
      const form = learnedForm(locale, step);
      const errors = validateForm(form, values, t);
      if (Object.keys(errors).length > 0) return { ok: false, errors, form: keepInput(form, values) };
      await store.nextSteps.setLearned(step.reflectionId, textValue(values, 'learned'), ctx.nowIso());
      const text = t('loop.learned.thanks');
      return { ok: true, confirmation: { fallbackText: text, blocks: [{ type: 'text', text }] } };
    },

    overdue: () => store.nextSteps.overdue(today()),
    get: (stepId: string) => store.nextSteps.get(stepId),
  };
}

export type NextStepService = ReturnType<typeof createNextStepService>;
