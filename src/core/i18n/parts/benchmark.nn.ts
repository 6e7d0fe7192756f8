// Nynorsk — the KOSTRA benchmark: what is sent, why a file is refused, and the comparison shown.
export const benchmarkNn = {
  'benchmark.refused.unreadable': '{file}: ikkje ei samanlikningsfil frå Kulturpuls. Avvist.',
  'benchmark.refused.tampered':
    '{file}: signaturen stemmer ikkje, fila er endra etter at ho vart signert. Avvist.',
  'benchmark.refused.malformed':
    '{file}: har eit tal under terskelen eller eit felt som ikkje høyrer heime i fila. Avvist.',
  'benchmark.refused.unknownKey':
    '{file}: signert med ein nøkkel som ikkje er registrert for kommune {municipality}. Avvist.',
  'benchmark.refused.keysLine':
    'Nøkkelfila, linje {line}: skriv kommunenummer, nøkkel og eventuelt KOSTRA-gruppe (1–17). Avvist.',
  'benchmark.refused.unpinnedGroup':
    '{file}: KOSTRA-gruppa til kommune {municipality} står ikkje i tabellen: skriv gruppa sist på linja til kommunen i nøkkelfila. Avvist.',
  'benchmark.refused.wrongGroup':
    '{file}: kommune {municipality} oppgjev KOSTRA-gruppe {claimed}, men er registrert i gruppe {group}. Avvist.',
  'benchmark.refused.otherMonth': '{file}: gjeld {month}, ikkje {expected}. Avvist.',
  'benchmark.refused.duplicate':
    '{file}: kommune {municipality} har alt levert ei fil for denne månaden. Avvist.',
  'benchmark.refused.wrongCoordinator':
    '{file}: ikkje signert med nøkkelen til koordinatoren (benchmark.coordinatorKey i konfigurasjonen). Avvist.',
  'benchmark.refused.noCoordinatorKey':
    'Nøkkelen til koordinatoren manglar: set benchmark.coordinatorKey i konfigurasjonen.',
  'benchmark.refused.noMunicipality': 'Kommunenummeret manglar: set organisation.number i konfigurasjonen.',
  'benchmark.refused.noKostraGroup':
    'KOSTRA-gruppa til kommune {number} står ikkje i tabellen: set organisation.kostraGroup i konfigurasjonen (gruppa står på ssb.no).',
  'benchmark.refused.noKey': 'Fann ingen nøkkel i {file}: lag ein med kulturpuls benchmark keys.',
  'benchmark.explain.heading': 'Dette blir sendt frå {organisation} til koordinatoren for {month}:',
  'benchmark.explain.who': 'Kommunenummer {number}, KOSTRA-gruppe {group}.',
  'benchmark.explain.period':
    'Tala gjeld {from} til {to} og heile kommunen, aldri ein sektor eller ei eining.',
  'benchmark.explain.figure': '{label}: gjennomsnitt {mean} av {n} svar',
  'benchmark.explain.spread': 'standardavvik {sd}',
  'benchmark.explain.rate': 'Svarprosent: {rate}',
  'benchmark.explain.noRate': 'Svarprosent: blir ikkje sendt',
  'benchmark.explain.withheld': {
    one: '{count} tal blir ikkje sendt, fordi færre enn {min} personar svarte på det.',
    other: '{count} tal blir ikkje sende, fordi færre enn {min} personar svarte på dei.',
  },
  'benchmark.explain.nothing': 'Ingen tal blir sende: færre enn {min} personar svarte i heile kommunen.',
  'benchmark.explain.never':
    'Fila namngir ingen person og har ingen fritekst. Ho er signert med nøkkelen til kommunen, så koordinatoren ser at ho kjem herifrå og ikkje er endra.',
  'benchmark.heading': 'Samanlikna med liknande kommunar',
  'benchmark.col.ours': 'Oss',
  'benchmark.col.group': {
    one: 'KOSTRA-gruppe {group} ({count} kommune)',
    other: 'KOSTRA-gruppe {group} ({count} kommunar)',
  },
  'benchmark.col.national': 'Landet',
  'benchmark.from':
    'Tala for dei andre kommunane er frå {month}: snitt frå minst 5 kommunar, vekta etter talet på svar. Der for få kommunar er med, er talet halde tilbake.',
  'benchmark.old': 'Samanlikninga er gammal: den nyaste er frå {month}. Be koordinatoren om ei ny.',
  'benchmark.missing': 'Inga samanlikning med liknande kommunar er importert enno.',
  'benchmark.larger': '{dimension}: {difference} mot {area}, større enn støyen (± {margin}).',
  'benchmark.within':
    '{dimension}: {difference} mot {area}, innanfor støyen: tilfeldigheiter kan forklare skilnaden.',
  'benchmark.tooFew': '{dimension}: for få svar til å seie om skilnaden mot {area} er større enn støyen.',
  'benchmark.area.group': 'KOSTRA-gruppa',
  'benchmark.area.national': 'landet',
  'benchmark.chat.line': 'Oss {ours} · gruppa {group} · landet {national}',
  'benchmark.chat.larger': '{difference} mot {area}, større enn støyen (± {margin})',
  'benchmark.chat.within': '{difference} mot {area}, innanfor støyen',
  'benchmark.chat.tooFew': 'for få svar til å seie noko om støyen',
} as const;
