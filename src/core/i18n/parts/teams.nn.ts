import type { PartCatalog } from '../catalog-types.js';
import type { teamsNb } from './teams.nb.js';

export const teamsNn: PartCatalog<typeof teamsNb> = {
  'teams.help':
    'Dette kan du skrive til meg:\n• story – del ei god historie\n• nominate – nominer ein kollega eller eit team\n• pulse – svar på opne pulsmålingar\n• lang nb|nn|en – vel språk\n• sector – vel sektoren din\n• pause / resume – slå påminningar av og på\n• mydata – sjå kva som er lagra om deg\nFor innovasjonsleiarar: post PLAN-ID, digest [ÅÅÅÅ-MM]',
  'teams.unknownCommand': 'Eg forstod ikkje «{text}».',
  'teams.lang.usage': 'Skriv «lang nb», «lang nn» eller «lang en».',
  'teams.post.usage': 'Skriv «post PLAN-ID». Planar: {known}',
  'teams.post.unknown': 'Fann ingen plan «{id}». Planar: {known}',
  'teams.post.done': {
    one: 'Plan «{id}» er køyrd no: {count} melding er lagd i kø.',
    other: 'Plan «{id}» er køyrd no: {count} meldingar er lagde i kø.',
  },
  'teams.digest.usage': 'Skriv «digest» eller «digest ÅÅÅÅ-MM».',
  'teams.mydata.heading': 'Dette er lagra om deg',
  'teams.mydata.name': 'Namn',
  'teams.mydata.language': 'Språk',
  'teams.mydata.paused': 'Påminningar',
  'teams.mydata.pausedYes': 'sette på pause',
  'teams.mydata.pausedNo': 'på',
  'teams.mydata.stories': 'Gode historier',
  'teams.mydata.reflections': 'Refleksjonar med namnet ditt',
  'teams.mydata.nominations': 'Nominasjonar (gjevne eller mottekne)',
  'teams.mydata.note':
    'Svar på pulsmålingar blir lagra utan namnet ditt og kan ikkje knytast til deg. Be ein administrator om full eksport eller sletting.',
  'teams.tab.title': 'Innovasjonskultur',
  'teams.tab.loading': 'Lastar oppsummeringa …',
  'teams.tab.outside': 'Denne sida er laga for Microsoft Teams. Du kan òg opne oppsummeringa direkte.',
  'teams.tab.open': 'Opne oppsummeringa',
  'teams.tab.signingIn': 'Loggar deg inn med Teams …',
  'teams.tab.employee.title': 'Oppsummeringa er for innovasjonsleiarar',
  'teams.tab.employee.text':
    'Berre innovasjonsleiarar og administratorar i {organisation} ser månadsoppsummeringa her, fordi ho viser tal for sektorar og grupper. Leiarane deler resultata med alle i kanalane. Treng du tilgang, kan du be ein administrator leggje e-postadressa di inn som innovasjonsleiar.',
  'teams.tab.refused.title': 'Vi kunne ikkje stadfeste kven du er',
  'teams.tab.refused.text':
    'Innlogginga frå Teams vart avvist. Lukk fana og opne ho igjen. Hjelper ikkje det, kan du be ein administrator sjekke oppsettet av Kulturpuls i Teams.',
  'teams.tab.unavailable':
    'Innlogging med Teams er ikkje sett opp enno (CLIENT_ID og TENANT_ID). Be ein administrator om å fullføre oppsettet.',
  'teams.page.about.title': 'Om Kulturpuls',
  'teams.page.about.text':
    'Kulturpuls er ein chatbot for innovasjonskultur i kommunen. Han stiller spørsmålet for veka, køyrer korte pulsmålingar, samlar gode historier og nominasjonar og lagar ei månadleg oppsummering for innovasjonsleiarar. {organisation} driftar Kulturpuls på eigen tenar.',
  'teams.page.privacy.title': 'Personvern i Kulturpuls',
  'teams.page.privacy.text':
    'Alt blir lagra i den eigne databasen til {organisation}; ingenting blir sendt til tredjepartar. Svar på pulsmålingar blir lagra utan namn og blir berre viste for grupper som er store nok. Historier, refleksjonar du deler med namn og nominasjonar blir lagra med namnet ditt. Skriv «mydata» til boten for å sjå kva som er lagra om deg, og «mydata forget» for å slette det. Spørsmål om personvern går til personvernombodet i {organisation}.',
  'teams.page.terms.title': 'Vilkår for bruk',
  'teams.page.terms.text':
    'Kulturpuls er open kjeldekode og blir brukt på vilkåra til {organisation} for interne verktøy. Del ikkje sensitive personopplysningar i fritekst. Innovasjonsleiarar og administratorar bruker oppsummeringa til læring, ikkje til å vurdere enkeltpersonar.',
};
