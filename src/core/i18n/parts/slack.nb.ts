// Slack: App Home settings, the onboarding DM and delivery problems shown to the nominator (bokmål reference).
export const slackNb = {
  'slack.home.settings': 'Innstillinger',
  'slack.home.language': 'Språk',
  'slack.home.reminders': 'Påminnelser',
  'slack.home.pause': 'Sett påminnelser på pause',
  'slack.home.sector': 'Sektoren din',
  'slack.home.sectorNone': 'Velg sektor',
  'slack.home.consentFailed':
    'Forespørselen til {name} om å godta nominasjonen kom ikke fram ({reason}). Innovasjonslederne ser feilen, og ingenting er publisert.',
  // One DM, paragraphs separated by blank lines: the notice payload carries one text.
  'slack.onboarding':
    'Velkommen til Kulturpuls\n\nKulturpuls stiller korte spørsmål om innovasjonskulturen i {organisation}: refleksjoner, pulsmålinger, gode historier og anerkjennelse av kolleger.\n\nDette lagres: navnet ditt og innstillingene dine, det du deler med navn, og pulssvar uten navn. Resultater vises bare for grupper på minst {min} personer. Skriv `/kulturpuls minedata` for å se alt som er lagret om deg.\n\nVil du ha ro en periode? Skriv `/kulturpuls pause`, eller kryss av for pause under Innstillinger i fanen Hjem.',
} as const;
