// Bokmål — honest comparisons and "what should we do now?" in the digest (the reference for nn and en).
export const digestNb = {
  'dig.index.window': 'Målt over {span}, {count} av 7 ledelsesdimensjoner.',
  'dig.index.change': {
    one: 'Endring fra {span}, på det samme utsagnet: {delta}.',
    other: 'Endring fra {span}, på de samme {count} utsagnene: {delta}.',
  },
  'dig.index.noChange': 'Ingen endring vises: ingen utsagn ble målt både nå og i perioden før.',
  'dig.index.sinceStart': 'Siden {span}, på de samme utsagnene: {delta}.',
  'dig.section.leadership': 'Ledelsesdimensjoner ({span})',
  'dig.section.climate': 'Sjekklisten «Kjennetegn innovasjonskultur» ({span}, ikke med i indeksen)',
  'dig.col.comparedWith': 'Sammenlignet med',
  'dig.change.explain':
    'Hver endring sammenligner de samme utsagnene i begge perioder. Dimensjonene vises over tre måneder, fordi pulsmålingene bytter utsagn fra gang til gang.',
  'dig.noise.mark': '(innenfor støyen)',
  'dig.noise.explain':
    'En endring merket «innenfor støyen» er så liten at tilfeldig variasjon kan forklare den: 95 % konfidensintervall for endringen omfatter null, eller en av periodene hadde færre enn {min} svar. Les den ikke som et tegn på at kulturen har endret seg.',
  'dig.actions.changeNoise':
    'Størst endring: «{statement}» {delta} fra {span}. Det er innenfor støyen, så vi kan ikke si at noe har endret seg.',
  'dig.actions.title': 'Hva bør vi gjøre nå?',
  'dig.actions.weakest': 'Svakest denne måneden: «{statement}» ({score} av 5).',
  'dig.actions.change': 'Størst endring: «{statement}» {delta} fra {span}.',
  'dig.actions.gap': 'Størst forskjell mellom sektorer: {high} ({highScore}) og {low} ({lowScore}).',
  'dig.actions.practice': 'Til neste teammøte: {practice}',
  'dig.actions.ask': 'Spør: {question}',
  'dig.actions.overdue': {
    one: '{count} neste steg fra tidligere måneder er fortsatt åpent.',
    other: '{count} neste steg fra tidligere måneder er fortsatt åpne.',
  },
  'dig.actions.none': 'Ingen utsagn kunne vises denne måneden, så vi har ingen forslag ennå.',
  'dig.withheld.hiddenSectors': {
    one: 'Én sektor vises ikke i det hele tatt.',
    other: '{count} sektorer vises ikke i det hele tatt.',
  },
  'dig.learning.thanks.anonymous':
    'Takk for svaret! Det er lagret uten navnet ditt, og neste steg følges opp i månedsoppsummeringen.',
  'dig.learning.thanks.named':
    'Takk for svaret! Det er lagret med navnet ditt, og neste steg følges opp i månedsoppsummeringen.',
  'dig.section.reflections': 'Svar på refleksjonsspørsmålene',
  'dig.reflections.withheld': {
    one: '{count} svar uten navn vises ikke: spørsmålet fikk færre enn {n} svar.',
    other: '{count} svar uten navn vises ikke: spørsmålet fikk færre enn {n} svar.',
  },
  'dig.reflections.unnamed': 'uten navn',
  // The activity table's first column header (axe: a header cell must not be empty).
  'dash.col.counted': 'Hva som telles',
  'dig.section.themes': 'Temaer som går igjen',
  'dig.themes.explain':
    'Ord og uttrykk som minst tre personer har skrevet i historier eller svar denne måneden. Ulike bøyninger av samme ord telles sammen, og småord og fyllord er utelatt.',
  'dig.themes.item': { one: '{word} ({count} tekst)', other: '{word} ({count} tekster)' },
  'dig.range': 'Det finnes ingen oppsummering for {month}. Velg en måned fra {first} til {last}.',
} as const;
