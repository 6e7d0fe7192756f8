import type { PartCatalog } from '../catalog-types.js';
import type { slackNb } from './slack.nb.js';

export const slackEn: PartCatalog<typeof slackNb> = {
  'slack.home.settings': 'Settings',
  'slack.home.language': 'Language',
  'slack.home.reminders': 'Reminders',
  'slack.home.pause': 'Pause reminders',
  'slack.home.sector': 'Your sector',
  'slack.home.sectorNone': 'Choose a sector',
  'slack.home.consentFailed':
    'The request asking {name} to accept the nomination could not be delivered ({reason}). The innovation leads see the error, and nothing has been published.',
  // One DM, paragraphs separated by blank lines: the notice payload carries one text.
  'slack.onboarding':
    'Welcome to Kulturpuls\n\nKulturpuls asks short questions about the innovation culture at {organisation}: reflections, pulse polls, success stories and recognition of colleagues.\n\nWhat is stored: your name and your settings, what you share with your name, and pulse answers without your name. Results are only shown for groups of at least {min} people. Type `/kulturpuls mydata` to see everything stored about you.\n\nWant some quiet for a while? Type `/kulturpuls pause`, or tick pause under Settings in the Home tab.',
};
