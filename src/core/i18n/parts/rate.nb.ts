// Bokmål — the response rate, the same figure on every surface (core/pulses/response-rate.ts).
export const rateNb = {
  'rate.figure': '{rate} svarte ({count} av {asked})',
  'rate.countOnly': '{count} svarte',
  'rate.asked': 'Sendt til',
  'rate.explained':
    'Svarprosenten er antall svar delt på antall personer som var i kanalen da pulsmålingen ble postet, og der plattformen ikke kunne oppgi det tallet, viser vi bare antall svar.',
} as const;
