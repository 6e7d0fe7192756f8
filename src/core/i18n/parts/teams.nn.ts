import type { PartCatalog } from '../catalog-types.js';
import type { teamsNb } from './teams.nb.js';

export const teamsNn: PartCatalog<typeof teamsNb> = {
  'teams.tab.title': 'Innovasjonskultur',
  'teams.tab.loading': 'Lastar oppsummeringa …',
  'teams.tab.outside': 'Denne sida er laga for Microsoft Teams. Du kan òg opne oppsummeringa direkte.',
  'teams.tab.open': 'Opne oppsummeringa',
  'teams.tab.signingIn': 'Loggar deg inn med Teams …',
  'teams.tab.employee.title': 'Oppsummeringa er for innovasjonsleiarar',
  'teams.tab.employee.text':
    'Berre innovasjonsleiarar og administratorar i {organisation} ser månadsoppsummeringa her, fordi ho viser tal for sektorar og grupper. Leiarane deler resultata med alle i kanalane. Treng du tilgang, kan du be ein administrator leggje e-postadressa di inn som innovasjonsleiar.',
  'teams.tab.employee.noEmail':
    'Berre innovasjonsleiarar og administratorar i {organisation} ser månadsoppsummeringa her, fordi ho viser tal for sektorar og grupper. Rollene i oppsettet er gitt etter e-postadresse, men Teams-kontoen din viser inga e-postadresse, så Kulturpuls kan ikkje kjenne deg att. Er du innovasjonsleiar, kan du be ein administrator leggje inn ID-en din i rollene i staden. Skriv «minedata» til Kulturpuls i chatten for å sjå han.',
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
    'Alt blir lagra i den eigne databasen til {organisation}; ingenting blir sendt til tredjepartar. Svar på pulsmålingar blir lagra utan namn og blir berre viste for grupper som er store nok. Historier, refleksjonar du deler med namn og nominasjonar blir lagra med namnet ditt. Skriv «minedata» til boten for å sjå kva som er lagra om deg, og «minedata slett» for å slette det. Spørsmål om personvern går til personvernombodet i {organisation}.',
  'teams.page.terms.title': 'Vilkår for bruk',
  'teams.page.terms.text':
    'Kulturpuls er open kjeldekode og blir brukt på vilkåra til {organisation} for interne verktøy. Del ikkje sensitive personopplysningar i fritekst. Innovasjonsleiarar og administratorar bruker oppsummeringa til læring, ikkje til å vurdere enkeltpersonar.',
  // The personal chat's first card: one text, paragraphs separated by blank lines, the help's buttons under it.
  'teams.welcome':
    'Velkomen til Kulturpuls\n\nKulturpuls stiller korte spørsmål om innovasjonskulturen i {organisation}: refleksjonar, pulsmålingar, gode historier og anerkjenning av kollegaer.\n\nDette blir lagra: namnet ditt og innstillingane dine, det du deler med namn, og pulssvar utan namn. Resultat blir berre viste for grupper på minst {min} personar. Trykk «Mine data» for å sjå alt som er lagra om deg.\n\nAlt kan du gjere med knappane under. Skriv `/kulturpuls hjelp` når du vil sjå dei igjen.',
};
