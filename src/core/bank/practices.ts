import type { Dimension, Locale } from '../vocabulary.js';

/**
 * One practice per dimension to take to the next team meeting, written from the source text's
 * seven leadership dimensions, the KS checklist "Kjennetegn innovasjonskultur" and the learning loop.
 */
export const PRACTICES: Readonly<Record<Dimension, Readonly<Record<Locale, string>>>> = Object.freeze({
  lederforankring: {
    nb: 'La lederen fortelle på neste teammøte hvilket utviklingsarbeid som er viktigst nå, og hvorfor.',
    nn: 'La leiaren fortelje på neste teammøte kva for eit utviklingsarbeid som er viktigast no, og kvifor.',
    en: 'At the next team meeting, let the leader say which development work matters most now, and why.',
  },
  oppmerksomhet: {
    nb: 'Sett av fem minutter på neste møte til én god historie om noe nytt som virker.',
    nn: 'Set av fem minutt på neste møte til éi god historie om noko nytt som verkar.',
    en: 'Set aside five minutes at the next meeting for one good story about something new that works.',
  },
  tverrfaglighet: {
    nb: 'Inviter en kollega fra en annen faggruppe til å se på én konkret utfordring sammen med dere.',
    nn: 'Inviter ein kollega frå ei anna faggruppe til å sjå på éi konkret utfordring saman med dykk.',
    en: 'Invite a colleague from another profession to look at one concrete challenge with you.',
  },
  nettverk: {
    nb: 'Avtal et kort møte med en enhet i en annen sektor for å lære av det de har fått til.',
    nn: 'Avtal eit kort møte med ei eining i ein annan sektor for å lære av det dei har fått til.',
    en: 'Arrange a short meeting with a unit in another sector to learn from what they have achieved.',
  },
  anerkjennelse: {
    nb: 'Gi synlig anerkjennelse for ett initiativ fra den siste måneden, også om det ikke lyktes.',
    nn: 'Gje synleg anerkjenning for eitt initiativ frå den siste månaden, òg om det ikkje lukkast.',
    en: 'Visibly recognise one initiative from the last month, even if it did not succeed.',
  },
  maling: {
    nb: 'Velg ett tall dere vil følge for det nye dere prøver ut, og se på det igjen om en måned.',
    nn: 'Vel eitt tal de vil følgje for det nye de prøver ut, og sjå på det igjen om ein månad.',
    en: 'Choose one figure to follow for what you are trying out, and look at it again in a month.',
  },
  brukerorientering: {
    nb: 'Spør to brukere hva som ville gjort tjenesten bedre for dem, og del svarene på neste møte.',
    nn: 'Spør to brukarar kva som ville gjort tenesta betre for dei, og del svara på neste møte.',
    en: 'Ask two service users what would make the service better for them, and share the answers at the next meeting.',
  },
  utfordringer: {
    nb: 'Snakk om hvilke oppgaver som oppleves meningsfulle, og hvilke som kunne vært gjort annerledes.',
    nn: 'Snakk om kva for oppgåver som kjennest meiningsfulle, og kva for nokre som kunne vore gjorde annleis.',
    en: 'Talk about which tasks feel meaningful, and which could be done differently.',
  },
  frihet: {
    nb: 'Avklar sammen hva hver enkelt kan ta initiativ til uten å spørre først.',
    nn: 'Avklar saman kva kvar enkelt kan ta initiativ til utan å spørje først.',
    en: 'Agree together on what each person may start without asking first.',
  },
  idestotte: {
    nb: 'Prøv en idérunde der alle ideer får ett «ja, og …» før noen vurderer dem.',
    nn: 'Prøv ein idérunde der alle idear får eitt «ja, og …» før nokon vurderer dei.',
    en: 'Try an idea round where every idea gets one “yes, and …” before anyone judges it.',
  },
  tillit: {
    nb: 'Fortell om et forsøk som ikke gikk som planlagt, og hva dere lærte av det.',
    nn: 'Fortel om eit forsøk som ikkje gjekk som planlagt, og kva de lærte av det.',
    en: 'Tell the team about an attempt that did not go to plan, and what you learned from it.',
  },
  humor: {
    nb: 'Start neste møte med noe lett og uformelt før sakslista.',
    nn: 'Start neste møte med noko lett og uformelt før sakslista.',
    en: 'Start the next meeting with something light and informal before the agenda.',
  },
  dynamikk: {
    nb: 'Velg én liten endring dere kan prøve ut allerede neste uke.',
    nn: 'Vel éi lita endring de kan prøve ut alt neste veke.',
    en: 'Pick one small change you can try out as soon as next week.',
  },
  debatter: {
    nb: 'Sett av tid til å drøfte ulike syn på én sak, uten å måtte bli enige.',
    nn: 'Set av tid til å drøfte ulike syn på éi sak, utan å måtte bli samde.',
    en: 'Set aside time to discuss different views on one issue, without having to agree.',
  },
  konflikt: {
    nb: 'Snakk om hvordan dere vil være uenige med hverandre, og skriv ned to spilleregler.',
    nn: 'Snakk om korleis de vil vere usamde med kvarandre, og skriv ned to spelereglar.',
    en: 'Talk about how you want to disagree with each other, and write down two ground rules.',
  },
  risiko: {
    nb: 'Velg ett lite forsøk der det er lov å feile, og avtal når dere ser på det igjen.',
    nn: 'Vel eitt lite forsøk der det er lov å feile, og avtal når de ser på det igjen.',
    en: 'Choose one small trial where failing is allowed, and agree when to look at it again.',
  },
  idetid: {
    nb: 'Sett av en fast halvtime i måneden til å utvikle og teste nye ideer.',
    nn: 'Set av ein fast halvtime i månaden til å utvikle og teste nye idear.',
    en: 'Set aside a regular half hour each month to develop and test new ideas.',
  },
  laering: {
    nb: 'Gå gjennom neste steg fra forrige evaluering: hva er gjort, og hva står fast?',
    nn: 'Gå gjennom neste steg frå førre evaluering: kva er gjort, og kva står fast?',
    en: 'Go through the next steps from the last review: what is done, and what is stuck?',
  },
});
