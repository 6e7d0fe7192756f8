import type { PartCatalog } from '../catalog-types.js';
import type { conversationNb } from './conversation.nb.js';

export const conversationEn: PartCatalog<typeof conversationNb> = {
  'chat.help.manager': 'For managers:\n• `/kulturpuls recognise` – nominations waiting for recognition',
  'chat.results.hint':
    'The pulse of {date}. Add one sentence on what you will do about it and the results are shared now: `/kulturpuls results note …`.',
  'chat.results.hintNamed':
    'The pulse of {date}. Add one sentence on what you will do about it and the results are shared now: `/kulturpuls results note {id} …`.',
  'chat.results.shared': 'The results have already been shared in the channel.',
  'chat.results.none': 'No pulse has closed in the last three months.',
  'reflection.noteButtonOnly': 'Answer with the button and you choose whether your name goes with it.',
  'nomination.consent.undelivered':
    'We could not ask {nominee} about your nomination: Kulturpuls cannot reach them (the app may not be installed for them). The nomination is waiting; you may want to tell an administrator.',
  'nomination.consent.undeliveredUnnamed':
    'We could not ask the colleague you nominated about your nomination: Kulturpuls cannot reach them (the app may not be installed for them). The nomination is waiting; you may want to tell an administrator.',
  'nomination.consent.acceptedNominatorUnnamed':
    'The colleague you nominated said yes to your nomination. A manager can now recognise it.',
  'nomination.consent.acceptedNominator':
    '{nominee} said yes to your nomination. A manager can now recognise it.',
  'chat.mydata.name': 'Name',
  'chat.mydata.email': 'E-mail',
  'chat.mydata.sector': 'Sector',
  'chat.mydata.notStored': 'not stored',
  'chat.mydata.language': 'Language',
  'chat.mydata.reminders': 'Reminders',
  'chat.mydata.stories': 'Stories',
  'chat.mydata.reflections': 'Reflections with your name',
  'chat.mydata.roles': 'Roles',
  'chat.mydata.roleId': 'ID for the roles in the configuration',
  'chat.mydata.nominations': 'Nominations you gave or received',
  'chat.post.pulseOpen':
    'A pulse from this schedule is already open in the same channel. To post a new one anyway, type `/kulturpuls post {id} force`.',
  'chat.recognise.none': 'No nominations are waiting for recognition right now.',
  'chat.privateOnly':
    'This answer is for you alone and is not shown in the channel. Type the same in your personal chat with Kulturpuls.',
  'chat.recognise.item': '{nominee} – {dimension}',
  'chat.thread.useButton':
    'Replies in the thread are not stored. Use the «Answer» button on the question to have your answer included.',
};
