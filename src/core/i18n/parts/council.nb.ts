// Bokmål — the politicians' version of the digest, written for a municipal council (the reference for nn and en).
export const councilNb = {
  'council.intro':
    'Denne oversikten er skrevet for kommunestyret. Den viser hva de ansatte svarer om kulturen for å prøve nye løsninger, hva administrasjonen gjør med det, og hva de ansatte har fått til.',
  'council.figures': 'Hva tallene viser',
  'council.index':
    'De ansatte gir kulturen for å prøve nye løsninger {score} av 5 i snitt, målt over {span}.',
  'council.indexWithheld': 'For få svarte til at vi kan vise et samlet tall denne gangen.',
  'council.sinceStartUp': 'Det er {delta} høyere enn da målingene begynte i {month}.',
  'council.sinceStartDown': 'Det er {delta} lavere enn da målingene begynte i {month}.',
  'council.sinceStartNoise':
    'Det er omtrent som da målingene begynte i {month}: forskjellen er så liten at den kan skyldes tilfeldigheter.',
  'council.participation': 'I snitt svarte {rate} av de ansatte på hver av de korte spørreundersøkelsene.',
  'council.weakest': 'Lavest: «{statement}» får {score} av 5.',
  'council.changeUp': 'Tydeligst endring siden {span}: «{statement}» har gått opp {delta}.',
  'council.changeDown': 'Tydeligst endring siden {span}: «{statement}» har gått ned {delta}.',
  'council.changeNoise':
    'Ingen endring fra forrige måling er stor nok til at vi kan si at noe har endret seg.',
  'council.gap': 'Størst forskjell mellom sektorene: {high} ({highScore}) og {low} ({lowScore}).',
  'council.followUp': 'Hva administrasjonen gjør',
  'council.followUpIntro':
    'Innovasjonslederne følger opp disse områdene sammen med lederne i enhetene. Resultatet viser seg i målingene de neste månedene.',
  'council.area.weakest': '{area}: her gir de ansatte lavest score.',
  'council.area.change': '{area}: her har svarene endret seg mest.',
  'council.area.gap': '{area}: her svarer sektorene ulikt.',
  'council.followUpNone': 'Det kom for få svar denne måneden til å peke ut områder å følge opp.',
  'council.open': {
    one: '{count} tiltak fra tidligere måneder er ennå ikke fullført.',
    other: '{count} tiltak fra tidligere måneder er ennå ikke fullført.',
  },
  'council.activity': {
    one: 'De siste 12 månedene har ansatte meldt inn {count} eksempel på noe nytt de har fått til. {inUse} er tatt i bruk, og {spreading} kan tas i bruk av andre.',
    other:
      'De siste 12 månedene har ansatte meldt inn {count} eksempler på noe nytt de har fått til. {inUse} er tatt i bruk, og {spreading} kan tas i bruk av andre.',
  },
  'council.stories': 'Dette har ansatte fått til',
  'council.benefits': 'Hvem har nytte av det:',
  'council.learned': 'Det lærte de:',
  'council.recognitions': 'Anerkjent denne måneden',
  'council.learning': 'Dette har vi lært',
  'council.withheld':
    'Tall om færre enn {n} personer vises ikke, slik at ingen enkeltperson kan kjennes igjen.',
} as const;
