import type { Question } from '../records.js';
import { learningPrompt } from './define-question.js';

// The monthly learning loop ("Innovasjon tar aldri slutt"): what did we learn, and what do we try next.
export const LEARNING_PROMPTS: readonly Question[] = Object.freeze([
  learningPrompt('learn-1', {
    nb: 'Innovasjon tar aldri slutt: Hva har vi lært av noe vi har prøvd den siste måneden, og hva prøver vi neste gang?',
    nn: 'Innovasjon tek aldri slutt: Kva har vi lært av noko vi har prøvd den siste månaden, og kva prøver vi neste gong?',
    en: 'Innovation never ends: what have we learned from something we tried this past month, and what will we try next?',
  }),
  learningPrompt('learn-2', {
    nb: 'Tenk på noe vi har prøvd i det siste som ikke gikk helt som planlagt. Hva lærte vi, og hva gjør vi annerledes neste gang?',
    nn: 'Tenk på noko vi har prøvd i det siste som ikkje gjekk heilt som planlagt. Kva lærte vi, og kva gjer vi annleis neste gong?',
    en: 'Think of something we tried recently that did not quite go as planned. What did we learn, and what will we do differently next time?',
  }),
  learningPrompt('learn-3', {
    nb: 'Hva har vi fått til den siste måneden som vi vil bygge videre på, hva prøver vi nå, og hvem tar neste steg?',
    nn: 'Kva har vi fått til den siste månaden som vi vil byggje vidare på, kva prøver vi no, og kven tek neste steg?',
    en: 'What have we achieved this past month that we want to build on, what do we try now, and who takes the next step?',
  }),
]);
