import type { PartCatalog } from '../catalog-types.js';
import type { digestNb } from './digest.nb.js';

// English — honest comparisons and "what should we do now?" in the digest.
export const digestEn: PartCatalog<typeof digestNb> = {
  'dig.index.window': 'Measured over {span}, {count} of 7 leadership dimensions.',
  'dig.index.change': {
    one: 'Change from {span}, on the same statement: {delta}.',
    other: 'Change from {span}, on the same {count} statements: {delta}.',
  },
  'dig.index.noChange': 'No change is shown: no statement was measured both now and in the period before.',
  'dig.index.sinceStart': 'Since {span}, on the same statements: {delta}.',
  'dig.section.leadership': 'Leadership dimensions ({span})',
  'dig.section.climate': 'The checklist “Signs of an innovation culture” ({span}, not part of the index)',
  'dig.col.comparedWith': 'Compared with',
  'dig.change.explain':
    'Every change compares the same statements in both periods. Dimensions are shown over three months, because the pulses change statements from one time to the next.',
  'dig.noise.mark': '(within the noise)',
  'dig.noise.explain':
    'A change marked “within the noise” is small enough for chance to explain it: the 95 % confidence interval of the change includes zero, or one of the periods had fewer than {min} answers. Do not read it as a sign that the culture has changed.',
  'dig.actions.changeNoise':
    'Biggest change: “{statement}” {delta} from {span}. It is within the noise, so we cannot say that anything has changed.',
  'dig.actions.title': 'What should we do now?',
  'dig.actions.weakest': 'Weakest this month: “{statement}” ({score} of 5).',
  'dig.actions.change': 'Biggest change: “{statement}” {delta} from {span}.',
  'dig.actions.gap': 'Largest gap between sectors: {high} ({highScore}) and {low} ({lowScore}).',
  'dig.actions.practice': 'For the next team meeting: {practice}',
  'dig.actions.ask': 'Ask: {question}',
  'dig.actions.overdue': {
    one: '{count} next step from earlier months is still open.',
    other: '{count} next steps from earlier months are still open.',
  },
  'dig.actions.none': 'No statement could be shown this month, so there are no suggestions yet.',
  'dig.withheld.hiddenSectors': {
    one: 'One sector is not shown at all.',
    other: '{count} sectors are not shown at all.',
  },
  'dig.learning.thanks.anonymous':
    'Thank you for your answer! It is stored without your name, and the next step is followed up in the monthly digest.',
  'dig.learning.thanks.named':
    'Thank you for your answer! It is stored with your name, and the next step is followed up in the monthly digest.',
  'dig.section.reflections': 'Answers to the reflection questions',
  'dig.reflections.withheld': {
    one: '{count} answer without a name is not shown: the question had fewer than {n} answers.',
    other: '{count} answers without a name are not shown: the question had fewer than {n} answers.',
  },
  'dig.reflections.unnamed': 'without a name',
  // The activity table's first column header (axe: a header cell must not be empty).
  'dash.col.counted': 'What is counted',
  'dig.section.themes': 'Recurring themes',
  'dig.themes.explain':
    'Words and phrases that at least three people wrote in stories or answers this month (Norwegian word forms counted together, small and filler words left out).',
  'dig.themes.item': { one: '{word} ({count} text)', other: '{word} ({count} texts)' },
  'dig.range': 'There is no digest for {month}. Choose a month from {first} to {last}.',
};
