import type { CoreServices } from '../create-core.js';
import { translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import type { PersonKey } from '../records.js';
import { textMessage } from './content-messages.js';

/**
 * The chat's `mydata forget [CODE]`, the same in Slack and Teams: first the code to confirm with,
 * then — with today's code — the erasure. The key comes from the verified request, never from the text.
 */
export async function forgetMessage(
  core: Pick<CoreServices, 'people' | 'personalData'>,
  key: PersonKey,
  code: string | undefined,
): Promise<Message> {
  const t = translator(await core.people.localeOf(key));
  if (!code) {
    // A confirm step, not a code to type: the button carries today's code; typing it is the shortcut.
    const today = core.personalData.forgetCode(key);
    return {
      fallbackText: t('click.forget.question'),
      blocks: [
        { type: 'heading', text: t('click.forget.question') },
        ...textMessage(t('chat.mydata.forget.confirm', { code: today })).blocks,
        {
          type: 'actions',
          buttons: [
            {
              actionId: ACTIONS.command,
              label: t('click.forget.sure'),
              value: `mydata forget ${today}`,
              style: 'danger',
            },
          ],
        },
      ],
    };
  }
  const done = await core.personalData.forgetConfirmed(key, code);
  // Translated before the erasure removed the person's language setting.
  return textMessage(done ? t('chat.mydata.forget.done') : t('chat.mydata.forget.wrongCode'));
}
