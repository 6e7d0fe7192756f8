import type { Question } from '../records.js';
import { reflectionQuestion } from './define-question.js';

// The three closing questions of the source text, verbatim in bokmål: the no-break space in the first
// and the wording of the third ("legge tilrettelegge for vi skal") are kept as the source has them.
// The nynorsk and English texts translate what the third question means.
const SEED_QUESTIONS: readonly Question[] = [
  reflectionQuestion('refl-seed-1', 'lederforankring', {
    nb: 'Hvordan kan vi\u00a0skape en gjennomgående innovasjonskultur i vår kommune?',
    nn: 'Korleis kan vi skape ein gjennomgåande innovasjonskultur i kommunen vår?',
    en: 'How can we create an innovation culture that runs through our whole municipality?',
  }),
  reflectionQuestion('refl-seed-2', 'brukerorientering', {
    nb: 'Hva skal til for å lykkes med å skape en brukerorientert innovasjonskultur som aldri stopper opp?',
    nn: 'Kva skal til for å lukkast med å skape ein brukarorientert innovasjonskultur som aldri stoppar opp?',
    en: 'What does it take to succeed in creating a user-oriented innovation culture that never stops?',
  }),
  reflectionQuestion('refl-seed-3', 'laering', {
    nb: 'Hvem hos oss skal eie og legge tilrettelegge for vi skal fortsette å innovere og sørge for å ta ut gevinstene av dette arbeidet?',
    nn: 'Kven hos oss skal eige og leggje til rette for at vi skal halde fram med å innovere og sørgje for å ta ut gevinstane av dette arbeidet?',
    en: 'Who here should own this work and make it possible for us to keep innovating, and make sure we realise its benefits?',
  }),
];

// Our own questions, one per remaining leadership dimension plus one on the learning loop, so that a
// weekly reflection goes round all nine in about two months.
const DERIVED_QUESTIONS: readonly Question[] = [
  reflectionQuestion('refl-oppmerksomhet-1', 'oppmerksomhet', {
    nb: 'Hvilken god historie om noe nytt vi har fått til, burde flere hos oss få høre – og hvem kan fortelle den?',
    nn: 'Kva for ei god historie om noko nytt vi har fått til, burde fleire hos oss få høyre – og kven kan fortelje historia?',
    en: 'Which good story about something new we have achieved should more people here hear – and who could tell it?',
  }),
  reflectionQuestion('refl-tverrfaglighet-1', 'tverrfaglighet', {
    nb: 'Hvilken utfordring i hverdagen vår kunne vi ha løst bedre sammen med en annen faggruppe eller sektor?',
    nn: 'Kva for ei utfordring i kvardagen vår kunne vi ha løyst betre saman med ei anna faggruppe eller ein annan sektor?',
    en: 'Which everyday challenge could we solve better together with another profession or sector?',
  }),
  reflectionQuestion('refl-nettverk-1', 'nettverk', {
    nb: 'Hvem utenfor enheten vår har vi lært noe av den siste tiden, og hvordan kan vi holde den kontakten ved like?',
    nn: 'Kven utanfor eininga vår har vi lært noko av den siste tida, og korleis kan vi halde den kontakten ved like?',
    en: 'Who outside our unit have we learned something from lately, and how can we keep that contact going?',
  }),
  reflectionQuestion('refl-anerkjennelse-1', 'anerkjennelse', {
    nb: 'Hvem hos oss har nylig tatt et initiativ som fortjener anerkjennelse, og har de fått høre det?',
    nn: 'Kven hos oss har nyleg teke eit initiativ som fortener anerkjenning, og har dei fått høyre det?',
    en: 'Who here has recently taken an initiative that deserves recognition, and have they been told so?',
  }),
  reflectionQuestion('refl-maling-1', 'maling', {
    nb: 'Hvordan kan vi se at det nye vi prøver ut, faktisk gjør en forskjell – og hva bør vi følge med på?',
    nn: 'Korleis kan vi sjå at det nye vi prøver ut, faktisk gjer ein skilnad – og kva bør vi følgje med på?',
    en: 'How can we tell whether the new things we try actually make a difference – and what should we keep track of?',
  }),
  reflectionQuestion('refl-laering-1', 'laering', {
    nb: 'Hvilke nye behov eller ideer har dukket opp etter noe vi har tatt i bruk, og hva kan bli neste steg?',
    nn: 'Kva for nye behov eller idear har dukka opp etter noko vi har teke i bruk, og kva kan bli neste steg?',
    en: 'What new needs or ideas have come up since we started using something new, and what could the next step be?',
  }),
];

export const REFLECTION_QUESTIONS: readonly Question[] = Object.freeze([
  ...SEED_QUESTIONS,
  ...DERIVED_QUESTIONS,
]);
