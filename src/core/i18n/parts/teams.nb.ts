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
} as const;
