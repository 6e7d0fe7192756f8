import type { App, ViewSubmitAction } from '@slack/bolt';
import { FORMS } from '../../core/message.js';
import type { SlackDeps } from '../deps.js';
import { actorOf, parseContext, viewValues } from '../parse.js';
import { viewErrors } from '../render-modal.js';

export function registerViews(app: App, deps: SlackDeps): void {
  for (const formId of Object.values(FORMS)) {
    app.view<ViewSubmitAction>(formId, async ({ ack, body }) => {
      // A double click on "Submit" sends the same view twice; only the first is stored.
      if (await deps.seenViews.has(body.view.id)) return ack();
      const { view } = body;
      const values = viewValues(view.state.values);
      const reply = await deps.conversation.submitForm(
        actorOf(body.user),
        formId,
        parseContext(view.private_metadata),
        values,
      );
      if (reply.kind === 'form_errors') return ack(viewErrors(reply.form, reply.errors));
      if (reply.kind === 'message' && reply.outcome === 'ok') await deps.seenViews.add(view.id);
      await ack({ response_action: 'update', view: deps.confirmationModal(view.title.text, reply) });
    });
  }
}
