import type { PartCatalog } from '../catalog-types.js';
import type { slackNb } from './slack.nb.js';

export const slackNn: PartCatalog<typeof slackNb> = {
  'slack.home.settings': 'Innstillingar',
  'slack.home.language': 'Språk',
  'slack.home.reminders': 'Påminningar',
  'slack.home.pause': 'Set påminningar på pause',
  'slack.home.sector': 'Sektoren din',
  'slack.home.sectorNone': 'Vel sektor',
  'slack.home.consentFailed':
    'Førespurnaden til {name} om å godta nominasjonen kom ikkje fram ({reason}). Innovasjonsleiarane ser feilen, og ingenting er publisert.',
  // One DM, paragraphs separated by blank lines: the notice payload carries one text.
  'slack.onboarding':
    'Velkomen til Kulturpuls\n\nKulturpuls stiller korte spørsmål om innovasjonskulturen i {organisation}: refleksjonar, pulsmålingar, gode historier og anerkjenning av kollegaer.\n\nDette blir lagra: namnet ditt og innstillingane dine, det du deler med namn, og pulssvar utan namn. Resultat blir berre viste for grupper på minst {min} personar. Skriv `/kulturpuls minedata` for å sjå alt som er lagra om deg.\n\nVil du ha ro ei stund? Skriv `/kulturpuls pause`, eller kryss av for pause under Innstillingar i fana Heim.',
};
