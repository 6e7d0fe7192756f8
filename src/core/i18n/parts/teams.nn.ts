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
};
