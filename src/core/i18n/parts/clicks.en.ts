import type { PartCatalog } from '../catalog-types.js';
import type { clicksNb } from './clicks.nb.js';

// English.
export const clicksEn: PartCatalog<typeof clicksNb> = {
  'click.heading': 'Or click:',
  'click.pulse': 'Answer pulse polls',
  'click.lang': 'Choose language',
  'click.sector': 'Choose sector',
  'click.pause': 'Pause reminders',
  'click.resume': 'Turn reminders on',
  'click.kaffe': 'Kaffe på tvers',
  'click.kaffe.join': 'Join',
  'click.kaffe.skip': 'Skip the next round',
  'click.kaffe.leave': 'Leave',
  'click.mydata': 'My data',
  'click.forget': 'Delete everything about me',
  'click.forget.question': 'Are you sure?',
  'click.forget.sure': 'Yes, delete everything',
  'click.recognise': 'Nominations to recognise',
  'click.post.force': 'Post anyway',
  'click.post': 'Post now',
  'click.digest': 'Monthly digest',
  'click.results': 'Results',
  'click.nextsteps': 'Next steps',
  'click.comments': 'Anonymous comments',
  'click.deliveries': 'Deliveries',
  'click.help': 'What can I do?',
  'click.menu': 'Back to the menu',
  'click.comments.hide': 'Hide',
  'click.results.note': 'Add one sentence and share',
  'click.results.noteTitle': 'What we will do about it',
  'click.results.noteField': 'One sentence on what you will do about the results',
  'click.results.noteIntro':
    'The results of the pulse of {date} are shared in the channel with your sentence.',
};
