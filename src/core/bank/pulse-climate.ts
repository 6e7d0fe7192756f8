import type { Question } from '../records.js';
import { climateStatement } from './define-question.js';

// One statement per item of the KS checklist "Kjennetegn innovasjonskultur", in our own words.
// Konflikt describes the negative trait, so agreeing is bad and the digest scores it reversed.
export const CLIMATE_STATEMENTS: readonly Question[] = Object.freeze([
  climateStatement('pulse-utfordringer-1', 'utfordringer', {
    nb: 'Hos oss gir arbeidet oss utfordringer vi har lyst til å ta fatt på.',
    nn: 'Hos oss gir arbeidet oss utfordringar vi har lyst til å ta fatt på.',
    en: 'Our work gives us challenges we are keen to take on.',
  }),
  climateStatement('pulse-frihet-1', 'frihet', {
    nb: 'På min arbeidsplass kan vi ta kontakt, ta initiativ og dele informasjon uten å måtte gå tjenestevei.',
    nn: 'På arbeidsplassen min kan vi ta kontakt, ta initiativ og dele informasjon utan å måtte gå tenesteveg.',
    en: 'At my workplace, we can reach out, take initiative and share information without going through official channels.',
  }),
  climateStatement('pulse-idestotte-1', 'idestotte', {
    nb: 'Hos oss lytter vi til hverandre og oppmuntrer til nye initiativ.',
    nn: 'Hos oss lyttar vi til kvarandre og oppmuntrar til nye initiativ.',
    en: 'We listen to each other and encourage new initiatives.',
  }),
  climateStatement('pulse-tillit-1', 'tillit', {
    nb: 'På min arbeidsplass tør vi ta initiativ uten å frykte latterliggjøring eller negative reaksjoner.',
    nn: 'På arbeidsplassen min tør vi ta initiativ utan å frykte latterleggjering eller negative reaksjonar.',
    en: 'At my workplace, we dare to take initiative without fearing ridicule or negative consequences.',
  }),
  climateStatement('pulse-humor-1', 'humor', {
    nb: 'Hos oss er stemningen avslappet, og det er rom for humor og lek.',
    nn: 'Hos oss er stemninga avslappa, og det er rom for humor og leik.',
    en: 'The atmosphere at our workplace is relaxed, with room for humour and play.',
  }),
  climateStatement('pulse-dynamikk-1', 'dynamikk', {
    nb: 'På min arbeidsplass er det energi og driv, og det skjer stadig noe nytt.',
    nn: 'På arbeidsplassen min er det energi og driv, og det skjer stadig noko nytt.',
    en: 'At my workplace, there is energy and drive, and new things keep happening.',
  }),
  climateStatement('pulse-debatter-1', 'debatter', {
    nb: 'Hos oss diskuterer vi ulike synspunkter åpent, også når vi er uenige.',
    nn: 'Hos oss diskuterer vi ulike synspunkt ope, også når vi er usamde.',
    en: 'We discuss different points of view openly, even when we disagree.',
  }),
  climateStatement(
    'pulse-konflikt-1',
    'konflikt',
    {
      nb: 'På min arbeidsplass preges hverdagen av personlige spenninger og motvilje mellom kolleger.',
      nn: 'På arbeidsplassen min er kvardagen prega av personlege spenningar og motvilje mellom kollegaer.',
      en: 'At my workplace, everyday life is marked by personal tension and dislike between colleagues.',
    },
    { reverse: true },
  ),
  climateStatement('pulse-risiko-1', 'risiko', {
    nb: 'Hos oss tar vi raske beslutninger og prøver heller ut nye muligheter enn å utrede dem i det uendelige.',
    nn: 'Hos oss tek vi raske avgjerder og prøver heller ut nye moglegheiter enn å greie dei ut i det uendelege.',
    en: 'We make decisions quickly and would rather try out new opportunities than analyse them endlessly.',
  }),
  climateStatement('pulse-idetid-1', 'idetid', {
    nb: 'På min arbeidsplass har vi tid til å utvikle, diskutere og teste nye ideer.',
    nn: 'På arbeidsplassen min har vi tid til å utvikle, diskutere og teste nye idear.',
    en: 'At my workplace, we have time to develop, discuss and test new ideas.',
  }),
]);
