// Nynorsk — the politicians' version of the digest, written for a municipal council.
export const councilNn = {
  'council.intro':
    'Denne oversikta er skriven for kommunestyret. Ho viser kva dei tilsette svarer om kulturen for å prøve nye løysingar, kva administrasjonen gjer med det, og kva dei tilsette har fått til.',
  'council.figures': 'Kva tala viser',
  'council.index':
    'Dei tilsette gir kulturen for å prøve nye løysingar {score} av 5 i snitt, målt over {span}.',
  'council.indexWithheld': 'For få svarte til at vi kan vise eit samla tal denne gongen.',
  'council.sinceStartUp': 'Det er {delta} høgare enn då målingane byrja i {month}.',
  'council.sinceStartDown': 'Det er {delta} lågare enn då målingane byrja i {month}.',
  'council.sinceStartNoise':
    'Det er om lag som då målingane byrja i {month}: skilnaden er så liten at han kan kome av tilfeldigheiter.',
  'council.participation': 'I snitt svarte {rate} av dei tilsette på kvar av dei korte spørjeundersøkingane.',
  'council.weakest': 'Lågast: «{statement}» får {score} av 5.',
  'council.changeUp': 'Tydelegast endring sidan {span}: «{statement}» har gått opp {delta}.',
  'council.changeDown': 'Tydelegast endring sidan {span}: «{statement}» har gått ned {delta}.',
  'council.changeNoise':
    'Inga endring frå førre måling er stor nok til at vi kan seie at noko har endra seg.',
  'council.gap': 'Størst skilnad mellom sektorane: {high} ({highScore}) og {low} ({lowScore}).',
  'council.followUp': 'Kva administrasjonen gjer',
  'council.followUpIntro':
    'Innovasjonsleiarane følgjer opp desse områda saman med leiarane i einingane. Resultatet viser seg i målingane dei neste månadene.',
  'council.area.weakest': '{area}: her gir dei tilsette lågast skår.',
  'council.area.change': '{area}: her har svara endra seg mest.',
  'council.area.gap': '{area}: her svarer sektorane ulikt.',
  'council.followUpNone': 'Det kom for få svar denne månaden til å peike ut område å følgje opp.',
  'council.open': {
    one: '{count} tiltak frå tidlegare månader er enno ikkje fullført.',
    other: '{count} tiltak frå tidlegare månader er enno ikkje fullførte.',
  },
  'council.activity': {
    one: 'Dei siste 12 månadene har tilsette meldt inn {count} døme på noko nytt dei har fått til. {inUse} er tekne i bruk, og {spreading} kan takast i bruk av andre.',
    other:
      'Dei siste 12 månadene har tilsette meldt inn {count} døme på noko nytt dei har fått til. {inUse} er tekne i bruk, og {spreading} kan takast i bruk av andre.',
  },
  'council.stories': 'Dette har tilsette fått til',
  'council.benefits': 'Kven har nytte av det:',
  'council.learned': 'Det lærte dei:',
  'council.recognitions': 'Anerkjende denne månaden',
  'council.learning': 'Dette har vi lært',
  'council.withheld':
    'Tal om færre enn {n} personar blir ikkje viste, slik at ingen enkeltperson kan kjennast att.',
} as const;
