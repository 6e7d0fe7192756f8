// Bokmål — the KOSTRA benchmark: what is sent, why a file is refused, and the comparison shown.
export const benchmarkNb = {
  'benchmark.refused.unreadable': '{file}: ikke en sammenligningsfil fra Kulturpuls. Avvist.',
  'benchmark.refused.tampered':
    '{file}: signaturen stemmer ikke, filen er endret etter at den ble signert. Avvist.',
  'benchmark.refused.malformed':
    '{file}: har et tall under terskelen eller et felt som ikke hører hjemme i filen. Avvist.',
  'benchmark.refused.unknownKey':
    '{file}: signert med en nøkkel som ikke er registrert for kommune {municipality}. Avvist.',
  'benchmark.refused.keysLine':
    'Nøkkelfila, linje {line}: skriv kommunenummer, nøkkel og eventuelt KOSTRA-gruppe (1–17). Avvist.',
  'benchmark.refused.unpinnedGroup':
    '{file}: KOSTRA-gruppen til kommune {municipality} står ikke i tabellen: skriv gruppen sist på kommunens linje i nøkkelfila. Avvist.',
  'benchmark.refused.wrongGroup':
    '{file}: kommune {municipality} oppgir KOSTRA-gruppe {claimed}, men er registrert i gruppe {group}. Avvist.',
  'benchmark.refused.otherMonth': '{file}: gjelder {month}, ikke {expected}. Avvist.',
  'benchmark.refused.duplicate':
    '{file}: kommune {municipality} har alt levert en fil for denne måneden. Avvist.',
  'benchmark.refused.wrongCoordinator':
    '{file}: ikke signert med koordinatorens nøkkel (benchmark.coordinatorKey i konfigurasjonen). Avvist.',
  'benchmark.refused.noCoordinatorKey':
    'Koordinatorens nøkkel mangler: sett benchmark.coordinatorKey i konfigurasjonen.',
  'benchmark.refused.noMunicipality': 'Kommunenummeret mangler: sett organisation.number i konfigurasjonen.',
  'benchmark.refused.noKostraGroup':
    'KOSTRA-gruppen til kommune {number} står ikke i tabellen: sett organisation.kostraGroup i konfigurasjonen (gruppen står på ssb.no).',
  'benchmark.refused.noKey': 'Fant ingen nøkkel i {file}: lag en med kulturpuls benchmark keys.',
  'benchmark.explain.heading': 'Dette sendes fra {organisation} til koordinatoren for {month}:',
  'benchmark.explain.who': 'Kommunenummer {number}, KOSTRA-gruppe {group}.',
  'benchmark.explain.period':
    'Tallene gjelder {from} til {to} og hele kommunen, aldri en sektor eller en enhet.',
  'benchmark.explain.figure': '{label}: gjennomsnitt {mean} av {n} svar',
  'benchmark.explain.spread': 'standardavvik {sd}',
  'benchmark.explain.rate': 'Svarprosent: {rate}',
  'benchmark.explain.noRate': 'Svarprosent: sendes ikke',
  'benchmark.explain.withheld': {
    one: '{count} tall sendes ikke, fordi færre enn {min} personer svarte på det.',
    other: '{count} tall sendes ikke, fordi færre enn {min} personer svarte på dem.',
  },
  'benchmark.explain.nothing': 'Ingen tall sendes: færre enn {min} personer svarte i hele kommunen.',
  'benchmark.explain.never':
    'Filen navngir ingen person og har ingen fritekst. Den er signert med kommunens nøkkel, så koordinatoren ser at den kommer herfra og ikke er endret.',
  'benchmark.heading': 'Sammenlignet med lignende kommuner',
  'benchmark.col.ours': 'Oss',
  'benchmark.col.group': {
    one: 'KOSTRA-gruppe {group} ({count} kommune)',
    other: 'KOSTRA-gruppe {group} ({count} kommuner)',
  },
  'benchmark.col.national': 'Landet',
  'benchmark.from':
    'Tallene for de andre kommunene er fra {month}: snitt fra minst 5 kommuner, vektet etter antall svar. Der for få kommuner er med, er tallet holdt tilbake.',
  'benchmark.old': 'Sammenligningen er gammel: den nyeste er fra {month}. Be koordinatoren om en ny.',
  'benchmark.missing': 'Ingen sammenligning med lignende kommuner er importert ennå.',
  'benchmark.larger': '{dimension}: {difference} mot {area}, større enn støyen (± {margin}).',
  'benchmark.within':
    '{dimension}: {difference} mot {area}, innenfor støyen: tilfeldigheter kan forklare forskjellen.',
  'benchmark.tooFew': '{dimension}: for få svar til å si om forskjellen mot {area} er større enn støyen.',
  'benchmark.area.group': 'KOSTRA-gruppen',
  'benchmark.area.national': 'landet',
  'benchmark.chat.line': 'Oss {ours} · gruppen {group} · landet {national}',
  'benchmark.chat.larger': '{difference} mot {area}, større enn støyen (± {margin})',
  'benchmark.chat.within': '{difference} mot {area}, innenfor støyen',
  'benchmark.chat.tooFew': 'for få svar til å si noe om støyen',
} as const;
