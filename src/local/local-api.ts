import express, { type IRouter, type Response } from 'express';
import type { FormRequest, Reply } from '../core/conversation/index.js';
import { translator } from '../core/i18n/translate.js';
import { FORMS } from '../core/message.js';
import type { Actor } from '../core/people.js';
import type { PluginContext } from '../platform-plugin.js';
import { createHttpHelpers, parse } from './local-http.js';
import {
  actionBody,
  BODY_LIMIT,
  commandBody,
  formBody,
  formQuery,
  postNowBody,
  settingsBody,
  stateQuery,
  voteBody,
} from './local-schemas.js';
import type { LocalStateBuilder } from './local-state.js';
import { OUTCOME_STATUS } from './reply-status.js';
import { refuseUnlistedNominee } from './unlisted-nominee.js';

/** The neutral reply as JSON: a refusal carries its outcome code and the text in the person's language. */
function send(res: Response, reply: Reply, extra: Record<string, unknown> = {}): void {
  if (reply.kind !== 'message') {
    res.json({
      ok: reply.kind === 'form',
      form: reply.form,
      ...(reply.kind === 'form_errors' ? { errors: reply.errors } : {}),
    });
    return;
  }
  const status = OUTCOME_STATUS[reply.outcome];
  if (status === 503) res.setHeader('Retry-After', '2');
  const text = reply.message.blocks
    .map((b) => ('text' in b ? b.text : ''))
    .filter(Boolean)
    .join(' ');
  // A refusal's buttons go with it (e.g. "post anyway"): the page draws the reply when there is one.
  const withButtons = reply.message.blocks.some((b) => b.type === 'actions') ? { reply } : {};
  if (status >= 400)
    res.status(status).json({ ok: false, error: reply.outcome, message: text, ...withButtons });
  else res.json({ ok: true, outcome: reply.outcome, message: text, reply, ...extra });
}

/** The page's JSON API under `/local/api`: every route calls the same conversation as Slack and Teams. */
export function mountLocalApi(app: IRouter, context: PluginContext, state: LocalStateBuilder): void {
  const { core, settings } = context;
  const { conversation } = core;
  const { handle, bodyErrors, personOf } = createHttpHelpers(context);
  const actorOf = async (key: string): Promise<Actor> => ({
    platform: 'local',
    userId: (await personOf(key)).userId,
  });

  const api = express.Router();
  api.use(express.json({ limit: BODY_LIMIT, strict: true }));
  api.use(bodyErrors);

  api.get(
    '/people',
    handle(async (_req, res) => {
      res.json({ people: await state.people(), locale: settings.defaultLocale });
    }),
  );

  api.get(
    '/state',
    handle(async (req, res) => {
      res.json(await state.forPerson(await personOf(parse(stateQuery, req.query).as)));
    }),
  );

  api.post(
    '/command',
    handle(async (req, res) => {
      const body = parse(commandBody, req.body);
      send(res, await conversation.say(await actorOf(body.as), body.text));
    }),
  );

  api.post(
    '/vote',
    handle(async (req, res) => {
      const { as, ...vote } = parse(voteBody, req.body);
      const reply = await conversation.vote(await actorOf(as), vote);
      send(res, reply, reply.vote ? { ...reply.vote, confirmation: reply.message } : {});
    }),
  );

  api.get(
    '/form',
    handle(async (req, res) => {
      const query = parse(formQuery, req.query);
      const [questionId = '', occurrenceKey = ''] = (query.value ?? '').split('|');
      const request: FormRequest =
        query.kind === 'story' || query.kind === 'nomination'
          ? { form: query.kind }
          : { form: 'reflection', questionId, occurrenceKey };
      const reply = await conversation.openForm(await actorOf(query.as), request);
      if (reply.kind === 'message') send(res, { ...reply, outcome: 'not_found' });
      else res.json({ form: reply.form });
    }),
  );

  api.post(
    '/form',
    handle(async (req, res) => {
      const body = parse(formBody, req.body);
      const actor = await actorOf(body.as);
      // The page offers a list of colleagues; a nominee outside it is an error on that field.
      const refused =
        body.formId === FORMS.nomination && (await refuseUnlistedNominee(core, actor, body.values));
      const reply = refused || (await conversation.submitForm(actor, body.formId, body.context, body.values));
      send(res, reply, reply.kind === 'message' ? { confirmation: reply.message } : {});
    }),
  );

  api.post(
    '/action',
    handle(async (req, res) => {
      const { as, actionId, value } = parse(actionBody, req.body);
      send(res, await conversation.click(await actorOf(as), actionId, value));
    }),
  );

  api.post(
    '/settings',
    handle(async (req, res) => {
      const body = parse(settingsBody, req.body);
      const person = await personOf(body.as);
      if (body.locale) await core.people.setLocale(person.key, body.locale);
      if (body.paused !== undefined) await core.people.setPaused(person.key, body.paused);
      const t = translator(await core.people.localeOf(person.key));
      const said = [
        ...(body.locale ? [t('lang.changed')] : []),
        ...(body.paused === undefined ? [] : [t(body.paused ? 'local.pause.on' : 'local.pause.off')]),
      ];
      res.json({ ok: true, message: said.join(' ') });
    }),
  );

  api.post(
    '/post-now',
    handle(async (req, res) => {
      const { as, scheduleId, force } = parse(postNowBody, req.body);
      send(
        res,
        await conversation.run(await actorOf(as), { kind: 'post', scheduleId, force: force ?? false }),
      );
    }),
  );

  app.use('/local/api', api);
}
