import type { Dimension, Locale } from '../vocabulary.js';

export type DimensionGroup = 'leadership' | 'climate' | 'learning';

/** Short labels for headings, digests and pickers. */
export const DIMENSION_LABELS: Readonly<Record<Dimension, Readonly<Record<Locale, string>>>> = Object.freeze({
  lederforankring: {
    nb: 'Lederfokus og forankring',
    nn: 'Leiarfokus og forankring',
    en: 'Leadership focus and anchoring',
  },
  oppmerksomhet: {
    nb: 'Oppmerksomhet om innovasjon',
    nn: 'Merksemd om innovasjon',
    en: 'Attention to innovation',
  },
  tverrfaglighet: { nb: 'Tverrfaglig samarbeid', nn: 'Tverrfagleg samarbeid', en: 'Cross-disciplinary work' },
  nettverk: { nb: 'Dialog og nettverk', nn: 'Dialog og nettverk', en: 'Dialogue and networks' },
  anerkjennelse: {
    nb: 'Forventninger og anerkjennelse',
    nn: 'Forventningar og anerkjenning',
    en: 'Expectations and recognition',
  },
  maling: { nb: 'Måling og oppfølging', nn: 'Måling og oppfølging', en: 'Measurement and follow-up' },
  brukerorientering: { nb: 'Brukerorientering', nn: 'Brukarorientering', en: 'User orientation' },
  utfordringer: { nb: 'Utfordringer', nn: 'Utfordringar', en: 'Challenge' },
  frihet: { nb: 'Frihet', nn: 'Fridom', en: 'Freedom' },
  idestotte: { nb: 'Idéstøtte', nn: 'Idéstøtte', en: 'Idea support' },
  tillit: { nb: 'Tillit', nn: 'Tillit', en: 'Trust' },
  humor: { nb: 'Humor og lek', nn: 'Humor og leik', en: 'Humour and play' },
  dynamikk: { nb: 'Dynamikk og livlighet', nn: 'Dynamikk og livlegheit', en: 'Dynamism and liveliness' },
  debatter: { nb: 'Debatter', nn: 'Debattar', en: 'Debate' },
  konflikt: { nb: 'Konflikt', nn: 'Konflikt', en: 'Conflict' },
  risiko: { nb: 'Risiko', nn: 'Risiko', en: 'Risk-taking' },
  idetid: { nb: 'Idétid', nn: 'Idétid', en: 'Idea time' },
  laering: {
    nb: 'Læring og videreutvikling',
    nn: 'Læring og vidareutvikling',
    en: 'Learning and development',
  },
});

export const DIMENSION_GROUP: Readonly<Record<Dimension, DimensionGroup>> = Object.freeze({
  lederforankring: 'leadership',
  oppmerksomhet: 'leadership',
  tverrfaglighet: 'leadership',
  nettverk: 'leadership',
  anerkjennelse: 'leadership',
  maling: 'leadership',
  brukerorientering: 'leadership',
  utfordringer: 'climate',
  frihet: 'climate',
  idestotte: 'climate',
  tillit: 'climate',
  humor: 'climate',
  dynamikk: 'climate',
  debatter: 'climate',
  konflikt: 'climate',
  risiko: 'climate',
  idetid: 'climate',
  laering: 'learning',
});
