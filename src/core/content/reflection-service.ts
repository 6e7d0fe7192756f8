import type { CoreContext } from '../context.js';
import { boolValue, keepInput, textValue, validateForm } from '../forms/validate.js';
import { type Translator, translator } from '../i18n/translate.js';
import type { NextStepService } from '../loop/next-step-service.js';
import { FORMS, type Form, type FormResult, type FormValues } from '../message.js';
import type { Actor, People } from '../people.js';
import type { Question, Reflection } from '../records.js';
import type { Locale } from '../vocabulary.js';

export const REFLECTION_LIMITS = { text: 2000, tryNext: 1000, owner: 200 } as const;

function reflectionForm(t: Translator, locale: Locale, question: Question, occurrenceKey: string): Form {
  const learning = question.kind === 'learning';
  const fields: Form['fields'] = [
    {
      id: 'text',
      label: learning ? t('learning.field.learned') : t('reflection.field.answer'),
      kind: 'textarea',
      required: true,
      maxLength: REFLECTION_LIMITS.text,
      hint: t('reflection.hint.noNames'),
    },
  ];
  if (learning) {
    fields.push(
      {
        id: 'tryNext',
        label: t('learning.field.tryNext'),
        kind: 'textarea',
        required: false,
        maxLength: REFLECTION_LIMITS.tryNext,
      },
      {
        id: 'nextStepOwner',
        label: t('learning.field.owner'),
        kind: 'text',
        required: false,
        maxLength: REFLECTION_LIMITS.owner,
      },
      { id: 'ownIt', label: t('loop.field.ownIt'), kind: 'checkbox', required: false, initial: false },
    );
  }
  fields.push({
    id: 'shareName',
    label: t('reflection.field.shareName'),
    kind: 'checkbox',
    required: false,
    initial: false,
  });
  return {
    id: learning ? FORMS.learning : FORMS.reflection,
    title: learning ? t('learning.form.title') : t('reflection.form.title'),
    submitLabel: t('form.submit'),
    intro: question.text[locale],
    fields,
    context: { questionId: question.id, occurrenceKey },
  };
}

export function createReflectionService(ctx: CoreContext, people: People, nextSteps: NextStepService) {
  const { store, bank } = ctx;

  return {
    async form(actor: Actor, questionId: string, occurrenceKey = ''): Promise<Form | undefined> {
      const question = bank.get(questionId);
      if (!question || question.kind === 'pulse') return undefined;
      const locale = await people.localeOf((await people.ensure(actor)).key);
      return reflectionForm(translator(locale), locale, question, occurrenceKey);
    },

    /** Free text, attributed only when the person ticks "share with my name". */
    async submit(
      actor: Actor,
      context: Record<string, string>,
      values: FormValues,
    ): Promise<FormResult | undefined> {
      const question = bank.get(context.questionId ?? '');
      if (!question || question.kind === 'pulse') return undefined;
      const person = await people.ensure(actor);
      const locale = await people.localeOf(person.key);
      const t = translator(locale);
      const form = reflectionForm(t, locale, question, context.occurrenceKey ?? '');
      const errors = validateForm(form, values, t);
      if (Object.keys(errors).length > 0) return { ok: false, errors, form: keepInput(form, values) };

      const shareName = boolValue(values, 'shareName');
      const reflection: Reflection = {
        id: ctx.newId('refl'),
        occurrenceKey: context.occurrenceKey || null,
        questionId: question.id,
        kind: question.kind === 'learning' ? 'learning' : 'reflection',
        authorKey: shareName ? person.key : null,
        text: textValue(values, 'text'),
        tryNext: textValue(values, 'tryNext') || null,
        nextStepOwner: textValue(values, 'nextStepOwner') || null,
        nextStepDoneAt: null,
        sector: person.sector,
        createdAt: ctx.nowIso(),
      };
      await store.transaction(async (tx) => {
        await tx.content.addReflection(reflection);
        await nextSteps.follow(reflection, person, boolValue(values, 'ownIt'), tx);
      });
      const key =
        question.kind === 'learning'
          ? shareName
            ? 'dig.learning.thanks.named'
            : 'dig.learning.thanks.anonymous'
          : shareName
            ? 'reflection.thanks.named'
            : 'reflection.thanks.anonymous';
      return { ok: true, confirmation: { fallbackText: t(key), blocks: [{ type: 'text', text: t(key) }] } };
    },
  };
}

export type ReflectionService = ReturnType<typeof createReflectionService>;
