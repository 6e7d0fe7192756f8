// A real core on a real migrated SQLite file (or PostgreSQL database), with a fake clock and explicit settings.
import { type CoreServices, createCore } from '../../src/core/create-core.js';
import type { Logger, Store } from '../../src/core/ports.js';
import type { Target } from '../../src/core/records.js';
import type { Schedule, Settings } from '../../src/core/settings.js';
import { PLATFORM_CAPABILITIES } from '../../src/platform-capabilities.js';
import type { Database } from '../../src/storage/database.js';
import { createTestStore, TEST_SECRET, type TestStore } from './database.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';

export { TEST_SECRET };
export const INNOVASJON: Target = { platform: 'local', kind: 'channel', id: 'innovasjon' };

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function buildSchedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    id: 'weekly-reflection',
    kind: 'reflection',
    cron: '0 9 * * 1',
    everyWeeks: 1,
    workingDayOfMonth: null,
    skipHolidays: true,
    graceMinutes: 120,
    targets: [INNOVASJON],
    statements: 3,
    openHours: 48,
    enabled: true,
    ...overrides,
  };
}

export function buildSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    organisation: 'Testvik kommune',
    timezone: 'Europe/Oslo',
    defaultLocale: 'nb',
    publicUrl: 'http://localhost:3000',
    privacy: { minGroupSize: 5, retainMonths: 24 },
    sectors: [
      { id: 'helse', name: { nb: 'Helse', nn: 'Helse', en: 'Health' } },
      { id: 'oppvekst', name: { nb: 'Oppvekst', nn: 'Oppvekst', en: 'Education' } },
      { id: 'teknisk', name: { nb: 'Teknisk', nn: 'Teknisk', en: 'Technical' } },
    ],
    channelSectors: {},
    roles: { admins: [], leads: [], managers: [] },
    customQuestions: [],
    retiredQuestions: [],
    quietPeriods: [{ name: 'fellesferie', isoWeeks: [28, 29, 30] }],
    schedules: [
      buildSchedule(),
      buildSchedule({
        id: 'fortnightly-pulse',
        kind: 'pulse',
        cron: '0 9 * * 3',
        everyWeeks: 2,
        statements: 3,
        openHours: 48,
      }),
    ],
    ...overrides,
  };
}

export interface TestCore {
  core: CoreServices;
  store: Store;
  /** The raw SQLite connection (SQLite-only checks; `rows` works on both). */
  db: Database;
  dialect: TestStore['dialect'];
  /** Rows of a query on the raw database, for checks on what is really stored. */
  rows: TestStore['rows'];
  clock: FakeClock;
  settings: Settings;
  /** The database file or URL, for a second connection (`openCore`). */
  path: string;
  /** Another core on the same file through its own connection, as a second process would have. */
  openCore(options?: { settings?: Settings; secret?: string; clock?: FakeClock }): CoreServices;
  close(): Promise<void>;
}

export async function createTestCore(
  options: { settings?: Partial<Settings>; start?: Date | string; secret?: string } = {},
): Promise<TestCore> {
  const testStore: TestStore = await createTestStore();
  const clock = createFakeClock(options.start ?? '2026-03-02T08:00:00.000Z');
  const settings = buildSettings(options.settings);
  const secret = options.secret ?? TEST_SECRET;
  const core = createCore({
    capabilities: PLATFORM_CAPABILITIES,
    store: testStore.store,
    clock,
    settings,
    secret,
    logger: silentLogger,
  });
  return {
    core,
    store: testStore.store,
    db: testStore.db,
    dialect: testStore.dialect,
    rows: testStore.rows,
    clock,
    settings,
    path: testStore.path,
    openCore(more = {}) {
      return createCore({
        capabilities: PLATFORM_CAPABILITIES,
        store: testStore.openStore(),
        clock: more.clock ?? clock,
        settings: more.settings ?? settings,
        secret: more.secret ?? secret,
        logger: silentLogger,
      });
    },
    close: async () => await testStore.close(),
  };
}
