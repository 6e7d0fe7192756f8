import type { PartCatalog } from '../catalog-types.js';
import type { chatNb } from './chat.nb.js';

// English.
export const chatEn: PartCatalog<typeof chatNb> = {
  'chat.help':
    'Here is what you can write to me:\n• `/kulturpuls story` – share a success story\n• `/kulturpuls nominate` – nominate a colleague or a team\n• `/kulturpuls pulse` – answer open pulse polls\n• `/kulturpuls lang nb|nn|en` – choose your language\n• `/kulturpuls sector` – choose your sector\n• `/kulturpuls pause` / `/kulturpuls resume` – turn reminders off and on\n• `/kulturpuls kaffe join|skip|leave` – coffee with someone from another sector\n• `/kulturpuls mydata` – see what is stored about you',
  'chat.help.admin':
    'For innovation leads and administrators:\n• `/kulturpuls post SCHEDULE-ID` – post a schedule now\n• `/kulturpuls digest [YYYY-MM]` – show the monthly digest\n• `/kulturpuls results [PULSE-ID]` – the results of the last closed pulse\n• `/kulturpuls results note SENTENCE` – share them now with “What we will do about it”\n• `/kulturpuls nextsteps` – next steps not followed up',
  'chat.unknown': 'I did not understand “{word}”.',
  'chat.lang.usage':
    'Choose a language with `/kulturpuls lang nb`, `/kulturpuls lang nn` or `/kulturpuls lang en`.',
  'chat.post.usage': 'Write `/kulturpuls post SCHEDULE-ID`. Schedules: {known}.',
  'chat.post.unknown': 'There is no schedule “{id}”. Schedules: {known}.',
  'chat.post.plan': '`/kulturpuls post {id}` ({what})',
  'chat.post.done': {
    one: 'Posted: {what}, {when}. {count} message is on its way.',
    other: 'Posted: {what}, {when}. {count} messages are on their way.',
  },
  'chat.post.notDelivered': {
    one: 'Posted, but the message did not arrive:',
    other: 'Posted, but {count} messages did not arrive:',
  },
  'chat.post.retrying': {
    one: 'One message has not arrived yet and is being tried again:',
    other: '{count} messages have not arrived yet and are being tried again:',
  },
  'chat.post.othersOnTheWay': {
    one: 'One other message is sent or on its way.',
    other: '{count} other messages are sent or on their way.',
  },
  'chat.post.addBack': 'Add Kulturpuls to the channel again, then post again.',
  'chat.post.duplicate': 'Already posted: {what}, {when}.',
  'chat.digest.usage': 'Write `/kulturpuls digest` for last month or `/kulturpuls digest YYYY-MM`.',
  'chat.mydata.heading': 'What Kulturpuls stores about you',
  'chat.mydata.pulseNote':
    'Your pulse answers are stored without your name, under a code that changes with every poll, and are only shown combined for at least {min} people.',
  'chat.mydata.forget': 'Want everything erased? Write `/kulturpuls mydata forget`.',
  'chat.mydata.forget.confirm':
    'This erases your name, your settings, the stories and reflections you shared with your name, and nominations you gave or received. Pulse answers without a name remain only in the figures for the whole group. To go ahead, write `/kulturpuls mydata forget {code}` (the code is valid until the end of the day).',
  'chat.mydata.forget.done':
    'Done: everything Kulturpuls had stored about you is erased. If you write to me again, we start afresh.',
  'chat.mydata.forget.wrongCode':
    'That code is not right (or is from another day). Write `/kulturpuls mydata forget` to get a new one.',
  'chat.reminders.on': 'on',
  'chat.reminders.off': 'paused',
  'chat.language.nb': 'Norwegian Bokmål',
  'chat.language.nn': 'Norwegian Nynorsk',
  'chat.language.en': 'English',
  'chat.thread.saved':
    'Thank you! Your reply is saved. Remember that a reply in the thread shows your name to everyone in the channel. To answer without others seeing it, use the “Answer” button.',
  'chat.close': 'Close',
  'chat.truncated': 'Read the rest on the dashboard',
  'chat.home.heading': 'Kulturpuls',
  'chat.home.stories': 'Your stories',
  'chat.home.nominations': 'Your nominations',
  'chat.home.none': 'None yet.',
  'chat.home.upcoming': 'Next scheduled posts',
  'chat.home.upcomingNone': 'No scheduled posts.',
  'chat.home.failed': 'Failed deliveries',
  'chat.home.failedNone': 'No failed deliveries.',
  'chat.home.awaiting': 'Nominations waiting for recognition',
  'chat.home.recognise': 'Recognise',
  'chat.home.more': { one: '… and {count} more', other: '… and {count} more' },
  'chat.nomination.status.awaiting_consent': 'waiting for an answer',
  'chat.nomination.status.accepted': 'accepted',
  'chat.nomination.status.declined': 'declined',
  'chat.nomination.status.recognised': 'recognised',
};
