// Microsoft Teams: command replies, the personal-data card and the dashboard tab (bokmål reference).
export const teamsNb = {
  'teams.help':
    'Dette kan du skrive til meg:\n• story – del en god historie\n• nominate – nominer en kollega eller et team\n• pulse – svar på åpne pulsmålinger\n• lang nb|nn|en – velg språk\n• sector – velg sektoren din\n• pause / resume – slå påminnelser av og på\n• mydata – se hva som er lagret om deg\nFor innovasjonsledere: post PLAN-ID, digest [ÅÅÅÅ-MM]',
  'teams.unknownCommand': 'Jeg forstod ikke «{text}».',
  'teams.lang.usage': 'Skriv «lang nb», «lang nn» eller «lang en».',
  'teams.post.usage': 'Skriv «post PLAN-ID». Planer: {known}',
  'teams.post.unknown': 'Fant ingen plan «{id}». Planer: {known}',
  'teams.post.done': {
    one: 'Plan «{id}» er kjørt nå: {count} melding er lagt i kø.',
    other: 'Plan «{id}» er kjørt nå: {count} meldinger er lagt i kø.',
  },
  'teams.digest.usage': 'Skriv «digest» eller «digest ÅÅÅÅ-MM».',
  'teams.mydata.heading': 'Dette er lagret om deg',
  'teams.mydata.name': 'Navn',
  'teams.mydata.language': 'Språk',
  'teams.mydata.paused': 'Påminnelser',
  'teams.mydata.pausedYes': 'satt på pause',
  'teams.mydata.pausedNo': 'på',
  'teams.mydata.stories': 'Gode historier',
  'teams.mydata.reflections': 'Refleksjoner med navnet ditt',
  'teams.mydata.nominations': 'Nominasjoner (gitt eller mottatt)',
  'teams.mydata.note':
    'Svar på pulsmålinger lagres uten navnet ditt og kan ikke knyttes til deg. Be en administrator om full eksport eller sletting.',
  'teams.tab.title': 'Innovasjonskultur',
  'teams.tab.loading': 'Laster oppsummeringen …',
  'teams.tab.outside': 'Denne siden er laget for Microsoft Teams. Du kan også åpne oppsummeringen direkte.',
  'teams.tab.open': 'Åpne oppsummeringen',
  'teams.tab.signingIn': 'Logger deg inn med Teams …',
  'teams.tab.employee.title': 'Oppsummeringen er for innovasjonsledere',
  'teams.tab.employee.text':
    'Bare innovasjonsledere og administratorer i {organisation} ser månedsoppsummeringen her, fordi den viser tall for sektorer og grupper. Lederne deler resultatene med alle i kanalene. Trenger du tilgang, kan du be en administrator legge e-postadressen din inn som innovasjonsleder.',
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
    'Alt lagres i den egne databasen til {organisation}; ingenting sendes til tredjeparter. Svar på pulsmålinger lagres uten navn og vises bare for grupper som er store nok. Historier, refleksjoner du deler med navn og nominasjoner lagres med navnet ditt. Skriv «mydata» til boten for å se hva som er lagret om deg, og «mydata forget» for å slette det. Spørsmål om personvern går til personvernombudet i {organisation}.',
  'teams.page.terms.title': 'Vilkår for bruk',
  'teams.page.terms.text':
    'Kulturpuls er åpen kildekode og brukes på vilkårene til {organisation} for interne verktøy. Del ikke sensitive personopplysninger i fritekst. Innovasjonsledere og administratorer bruker oppsummeringen til læring, ikke til å vurdere enkeltpersoner.',
} as const;
