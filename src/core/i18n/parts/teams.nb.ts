// Microsoft Teams: the dashboard tab and its sign-in (bokmål reference).
export const teamsNb = {
  'teams.tab.title': 'Innovasjonskultur',
  'teams.tab.loading': 'Laster oppsummeringen …',
  'teams.tab.outside': 'Denne siden er laget for Microsoft Teams. Du kan også åpne oppsummeringen direkte.',
  'teams.tab.open': 'Åpne oppsummeringen',
  'teams.tab.signingIn': 'Logger deg inn med Teams …',
  'teams.tab.employee.title': 'Oppsummeringen er for innovasjonsledere',
  'teams.tab.employee.text':
    'Bare innovasjonsledere og administratorer i {organisation} ser månedsoppsummeringen her, fordi den viser tall for sektorer og grupper. Lederne deler resultatene med alle i kanalene. Trenger du tilgang, kan du be en administrator legge e-postadressen din inn som innovasjonsleder.',
  'teams.tab.employee.noEmail':
    'Bare innovasjonsledere og administratorer i {organisation} ser månedsoppsummeringen her, fordi den viser tall for sektorer og grupper. Rollene i oppsettet er gitt etter e-postadresse, men Teams-kontoen din viser ingen e-postadresse, så Kulturpuls kan ikke kjenne deg igjen. Er du innovasjonsleder, kan du be en administrator legge inn ID-en din i rollene i stedet. Skriv «minedata» til Kulturpuls i chatten for å se den.',
  'teams.tab.refused.title': 'Vi kunne ikke bekrefte hvem du er',
  'teams.tab.refused.text':
    'Innloggingen fra Teams ble avvist. Lukk fanen og åpne den igjen. Hjelper ikke det, kan du be en administrator sjekke oppsettet av Kulturpuls i Teams.',
  'teams.tab.unavailable':
    'Innlogging med Teams er ikke satt opp ennå (CLIENT_ID og TENANT_ID). Be en administrator om å fullføre oppsettet.',
  'teams.page.about.title': 'Om Kulturpuls',
  'teams.page.about.text':
    'Kulturpuls er en chatbot for innovasjonskultur i kommunen. Den stiller ukas refleksjonsspørsmål, kjører korte pulsmålinger, samler gode historier og nominasjoner og lager en månedlig oppsummering for innovasjonsledere. {organisation} drifter Kulturpuls på egen server.',
  'teams.page.privacy.title': 'Personvern i Kulturpuls',
  'teams.page.privacy.text':
    'Alt lagres i den egne databasen til {organisation}; ingenting sendes til tredjeparter. Svar på pulsmålinger lagres uten navn og vises bare for grupper som er store nok. Historier, refleksjoner du deler med navn og nominasjoner lagres med navnet ditt. Skriv «minedata» til boten for å se hva som er lagret om deg, og «minedata slett» for å slette det. Spørsmål om personvern går til personvernombudet i {organisation}.',
  'teams.page.terms.title': 'Vilkår for bruk',
  'teams.page.terms.text':
    'Kulturpuls er åpen kildekode og brukes på vilkårene til {organisation} for interne verktøy. Del ikke sensitive personopplysninger i fritekst. Innovasjonsledere og administratorer bruker oppsummeringen til læring, ikke til å vurdere enkeltpersoner.',
  // The personal chat's first card: one text, paragraphs separated by blank lines, the help's buttons under it.
  'teams.welcome':
    'Velkommen til Kulturpuls\n\nKulturpuls stiller korte spørsmål om innovasjonskulturen i {organisation}: refleksjoner, pulsmålinger, gode historier og anerkjennelse av kolleger.\n\nDette lagres: navnet ditt og innstillingene dine, det du deler med navn, og pulssvar uten navn. Resultater vises bare for grupper på minst {min} personer. Trykk «Mine data» for å se alt som er lagret om deg.\n\nAlt kan gjøres med knappene under. Skriv `/kulturpuls hjelp` når du vil se dem igjen.',
} as const;
