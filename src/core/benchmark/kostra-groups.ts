import { KOSTRA_MUNICIPALITIES } from './kostra-municipalities.js';

/**
 * SSB's KOSTRA groups of municipalities ("Gruppering av kommuner etter folkemengde og økonomiske
 * rammebetingelser 2020", Kringlebotten & Langørgen, SSB Rapporter 2020/48), still in force, with the
 * municipality numbers of 2024 (ssb.no, "KOSTRA-gruppene", overview with the 2024 numbers).
 * 17 groups over 357 municipalities.
 *
 * Every municipality's group is in kostra-municipalities.ts; `organisation.kostraGroup` in the config
 * overrides it.
 */
export const KOSTRA_SOURCE =
  'SSB, KOSTRA-gruppene per 2020 (Rapporter 2020/48), med kommunenummer fra 2024' as const;

export interface KostraGroup {
  group: number;
  /** Inhabitants, as SSB describes the group. */
  population: string;
  /** Municipalities in the group, as SSB counts them from 2024. */
  municipalities: number;
}

export const KOSTRA_GROUPS: readonly KostraGroup[] = [
  { group: 1, population: '2 000–9 999', municipalities: 40 },
  { group: 2, population: '2 000–9 999', municipalities: 18 },
  { group: 3, population: '2 000–9 999', municipalities: 9 },
  { group: 4, population: '2 000–9 999', municipalities: 39 },
  { group: 5, population: '2 000–9 999', municipalities: 33 },
  { group: 6, population: '2 000–9 999', municipalities: 28 },
  { group: 7, population: '10 000–19 999', municipalities: 38 },
  { group: 8, population: '10 000–19 999', municipalities: 13 },
  { group: 9, population: '20 000–29 999', municipalities: 27 },
  { group: 10, population: '30 000–44 999', municipalities: 13 },
  { group: 11, population: '45 000–74 999', municipalities: 10 },
  { group: 12, population: '75 000–300 000', municipalities: 11 },
  { group: 13, population: 'Oslo', municipalities: 1 },
  { group: 14, population: '600–1 999', municipalities: 25 },
  { group: 15, population: '600–1 999', municipalities: 36 },
  { group: 16, population: '0–599', municipalities: 8 },
  { group: 17, population: 'de åtte med høyest skatteinntekter per innbygger', municipalities: 8 },
];

export const KOSTRA_GROUP_COUNT = 17;

/** The group from the config's override, else from the shipped table; null when neither knows it. */
export function kostraGroupOf(number: string, override?: number): number | null {
  return override ?? KOSTRA_MUNICIPALITIES[number]?.group ?? null;
}
