import type { Reply } from '../core/conversation/index.js';
import type { Core } from '../core/core.js';
import { keepInput } from '../core/forms/validate.js';
import { t } from '../core/i18n/translate.js';
import type { FormValues } from '../core/message.js';
import type { Actor } from '../core/people.js';

/**
 * The core takes any user id as nominee (Slack's and Teams' pickers choose from the directory);
 * the page offers only its list of colleagues, so a nominee outside it is an error on that field.
 */
export async function refuseUnlistedNominee(
  core: Core,
  actor: Actor,
  values: FormValues,
): Promise<Reply | undefined> {
  const reply = await core.conversation.openForm(actor, { form: 'nomination' });
  if (reply.kind !== 'form') return undefined;
  const nominee = values.nominee;
  const options = reply.form.fields.find((f) => f.id === 'nominee')?.options ?? [];
  if (typeof nominee !== 'string' || nominee === '' || options.some((o) => o.value === nominee))
    return undefined;
  const form = keepInput(reply.form, values);
  return {
    kind: 'form_errors',
    locale: reply.locale,
    form,
    errors: { nominee: t(reply.locale, 'form.error.unknownOption') },
  };
}
