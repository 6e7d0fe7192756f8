// The conversation layer: what every platform answers to a command (bokmål reference).
export const conversationNb = {
  'chat.help.manager': 'For ledere:\n• `/kulturpuls anerkjenn` – nominasjoner som venter på anerkjennelse',
  'chat.results.hint':
    'Pulsmålingen fra {date}. Legg til én setning om hva dere gjør med det, så deles resultatene nå: `/kulturpuls resultater notat …`.',
  'chat.results.hintNamed':
    'Pulsmålingen fra {date}. Legg til én setning om hva dere gjør med det, så deles resultatene nå: `/kulturpuls resultater notat {id} …`.',
  'chat.results.shared': 'Resultatene er allerede delt i kanalen.',
  'chat.results.none': 'Ingen pulsmåling er avsluttet de siste tre månedene.',
  'reflection.noteButtonOnly': 'Svar med knappen, så velger du selv om navnet ditt følger med.',
  'nomination.consent.undelivered':
    'Vi fikk ikke spurt {nominee} om nominasjonen din: Kulturpuls når ikke fram til personen (appen er kanskje ikke installert for dem). Nominasjonen venter; si gjerne fra til en administrator.',
  'nomination.consent.undeliveredUnnamed':
    'Vi fikk ikke spurt kollegaen du nominerte om nominasjonen din: Kulturpuls når ikke fram til personen (appen er kanskje ikke installert for dem). Nominasjonen venter; si gjerne fra til en administrator.',
  'nomination.consent.acceptedNominatorUnnamed':
    'Kollegaen du nominerte har sagt ja til nominasjonen din. En leder kan nå anerkjenne den.',
  'nomination.consent.acceptedNominator':
    '{nominee} har sagt ja til nominasjonen din. En leder kan nå anerkjenne den.',
  'chat.mydata.name': 'Navn',
  'chat.mydata.email': 'E-post',
  'chat.mydata.sector': 'Sektor',
  'chat.mydata.notStored': 'ikke lagret',
  'chat.mydata.language': 'Språk',
  'chat.mydata.reminders': 'Påminnelser',
  'chat.mydata.stories': 'Historier',
  'chat.mydata.reflections': 'Refleksjoner med navnet ditt',
  'chat.mydata.roles': 'Roller',
  'chat.mydata.roleId': 'ID til rollene i oppsettet',
  'chat.mydata.nominations': 'Nominasjoner du har gitt eller fått',
  'chat.post.pulseOpen':
    'En pulsmåling fra denne planen er allerede åpen i samme kanal. Vil du likevel publisere en ny, skriv `/kulturpuls publiser {id} tving`.',
  'chat.recognise.none': 'Ingen nominasjoner venter på anerkjennelse nå.',
  'chat.privateOnly':
    'Dette svaret er bare for deg og vises ikke i kanalen. Skriv det samme i den personlige chatten med Kulturpuls.',
  'chat.recognise.item': '{nominee} – {dimension}',
  'chat.thread.useButton':
    'Svar i tråden lagres ikke. Bruk knappen «Svar» på spørsmålet, så kommer svaret ditt med.',
} as const;
