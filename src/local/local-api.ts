import express, { type Express } from 'express';
import { keepInput } from '../core/forms/validate.js';
import { type MessageKey, t } from '../core/i18n/translate.js';
import { ACTIONS, FORMS, type Form, type FormResult } from '../core/message.js';
import { voteOutcomeMessage } from '../core/messages/pulse-message.js';
import type { Actor } from '../core/people.js';
import type { PluginContext } from '../platform-plugin.js';
import { createHttpHelpers, parse, Refusal } from './local-http.js';
import {
  actionBody,
  BODY_LIMIT,
  formBody,
  formQuery,
  postNowBody,
  settingsBody,
  stateQuery,
  voteBody,
} from './local-schemas.js';
import type { LocalStateBuilder } from './local-state.js';

const notFound = () => new Refusal(404, 'not_found', 'error.notFound');
const unknownForm = () => new Refusal(404, 'unknown_form', 'local.error.unknownForm');

/** The page's JSON API under `/local/api`: every route calls the same core use cases as Slack and Teams. */
export function mountLocalApi(app: Express, context: PluginContext, state: LocalStateBuilder): void {
  const { runtime, kickOutbox } = context;
  const { core, store, settings } = runtime;
  const { handle, bodyErrors, personOf } = createHttpHelpers(core);
  const actorOf = (key: string): Actor => ({ platform: 'local', userId: personOf(key).userId });
  const say = (key: string, text: MessageKey, params?: Record<string, string | number>) =>
    t(core.people.localeOf(key), text, params);

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT, strict: true }));
  api.use(bodyErrors);

  api.get(
    '/people',
    handle((_req, res) => {
      res.json({ people: state.people(), locale: settings.defaultLocale });
    }),
  );

  api.get(
    '/state',
    handle((req, res) => {
      const { as } = parse(stateQuery, req.query);
      res.json(state.forPerson(personOf(as)));
    }),
  );

  api.post(
    '/vote',
    handle((req, res) => {
      const body = parse(voteBody, req.body);
      const actor = actorOf(body.as);
      const result = core.pulses.vote({ ...body, actor });
      switch (result.status) {
        case 'recorded':
        case 'changed': {
          const locale = core.people.localeOf(body.as);
          const confirmation = voteOutcomeMessage(result, locale, settings.timezone);
          res.json({ ok: true, status: result.status, value: result.value, confirmation });
          return;
        }
        case 'closed':
          throw new Refusal(409, 'closed', 'pulse.error.closed');
        case 'unknown_pulse':
        case 'unknown_question':
          throw new Refusal(404, result.status, 'pulse.error.unknown');
        case 'invalid_value':
          throw new Refusal(400, 'invalid_value', 'pulse.error.invalid');
        case 'comment_too_long':
          throw new Refusal(400, 'comment_too_long', 'pulse.error.commentTooLong');
      }
    }),
  );

  api.get(
    '/form',
    handle((req, res) => {
      const query = parse(formQuery, req.query);
      const actor = actorOf(query.as);
      let form: Form | undefined;
      if (query.kind === 'story') form = core.stories.form(actor);
      else if (query.kind === 'nomination') form = core.nominations.form(actor);
      else {
        const [questionId = '', occurrenceKey = ''] = (query.value ?? '').split('|');
        form = core.reflections.form(actor, questionId, occurrenceKey);
      }
      if (!form) throw unknownForm();
      res.json({ form });
    }),
  );

  api.post(
    '/form',
    handle((req, res) => {
      const body = parse(formBody, req.body);
      const actor = actorOf(body.as);
      const result = submitForm(body.formId, actor, body.context, body.values);
      if (!result) throw unknownForm();
      if (result.ok) {
        if (body.formId === FORMS.nomination) kickOutbox();
        res.json({ ok: true, confirmation: result.confirmation });
      } else {
        // A FormResult with field errors is an expected answer, not a failed request (200, like Slack's modal errors).
        res.json({ ok: false, errors: result.errors, form: result.form });
      }
    }),
  );

  function submitForm(
    formId: string,
    actor: Actor,
    context: Record<string, string>,
    values: Record<string, string | string[] | boolean>,
  ): FormResult | undefined {
    switch (formId) {
      case FORMS.reflection:
      case FORMS.learning:
        return core.reflections.submit(actor, context, values);
      case FORMS.story:
        return core.stories.submit(actor, values);
      case FORMS.nomination: {
        // The core takes any user id as nominee; here only a colleague from the list may be chosen.
        const form = core.nominations.form(actor);
        const nominee = values.nominee;
        const options = form.fields.find((f) => f.id === 'nominee')?.options ?? [];
        if (typeof nominee === 'string' && nominee !== '' && !options.some((o) => o.value === nominee)) {
          const locale = core.people.localeOf(`local:${actor.userId}`);
          return {
            ok: false,
            errors: { nominee: t(locale, 'form.error.unknownOption') },
            form: keepInput(form, values),
          };
        }
        const { nomination: _nomination, ...result } = core.nominations.submit(actor, values);
        return result as FormResult;
      }
      default:
        return undefined;
    }
  }

  api.post(
    '/action',
    handle((req, res) => {
      const body = parse(actionBody, req.body);
      const actor = actorOf(body.as);
      if (body.actionId === ACTIONS.recognise) {
        const result = core.nominations.recognise(actor, body.value);
        if (result.status === 'not_allowed')
          throw new Refusal(403, 'not_allowed', 'local.error.notAllowedRecognise');
        if (result.status === 'not_found') throw notFound();
        if (result.status === 'already_decided')
          throw new Refusal(409, 'already_recognised', 'local.recognise.already');
        if (result.status !== 'recognised') throw new Refusal(409, 'not_accepted', 'recognition.notAccepted');
        kickOutbox();
        res.json({ ok: true, status: result.status, message: say(body.as, 'recognition.done') });
        return;
      }
      const result = core.nominations.decide(actor, body.value, body.actionId === ACTIONS.consentAccept);
      if (result.status === 'not_found') throw notFound();
      if (result.status === 'not_yours') throw new Refusal(403, 'not_yours', 'nomination.consent.notYours');
      if (result.status === 'already_decided') {
        throw new Refusal(409, 'already_decided', 'nomination.consent.alreadyDecided');
      }
      const key =
        result.status === 'accepted' ? 'nomination.consent.accepted' : 'nomination.consent.declined';
      res.json({ ok: true, status: result.status, message: say(body.as, key) });
    }),
  );

  api.post(
    '/settings',
    handle((req, res) => {
      const body = parse(settingsBody, req.body);
      const person = personOf(body.as);
      const messages: string[] = [];
      store.transaction(() => {
        if (body.locale) core.people.setLocale(person.key, body.locale);
        if (body.paused !== undefined) core.people.setPaused(person.key, body.paused);
      });
      if (body.locale) messages.push(say(person.key, 'lang.changed'));
      if (body.paused !== undefined)
        messages.push(say(person.key, body.paused ? 'local.pause.on' : 'local.pause.off'));
      res.json({ ok: true, message: messages.join(' ') });
    }),
  );

  api.post(
    '/post-now',
    handle((req, res) => {
      const body = parse(postNowBody, req.body);
      const person = personOf(body.as);
      const outcome = core.admin.postNow(person.key, body.scheduleId);
      if (outcome.status === 'not_allowed') throw new Refusal(403, 'not_allowed', 'error.notAllowed');
      if (outcome.status === 'unknown_schedule')
        throw new Refusal(404, 'unknown_schedule', 'local.error.unknownSchedule');
      if (outcome.status !== 'posted') throw new Refusal(409, 'duplicate', 'local.postNow.duplicate');
      kickOutbox();
      res.json({
        ok: true,
        status: outcome.status,
        key: outcome.key,
        message: say(person.key, 'local.postNow.done'),
      });
    }),
  );

  app.use('/local/api', api);
}
