import { translator } from '../i18n/translate.js';
import type { CommentMessage, CommentThread } from '../loop-ports.js';
import { ACTIONS, type Block, FORMS, type Form, type Message } from '../message.js';
import type { Locale } from '../vocabulary.js';
import { COMMENT_MAX, SHORT_ID } from './comment-service.js';

const shortId = (thread: Pick<CommentThread, 'id'>) => thread.id.slice(0, SHORT_ID);
const text = (t: string): Block => ({ type: 'text', text: t });

/** One text field, with the warning shown before anything is stored. */
export function commentForm(locale: Locale, statement: string, context: Record<string, string>): Form {
  const t = translator(locale);
  return {
    id: FORMS.comment,
    title: t('comments.form.title'),
    submitLabel: t('form.submit'),
    intro: `${t('comments.form.statement', { statement })}\n\n${t('comments.form.warning')}`,
    fields: [
      {
        id: 'comment',
        label: t('comments.form.field'),
        kind: 'textarea',
        required: true,
        maxLength: COMMENT_MAX,
      },
    ],
    context,
    ...(context.pulseId ? { back: { label: t('comments.form.back'), pulseId: context.pulseId } } : {}),
  };
}

export function replyForm(
  locale: Locale,
  thread: CommentThread,
  statement: string,
  commenter: boolean,
): Form {
  const t = translator(locale);
  const comment = t(commenter ? 'comments.dm.yours' : 'comments.dm.comment', { text: thread.text });
  return {
    id: FORMS.commentReply,
    title: t('comments.reply.title'),
    submitLabel: t('form.submit'),
    intro: `${t('comments.form.statement', { statement })}\n\n${comment}`,
    fields: [
      {
        id: 'reply',
        label: t('comments.reply.field'),
        kind: 'textarea',
        required: true,
        maxLength: COMMENT_MAX,
        ...(commenter ? { hint: t('comments.form.warning') } : {}),
      },
    ],
    context: { threadId: thread.id },
  };
}

/** The voter's own view of an open pulse: "Kommenter anonymt" under each statement they answered. */
export function withCommentButtons(message: Message, commentable: Set<string>, locale: Locale): Message {
  if (commentable.size === 0) return message;
  const label = translator(locale)('comments.button');
  const blocks = message.blocks.flatMap((block): Block[] =>
    block.type === 'scale' && commentable.has(block.questionId)
      ? [
          block,
          {
            type: 'actions',
            buttons: [
              { actionId: ACTIONS.openComment, label, value: `${block.pulseId}|${block.questionId}` },
            ],
          },
        ]
      : [block],
  );
  return { ...message, blocks };
}

export interface StatementComments {
  statement: string;
  threads: CommentThread[] | undefined;
}

/** For leads: the comments they may see, by statement, with the short ids they reply with. */
export function commentListMessage(statements: StatementComments[], min: number, locale: Locale): Message {
  const t = translator(locale);
  const blocks: Block[] = [{ type: 'heading', text: t('comments.list.heading') }];
  for (const { statement, threads } of statements) {
    blocks.push(text(t('comments.list.statement', { statement })));
    if (!threads) blocks.push({ type: 'context', text: t('comments.list.withheld', { min }) });
    else
      for (const th of threads)
        blocks.push(text(`• ${t('comments.list.item', { id: shortId(th), text: th.text })}`), {
          type: 'actions',
          buttons: [
            { actionId: ACTIONS.openCommentReply, label: t('comments.reply.button'), value: th.id },
            { actionId: ACTIONS.command, label: t('click.comments.hide'), value: `hide ${shortId(th)}` },
            { actionId: ACTIONS.endComment, label: t('comments.end.button'), value: th.id },
          ],
        });
  }
  blocks.push({ type: 'context', text: t('comments.list.hint') });
  return { fallbackText: t('comments.list.heading'), blocks };
}

/**
 * A reply as the other side receives it. To a lead it carries the statement, the comment, the
 * commenter's words and the thread id: nothing about who wrote them, in the lead's own language.
 */
export function commentDm(
  view: { thread: CommentThread; message: CommentMessage; toCommenter: boolean; statement: string },
  locale: Locale,
): Message {
  const t = translator(locale);
  const { thread, message, toCommenter } = view;
  const id = shortId(thread);
  const title = t(toCommenter ? 'comments.dm.toCommenter' : 'comments.dm.toLead');
  return {
    fallbackText: title,
    blocks: [
      { type: 'heading', text: title },
      text(t('comments.form.statement', { statement: view.statement })),
      text(t(toCommenter ? 'comments.dm.yours' : 'comments.dm.comment', { text: thread.text })),
      text(t(toCommenter ? 'comments.dm.lead' : 'comments.dm.commenter', { text: message.text })),
      {
        type: 'context',
        text: t(toCommenter ? 'comments.dm.commenterHint' : 'comments.dm.leadHint', { id }),
      },
      {
        type: 'actions',
        buttons: [
          {
            actionId: ACTIONS.openCommentReply,
            label: t('comments.reply.button'),
            value: thread.id,
            style: 'primary',
          },
          { actionId: ACTIONS.endComment, label: t('comments.end.button'), value: thread.id },
        ],
      },
    ],
  };
}
