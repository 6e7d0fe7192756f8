// Nynorsk — the response rate, the same figure on every surface (core/pulses/response-rate.ts).
export const rateNn = {
  'rate.figure': '{rate} svarte ({count} av {asked})',
  'rate.countOnly': '{count} svarte',
  'rate.asked': 'Sendt til',
  'rate.explained':
    'Svarprosenten er talet på svar delt på talet på personar som var i kanalen då pulsmålinga vart posta, og der plattforma ikkje kunne gi opp det talet, viser vi berre talet på svar.',
} as const;
