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

/** Adds the demo people (keeping any language or pause choice they already made). */
export function seedDemoWorkspace(store: Store, now: string): void {
  store.transaction(() => {
    for (const { role: _role, ...person } of DEMO_PEOPLE) {
      if (!store.people.get(person.key)) store.people.upsert(person, now);
    }
  });
}

/** Roles of the demo people, merged into the settings in local mode. */
export function demoRoles() {
  return {
    leads: DEMO_PEOPLE.filter((p) => p.role === 'lead').map((p) => p.key),
    managers: DEMO_PEOPLE.filter((p) => p.role === 'manager').map((p) => p.key),
  };
}
