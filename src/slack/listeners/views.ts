import type { App, ViewSubmitAction } from '@slack/bolt';
import { translator } from '../../core/i18n/translate.js';
import { FORMS, type FormResult } from '../../core/message.js';
import type { SlackDeps } from '../deps.js';
import { actorOf, parseContext, viewValues } from '../parse.js';
import { renderConfirmationModal } from '../render-home.js';
import { viewErrors } from '../render-modal.js';

export function registerViews(app: App, deps: SlackDeps): void {
  const { core } = deps;
  const submitters: Record<
    string,
    (body: ViewSubmitAction) => (FormResult & { nomination?: unknown }) | undefined
  > = {
    [FORMS.story]: (b) => core.stories.submit(actorOf(b.user), viewValues(b.view.state.values)),
    [FORMS.nomination]: (b) => core.nominations.submit(actorOf(b.user), viewValues(b.view.state.values)),
    [FORMS.reflection]: (b) =>
      core.reflections.submit(
        actorOf(b.user),
        parseContext(b.view.private_metadata),
        viewValues(b.view.state.values),
      ),
    [FORMS.learning]: (b) =>
      core.reflections.submit(
        actorOf(b.user),
        parseContext(b.view.private_metadata),
        viewValues(b.view.state.values),
      ),
  };

  for (const [callbackId, submit] of Object.entries(submitters)) {
    app.view<ViewSubmitAction>(callbackId, async ({ ack, body }) => {
      // A double click on "Submit" sends the same view twice; only the first is stored.
      if (deps.seenViews.has(body.view.id)) return ack();
      const result = submit(body);
      if (!result) return ack();
      if (!result.ok) return ack(viewErrors(result.form, result.errors));
      deps.seenViews.add(body.view.id);
      if (result.nomination) deps.kickOutbox();
      const actor = actorOf(body.user);
      const locale = deps.localeOf(actor);
      const t = translator(locale);
      const view = renderConfirmationModal(
        body.view.title.text,
        t('chat.close'),
        result.confirmation.blocks,
        deps.renderOptions(locale),
      );
      await ack({ response_action: 'update', view });
    });
  }
}
