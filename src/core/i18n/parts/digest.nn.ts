import type { PartCatalog } from '../catalog-types.js';
import type { digestNb } from './digest.nb.js';

// Nynorsk — honest comparisons and "what should we do now?" in the digest.
export const digestNn: PartCatalog<typeof digestNb> = {
  'dig.index.window': 'Målt over {span}, {count} av 7 leiingsdimensjonar.',
  'dig.index.change': {
    one: 'Endring frå {span}, på den same utsegna: {delta}.',
    other: 'Endring frå {span}, på dei same {count} utsegnene: {delta}.',
  },
  'dig.index.noChange': 'Inga endring blir vist: ingen utsegner vart målte både no og i perioden før.',
  'dig.index.sinceStart': 'Sidan {span}, på dei same utsegnene: {delta}.',
  'dig.section.leadership': 'Leiingsdimensjonar ({span})',
  'dig.section.climate': 'Sjekklista «Kjenneteikn innovasjonskultur» ({span}, ikkje med i indeksen)',
  'dig.col.comparedWith': 'Samanlikna med',
  'dig.change.explain':
    'Kvar endring samanliknar dei same utsegnene i begge periodane. Dimensjonane blir viste over tre månader, fordi pulsmålingane byter utsegner frå gong til gong.',
  'dig.noise.mark': '(innanfor støyen)',
  'dig.noise.explain':
    'Ei endring merkt «innanfor støyen» er så lita at tilfeldig variasjon kan forklare henne: 95 % konfidensintervall for endringa omfattar null, eller ein av periodane hadde færre enn {min} svar. Les henne ikkje som eit teikn på at kulturen har endra seg.',
  'dig.actions.changeNoise':
    'Størst endring: «{statement}» {delta} frå {span}. Det er innanfor støyen, så vi kan ikkje seie at noko har endra seg.',
  'dig.actions.title': 'Kva bør vi gjere no?',
  'dig.actions.weakest': 'Svakast denne månaden: «{statement}» ({score} av 5).',
  'dig.actions.change': 'Størst endring: «{statement}» {delta} frå {span}.',
  'dig.actions.gap': 'Størst skilnad mellom sektorar: {high} ({highScore}) og {low} ({lowScore}).',
  'dig.actions.practice': 'Til neste teammøte: {practice}',
  'dig.actions.ask': 'Spør: {question}',
  'dig.actions.overdue': {
    one: '{count} neste steg frå tidlegare månader er framleis ope.',
    other: '{count} neste steg frå tidlegare månader er framleis opne.',
  },
  'dig.actions.none': 'Ingen utsegner kunne visast denne månaden, så vi har ingen forslag enno.',
  'dig.withheld.hiddenSectors': {
    one: 'Éin sektor blir ikkje vist i det heile.',
    other: '{count} sektorar blir ikkje viste i det heile.',
  },
  'dig.learning.thanks.anonymous':
    'Takk for svaret! Det er lagra utan namnet ditt, og neste steg blir følgt opp i månadsoppsummeringa.',
  'dig.learning.thanks.named':
    'Takk for svaret! Det er lagra med namnet ditt, og neste steg blir følgt opp i månadsoppsummeringa.',
  'dig.section.reflections': 'Svar på refleksjonsspørsmåla',
  'dig.reflections.withheld': {
    one: '{count} svar utan namn blir ikkje vist: spørsmålet fekk færre enn {n} svar.',
    other: '{count} svar utan namn blir ikkje viste: spørsmålet fekk færre enn {n} svar.',
  },
  'dig.reflections.unnamed': 'utan namn',
  // The activity table's first column header (axe: a header cell must not be empty).
  'dash.col.counted': 'Kva som blir talt',
  'dig.section.themes': 'Tema som går igjen',
  'dig.themes.explain':
    'Ord og uttrykk som minst tre personar har skrive i historier eller svar denne månaden. Ulike bøyingar av same ord blir talde saman, og småord og fyllord er utelatne.',
  'dig.themes.item': { one: '{word} ({count} tekst)', other: '{word} ({count} tekstar)' },
  'dig.range': 'Det finst inga oppsummering for {month}. Vel ein månad frå {first} til {last}.',
};
