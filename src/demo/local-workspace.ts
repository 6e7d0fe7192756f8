import type { CoreServices } from '../core/create-core.js';
import type { PersonUpsert, Store } from '../core/ports.js';

/** The built-in demo municipality of local mode: a few people across sectors, with roles in config. */
export const DEMO_PEOPLE: (PersonUpsert & { role?: 'lead' | 'manager' })[] = [
  {
    key: 'local:kari',
    displayName: 'Kari Nordmann',
    sector: 'helse-og-omsorg',
    email: 'kari@demo.kommune.no',
    role: 'lead',
  },
  {
    key: 'local:ola',
    displayName: 'Ola Hansen',
    sector: 'teknisk',
    email: 'ola@demo.kommune.no',
    role: 'manager',
  },
  { key: 'local:aisha', displayName: 'Aisha Khan', sector: 'oppvekst', email: 'aisha@demo.kommune.no' },
  { key: 'local:per', displayName: 'Per Olsen', sector: 'helse-og-omsorg', email: 'per@demo.kommune.no' },
  { key: 'local:ingrid', displayName: 'Ingrid Berg', sector: 'kultur', email: 'ingrid@demo.kommune.no' },
  { key: 'local:jonas', displayName: 'Jonas Lie', sector: 'administrasjon', email: 'jonas@demo.kommune.no' },
  { key: 'local:sara', displayName: 'Sara Nilsen', sector: 'oppvekst', email: 'sara@demo.kommune.no' },
  { key: 'local:emil', displayName: 'Emil Johansen', sector: 'teknisk', email: 'emil@demo.kommune.no' },
];

/**
 * Adds the demo people (keeping any language or pause choice they already made). True on the very
 * first start: none of them was there.
 */
export function seedDemoWorkspace(store: Store, now: string): Promise<boolean> {
  return store.transaction(async (tx) => {
    let added = 0;
    for (const { role: _role, ...person } of DEMO_PEOPLE) {
      if (await tx.people.get(person.key)) continue;
      await tx.people.upsert(person, now);
      added++;
    }
    return added === DEMO_PEOPLE.length;
  });
}

/**
 * The first start has something to do: the first pulse and reflection question of the schedules that
 * post to the local page go out now, as "post now" would, instead of on the next Wednesday or Monday.
 */
export async function postFirstStartContent(
  core: Pick<CoreServices, 'occurrences' | 'settings' | 'clock'>,
): Promise<string[]> {
  const now = core.clock.now();
  const posted: string[] = [];
  for (const kind of ['pulse', 'reflection'] as const) {
    const schedule = core.settings.schedules.find(
      (s) => s.kind === kind && s.targets.some((target) => target.platform === 'local'),
    );
    if (!schedule) continue;
    const outcome = await core.occurrences.fire(schedule, now, { force: true });
    if (outcome.queued > 0) posted.push(schedule.id);
  }
  return posted;
}

/** Roles of the demo people, merged into the settings in local mode. */
export function demoRoles() {
  return {
    leads: DEMO_PEOPLE.filter((p) => p.role === 'lead').map((p) => p.key),
    managers: DEMO_PEOPLE.filter((p) => p.role === 'manager').map((p) => p.key),
  };
}
