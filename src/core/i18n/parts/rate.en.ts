// English — the response rate, the same figure on every surface (core/pulses/response-rate.ts).
export const rateEn = {
  'rate.figure': '{rate} answered ({count} of {asked})',
  'rate.countOnly': '{count} answered',
  'rate.asked': 'Sent to',
  'rate.explained':
    'The response rate is the number of answers divided by the number of people in the channel when the pulse was posted, and where the platform could not give that number, only the answers are counted.',
} as const;
