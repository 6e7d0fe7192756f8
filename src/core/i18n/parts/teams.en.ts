import type { PartCatalog } from '../catalog-types.js';
import type { teamsNb } from './teams.nb.js';

export const teamsEn: PartCatalog<typeof teamsNb> = {
  'teams.tab.title': 'Innovation culture',
  'teams.tab.loading': 'Loading the digest …',
  'teams.tab.outside': 'This page is made for Microsoft Teams. You can also open the digest directly.',
  'teams.tab.open': 'Open the digest',
  'teams.tab.signingIn': 'Signing you in with Teams …',
  'teams.tab.employee.title': 'The digest is for innovation leads',
  'teams.tab.employee.text':
    'Only innovation leads and administrators in {organisation} see the monthly digest here, because it shows figures for sectors and groups. The leads share the results with everyone in the channels. If you need access, ask an administrator to add your e-mail address as an innovation lead.',
  'teams.tab.employee.noEmail':
    'Only innovation leads and administrators in {organisation} see the monthly digest here, because it shows figures for sectors and groups. The roles in the configuration are given by e-mail address, but your Teams account shows no e-mail address, so Kulturpuls cannot recognise you. If you are an innovation lead, ask an administrator to put your ID in the roles instead. Write “mydata” to Kulturpuls in the chat to see it.',
  'teams.tab.refused.title': 'We could not confirm who you are',
  'teams.tab.refused.text':
    'The sign-in from Teams was refused. Close the tab and open it again. If that does not help, ask an administrator to check how Kulturpuls is set up in Teams.',
  'teams.tab.unavailable':
    'Sign-in with Teams is not set up yet (CLIENT_ID and TENANT_ID). Ask an administrator to finish the setup.',
  'teams.page.about.title': 'About Kulturpuls',
  'teams.page.about.text':
    'Kulturpuls is a chat bot for the municipality’s innovation culture. It asks the week’s reflection question, runs short pulse polls, collects success stories and nominations and makes a monthly digest for innovation leads. {organisation} runs Kulturpuls on its own server.',
  'teams.page.privacy.title': 'Privacy in Kulturpuls',
  'teams.page.privacy.text':
    'Everything is stored in {organisation}’s own database; nothing is sent to third parties. Pulse answers are stored without names and shown only for groups that are large enough. Stories, reflections you share with your name and nominations are stored with your name. Write “mydata” to the bot to see what is stored about you, and “mydata forget” to erase it. Questions about privacy go to the data protection officer of {organisation}.',
  'teams.page.terms.title': 'Terms of use',
  'teams.page.terms.text':
    'Kulturpuls is open source and is used on {organisation}’s terms for internal tools. Do not share sensitive personal data in free text. Innovation leads and administrators use the digest for learning, not to assess individuals.',
  // The personal chat's first card: one text, paragraphs separated by blank lines, the help's buttons under it.
  'teams.welcome':
    'Welcome to Kulturpuls\n\nKulturpuls asks short questions about the innovation culture at {organisation}: reflections, pulse polls, success stories and recognition of colleagues.\n\nWhat is stored: your name and your settings, what you share with your name, and pulse answers without your name. Results are only shown for groups of at least {min} people. Click “My data” to see everything stored about you.\n\nEverything works with the buttons below. Type `/kulturpuls help` to see them again.',
};
