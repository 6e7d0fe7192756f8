// English — the politicians' version of the digest, written for a municipal council.
export const councilEn = {
  'council.intro':
    'This overview is written for the municipal council. It shows what employees say about the culture for trying new solutions, what the administration does about it, and what employees have achieved.',
  'council.figures': 'What the figures say',
  'council.index':
    'Employees rate the culture for trying new solutions {score} out of 5 on average, measured over {span}.',
  'council.indexWithheld': 'Too few answered for us to show an overall figure this time.',
  'council.sinceStartUp': 'That is {delta} higher than when measuring began in {month}.',
  'council.sinceStartDown': 'That is {delta} lower than when measuring began in {month}.',
  'council.sinceStartNoise':
    'That is about the same as when measuring began in {month}: the difference is small enough to be chance.',
  'council.participation': 'On average {rate} of employees answered each of the short surveys.',
  'council.weakest': 'Lowest: “{statement}” scores {score} out of 5.',
  'council.changeUp': 'Clearest change since {span}: “{statement}” has gone up {delta}.',
  'council.changeDown': 'Clearest change since {span}: “{statement}” has gone down {delta}.',
  'council.changeNoise':
    'No change since the last measurement is large enough to say that anything has changed.',
  'council.gap': 'Largest difference between sectors: {high} ({highScore}) and {low} ({lowScore}).',
  'council.followUp': 'What the administration does',
  'council.followUpIntro':
    'The innovation leads follow up these areas with the managers of the units. The result shows in the measurements of the coming months.',
  'council.area.weakest': '{area}: employees score this lowest.',
  'council.area.change': '{area}: the answers here have changed most.',
  'council.area.gap': '{area}: the sectors answer differently here.',
  'council.followUpNone': 'Too few answered this month to point out areas to follow up.',
  'council.open': {
    one: '{count} measure from earlier months is not yet completed.',
    other: '{count} measures from earlier months are not yet completed.',
  },
  'council.activity': {
    one: 'In the last 12 months employees reported {count} example of something new they achieved. {inUse} are in use, and {spreading} can be taken up by others.',
    other:
      'In the last 12 months employees reported {count} examples of something new they achieved. {inUse} are in use, and {spreading} can be taken up by others.',
  },
  'council.stories': 'What employees have achieved',
  'council.benefits': 'Who benefits:',
  'council.learned': 'What they learned:',
  'council.recognitions': 'Recognised this month',
  'council.learning': 'What we have learned',
  'council.withheld':
    'Figures about fewer than {n} people are not shown, so that no individual can be recognised.',
} as const;
