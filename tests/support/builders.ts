// Test data with sensible defaults; pass only what the test is about: `buildPulse({ closesAt })`.
import {
  type Nomination,
  type Occurrence,
  type Person,
  type Pulse,
  type PulseAnswer,
  parsePersonKey,
  personKey,
  type Reflection,
  type Story,
} from '../../src/core/records.js';

let sequence = 0;
const next = (): number => ++sequence;

const BASE_TIME = '2025-03-03T08:00:00.000Z';

export function buildPerson(overrides: Partial<Person> = {}): Person {
  const fromKey = overrides.key ? parsePersonKey(overrides.key) : undefined;
  const platform = overrides.platform ?? fromKey?.platform ?? 'slack';
  const userId = overrides.userId ?? fromKey?.userId ?? `U${String(next()).padStart(6, '0')}`;
  return {
    key: personKey(platform, userId),
    platform,
    userId,
    displayName: `Kari Nordmann ${userId}`,
    email: `${userId.toLowerCase()}@kommune.example`,
    sector: null,
    locale: null,
    paused: false,
    createdAt: BASE_TIME,
    ...overrides,
  };
}

export function buildOccurrence(overrides: Partial<Occurrence> = {}): Occurrence {
  const scheduleId = overrides.scheduleId ?? 'weekly-reflection';
  const scheduledFor = overrides.scheduledFor ?? BASE_TIME;
  return {
    key: `${scheduleId}@${scheduledFor}`,
    scheduleId,
    kind: 'reflection',
    scheduledFor,
    status: 'posted',
    reason: null,
    createdAt: scheduledFor,
    ...overrides,
  };
}

export function buildPulse(overrides: Partial<Pulse> = {}): Pulse {
  return {
    id: `pulse-${next()}`,
    occurrenceKey: null,
    questionIds: ['tillit', 'frihet'],
    opensAt: BASE_TIME,
    closesAt: '2025-03-05T08:00:00.000Z',
    closedAt: null,
    ...overrides,
  };
}

export function buildAnswer(overrides: Partial<PulseAnswer> = {}): PulseAnswer {
  return {
    pulseId: 'pulse-1',
    questionId: 'tillit',
    pseudonym: `pseudonym-${next()}`,
    value: 4,
    comment: null,
    sector: null,
    answeredAt: '2025-03-03T09:00:00.000Z',
    ...overrides,
  };
}

export function buildReflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    id: `reflection-${next()}`,
    occurrenceKey: null,
    questionId: 'oppmerksomhet',
    kind: 'reflection',
    authorKey: null,
    text: 'Vi snakker om nye ideer på hvert teammøte.',
    tryNext: null,
    nextStepOwner: null,
    nextStepDoneAt: null,
    sector: null,
    createdAt: BASE_TIME,
    ...overrides,
  };
}

export function buildStory(overrides: Partial<Story> = {}): Story {
  return {
    id: `story-${next()}`,
    authorKey: 'slack:UAUTHOR',
    title: 'Digital innsjekk på legevakten',
    whatChanged: 'Pasientene sjekker inn selv, og ventetiden er halvert.',
    whoBenefits: 'Pasienter og sykepleiere',
    inUse: true,
    canSpread: true,
    sectors: ['helse'],
    learned: 'Test med brukerne tidlig.',
    nextStepOwner: 'Enhetsleder legevakt',
    phase: 'pilotering',
    dimension: 'brukerorientering',
    reactions: 0,
    createdAt: BASE_TIME,
    ...overrides,
  };
}

export function buildNomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: `nomination-${next()}`,
    nominatorKey: 'slack:UNOMINATOR',
    nomineeKind: 'person',
    nomineeKey: 'slack:UNOMINEE',
    teamName: null,
    dimension: 'anerkjennelse',
    reason: 'Tok initiativ til en ny samarbeidsform med skolen.',
    sectors: ['oppvekst'],
    status: 'awaiting_consent',
    recognisedByKey: null,
    createdAt: BASE_TIME,
    decidedAt: null,
    ...overrides,
  };
}
