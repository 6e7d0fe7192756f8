import type { PartCatalog } from '../catalog-types.js';
import type { teamsNb } from './teams.nb.js';

export const teamsEn: PartCatalog<typeof teamsNb> = {
  'teams.help':
    'Here is what you can write to me:\n• story – share a success story\n• nominate – nominate a colleague or a team\n• pulse – answer open pulse polls\n• lang nb|nn|en – choose your language\n• sector – choose your sector\n• pause / resume – turn reminders off and on\n• mydata – see what is stored about you\nFor innovation leads: post SCHEDULE-ID, digest [YYYY-MM]',
  'teams.unknownCommand': 'I did not understand “{text}”.',
  'teams.lang.usage': 'Write “lang nb”, “lang nn” or “lang en”.',
  'teams.post.usage': 'Write “post SCHEDULE-ID”. Schedules: {known}',
  'teams.post.unknown': 'There is no schedule “{id}”. Schedules: {known}',
  'teams.post.done': {
    one: 'Schedule “{id}” ran now: {count} message queued.',
    other: 'Schedule “{id}” ran now: {count} messages queued.',
  },
  'teams.digest.usage': 'Write “digest” or “digest YYYY-MM”.',
  'teams.mydata.heading': 'What is stored about you',
  'teams.mydata.name': 'Name',
  'teams.mydata.language': 'Language',
  'teams.mydata.paused': 'Reminders',
  'teams.mydata.pausedYes': 'paused',
  'teams.mydata.pausedNo': 'on',
  'teams.mydata.stories': 'Success stories',
  'teams.mydata.reflections': 'Reflections with your name',
  'teams.mydata.nominations': 'Nominations (made or received)',
  'teams.mydata.note':
    'Pulse answers are stored without your name and cannot be linked to you. Ask an administrator for a full export or erasure.',
  'teams.tab.title': 'Innovation culture',
  'teams.tab.loading': 'Loading the digest …',
  'teams.tab.outside': 'This page is made for Microsoft Teams. You can also open the digest directly.',
  'teams.tab.open': 'Open the digest',
};
