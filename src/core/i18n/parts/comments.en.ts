import type { PartCatalog } from '../catalog-types.js';
import type { commentsNb } from './comments.nb.js';

// English — anonymous comments on pulse statements and the two-way replies.
export const commentsEn: PartCatalog<typeof commentsNb> = {
  'comments.button': 'Comment anonymously',
  'comments.form.title': 'Anonymous comment',
  'comments.form.field': 'Comment',
  'comments.form.warning': "Don't write names or anything that makes you recognisable",
  'comments.form.statement': 'Statement: “{statement}”',
  'comments.form.back': 'Back to your answers',
  'comments.saved':
    'Thank you! Your comment is stored without your name. Leads see it only once the pulse has closed and at least {min} people commented on the same statement.',
  'comments.already': 'You have already commented on this statement in this pulse.',
  'comments.notVoted': 'Answer the statement first, then you can comment on it.',
  'comments.closed': 'The pulse has closed and takes no more comments.',
  'comments.list.heading': 'Anonymous comments',
  'comments.list.statement': '“{statement}”',
  'comments.list.item': '[{id}] “{text}”',
  'comments.list.withheld': 'Not shown: fewer than {min} people commented on this statement.',
  'comments.list.hint':
    'Reply, hide or end with the buttons under each comment, or type `/kulturpuls reply ID text`, `/kulturpuls hide ID` or `/kulturpuls end ID`. The commenter gets your reply as a message from me; you never learn who it is.',
  'comments.list.open': 'The pulse is still open. Comments are shown once it has closed.',
  'comments.list.noPulse': 'No closed pulse yet.',
  'comments.usage.reply':
    'Type `/kulturpuls reply ID text`. The ID is in the answer to `/kulturpuls comments` or in the message you got.',
  'comments.usage.id':
    'Type the ID shown in the answer to `/kulturpuls comments`, for example `/kulturpuls hide ab12cd34`.',
  'comments.unknown': 'No conversation with ID {id}.',
  'comments.ended': 'This conversation has ended. No more replies are possible.',
  'comments.tooLong': 'A reply can be at most {max} characters (now {count}).',
  'comments.sent.lead':
    'Reply sent. The commenter gets it as a message from me, and you will not learn who it is.',
  'comments.sent.commenter': 'Your reply was sent without your name.',
  'comments.hidden': 'The comment is hidden and will not be shown again. The conversation has ended.',
  'comments.endedNow': 'The conversation has ended. The link to the commenter has been deleted.',
  'comments.dm.toCommenter': 'A lead replied to your comment',
  'comments.dm.toLead': 'Reply to an anonymous comment',
  'comments.dm.yours': 'Your comment: “{text}”',
  'comments.dm.comment': 'Comment: “{text}”',
  'comments.dm.lead': 'Lead: “{text}”',
  'comments.dm.commenter': 'The commenter: “{text}”',
  'comments.dm.commenterHint':
    'The lead does not know who you are. Reply with the button or `/kulturpuls reply {id} text`, or end the conversation.',
  'comments.dm.leadHint': 'Conversation {id}. Reply with the button or `/kulturpuls reply {id} text`.',
  'comments.reply.button': 'Reply',
  'comments.reply.title': 'Reply',
  'comments.reply.field': 'Your reply',
  'comments.end.button': 'End the conversation',
  'comments.help.lead':
    '• `/kulturpuls comments [PULSE-ID]` – anonymous comments of the last closed pulse\n• `/kulturpuls reply ID text` – reply to a comment\n• `/kulturpuls hide ID` – hide a comment\n• `/kulturpuls end ID` – end a conversation',
};
