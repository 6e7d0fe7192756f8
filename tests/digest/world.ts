// A digest test world: a real migrated SQLite store, the real core, and helpers that write pulses
// with exactly the answers a test states.
import { parseSettingsText } from '../../src/config/load.js';
import { type CoreServices, createCore } from '../../src/core/create-core.js';
import type { RenderOptions } from '../../src/core/digest/format.js';
import type { Logger } from '../../src/core/ports.js';
import type { Settings } from '../../src/core/settings.js';
import type { Locale, ScaleValue } from '../../src/core/vocabulary.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { buildAnswer, buildPerson, buildPulse } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

export const SECRET = 'digest-test-secret-0123456789';
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export interface World {
  t: TestStore;
  core: CoreServices;
  settings: Settings;
  clock: { now(): Date; set(iso: string): void };
  close(): Promise<void>;
}

export async function createWorld(options: { now?: string; minGroupSize?: number } = {}): Promise<World> {
  const loaded = parseSettingsText('', { port: 3000 });
  if (!loaded.ok) throw new Error('default settings must load');
  const settings: Settings = {
    ...loaded.settings,
    organisation: 'Testvik kommune',
    publicUrl: 'https://kulturpuls.testvik.no',
    privacy: { ...loaded.settings.privacy, minGroupSize: options.minGroupSize ?? 5 },
  };
  let now = new Date(options.now ?? '2025-04-02T08:00:00.000Z');
  const clock = { now: () => now, set: (iso: string) => (now = new Date(iso)) };
  const t = await createTestStore();
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store: t.store,
    clock,
    settings,
    secret: SECRET,
    logger: quiet,
  });
  return { t, core, settings, clock, close: async () => t.close() };
}

/** `count` people in a sector; returns their keys. */
export async function addPeople(world: World, sector: string | null, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = buildPerson({ sector });
    await world.t.store.people.upsert(person, person.createdAt);
    keys.push(person.key);
  }
  return keys;
}

export interface AnswerSpec {
  questionId: string;
  /** One value per person, in the order of `people`. */
  values: ScaleValue[];
}

/**
 * A closed pulse whose answers are exactly `answers`: person i answers values[i] (when present),
 * with that person's sector, and is recorded as a participant.
 */
export async function addPulse(
  world: World,
  spec: { id: string; closesAt: string; people: string[]; answers: AnswerSpec[] },
): Promise<void> {
  const { store } = world.t;
  const questionIds = spec.answers.map((a) => a.questionId);
  await store.pulses.create(
    buildPulse({
      id: spec.id,
      questionIds,
      opensAt: shift(spec.closesAt, -48),
      closesAt: spec.closesAt,
      closedAt: spec.closesAt,
    }),
  );
  for (const [i, key] of spec.people.entries()) {
    const sector = (await store.people.get(key))?.sector ?? null;
    let answered = false;
    for (const a of spec.answers) {
      const value = a.values[i];
      if (value === undefined) continue;
      answered = true;
      await store.pulses.upsertAnswer(
        buildAnswer({
          pulseId: spec.id,
          questionId: a.questionId,
          pseudonym: `${spec.id}-${key}`,
          value,
          sector,
          answeredAt: shift(spec.closesAt, -1),
        }),
      );
    }
    if (answered) await store.pulses.recordParticipation(spec.id, key, shift(spec.closesAt, -1));
  }
}

function shift(iso: string, hours: number): string {
  return new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
}

export const repeat = (value: ScaleValue, n: number): ScaleValue[] => Array.from({ length: n }, () => value);

/** Answers with the given count of each value 1–5, in that order. */
export const spread = (...counts: number[]): ScaleValue[] =>
  counts.flatMap((n, i) => repeat((i + 1) as ScaleValue, n));

/** What the renderers need besides the digest, for a locale and optionally the politicians' version. */
export function renderOptions(world: World, locale: Locale, audience?: 'politicians'): RenderOptions {
  return {
    locale,
    bank: world.core.bank,
    sectorName: sectorNamer({ settings: world.settings }, locale),
    ...(audience ? { audience } : {}),
  };
}
