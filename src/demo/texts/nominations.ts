import type { Dimension } from '../../core/vocabulary.js';

export interface NominationTemplate {
  dimension: Dimension;
  reason: string;
}

/** Why a colleague or a team is nominated, in bokmål, each on one culture dimension. */
export const NOMINATION_REASONS: readonly NominationTemplate[] = [
  {
    dimension: 'brukerorientering',
    reason: 'Tok initiativ til å spørre brukerne før vi endret rutinen, og fikk oss til å tenke helt nytt.',
  },
  {
    dimension: 'tverrfaglighet',
    reason: 'Samlet skole, helsestasjon og NAV rundt samme bord og fikk i gang et samarbeid som varer.',
  },
  {
    dimension: 'idestotte',
    reason: 'Lytter alltid til nye forslag og hjelper oss å gjøre dem om til noe vi kan teste.',
  },
  {
    dimension: 'risiko',
    reason:
      'Turte å prøve en løsning ingen hadde testet før, og delte åpent både det som gikk og det som ikke gikk.',
  },
  {
    dimension: 'nettverk',
    reason: 'Bygde kontakt med nabokommunen og frivilligsentralen, og deler erfaringene med resten av oss.',
  },
  {
    dimension: 'laering',
    reason: 'Innførte en fast evaluering etter hvert prosjekt, så vi faktisk lærer av det vi gjør.',
  },
  {
    dimension: 'maling',
    reason: 'Fant en enkel måte å måle effekten av den nye rutinen på, som ledelsen nå bruker i målekortet.',
  },
  {
    dimension: 'humor',
    reason: 'Sørger for godt humør også i travle perioder, og gjør det lett å komme med halvferdige ideer.',
  },
  {
    dimension: 'anerkjennelse',
    reason: 'Er raus med å gi ros til kollegaer og sørger for at gode initiativ blir sett.',
  },
  {
    dimension: 'idetid',
    reason: 'Fikk på plass en fast halvtime i uka til forbedringsforslag, og holder den hellig.',
  },
];

export const TEAM_NAMES: readonly string[] = [
  'Hjemmetjenesten sone øst',
  'Biblioteket',
  'IKT-avdelingen',
  'Frisklivssentralen',
  'Vann og avløp',
  'Barnehagen på Bakken',
  'Ungdomsskolens elevråd',
  'Servicetorget',
  'Legevakten',
  'Kulturskolen',
  'Boligkontoret',
  'Renholdet på rådhuset',
];
