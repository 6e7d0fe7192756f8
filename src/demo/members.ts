import type { PersonKey } from '../core/records.js';
import { personKey } from '../core/records.js';
import type { Sector } from '../core/settings.js';
import { createRandom } from './random.js';

const FIRST_NAMES = (
  'Kari Ola Ingrid Lars Anne Per Marit Jon Silje Erik Hilde Knut Ragnhild Bjørn Tone Arne Liv Geir ' +
  'Astrid Terje Solveig Trond Randi Svein Camilla Håkon Nora Magnus Ida Sindre Thea Eirik Maja ' +
  'Jonas Emma Henrik Sofie Øystein Guro Vegard Åse Stian Linn Kristian Hanne Espen Marte Andreas ' +
  'Sigrid Tor Berit Mats Kjersti Rune Heidi Fredrik Turid Sander Elin Vidar Aisha Mohammed Fatima ' +
  'Ali Zainab Ahmed Amina Piotr Agnieszka Tomasz Linh Mariam Yusuf Sunniva Torstein Gunnhild ' +
  'Aslak Máret Ánde'
).split(' ');

const LAST_NAMES = (
  'Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Karlsen Johnsen ' +
  'Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen Halvorsen ' +
  'Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen ' +
  'Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim ' +
  'Berge Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen ' +
  'Knudsen Evensen Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen ' +
  'Berntsen Sandvik Rønning Arnesen Antonsen Næss Vik Kowalski Nowak Hussain Khan Gaup Østby ' +
  'Tveit Grønli Fjeld Aasen'
).split(' ');

/** Relative sizes of the default sectors; a configured sector we do not know gets weight 1. */
const SECTOR_WEIGHTS: Record<string, number> = {
  'helse-og-omsorg': 3.2,
  oppvekst: 3,
  teknisk: 1.2,
  kultur: 0.6,
  administrasjon: 1,
  nav: 0.8,
};

export interface DemoMember {
  key: PersonKey;
  userId: string;
  displayName: string;
  email: string;
  sector: string | null;
  manager: boolean;
  /** How willing the person is to answer (multiplies the pulse's participation rate). */
  propensity: number;
  /** A person's general outlook, added to every latent score. */
  outlook: number;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}

/**
 * `count` people spread over the sectors, with unique `local:<slug>` keys (`kari.hansen`,
 * `kari.hansen.2`). Slugs contain a dot, so they never clash with the local demo workspace people.
 * Roughly one in twelve is a manager, and every sector has at least one when there are enough people.
 */
export function generateMembers(seed: number, count: number, sectors: readonly Sector[]): DemoMember[] {
  const rng = createRandom(seed, 'members');
  const used = new Map<string, number>();
  const members: DemoMember[] = [];
  for (let i = 0; i < count; i += 1) {
    const displayName = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const base = slugify(displayName);
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    const userId = seen === 1 ? base : `${base}.${seen}`;
    const sector = sectors.length > 0 ? rng.weighted(sectors, (s) => SECTOR_WEIGHTS[s.id] ?? 1).id : null;
    members.push({
      key: personKey('local', userId),
      userId,
      displayName,
      email: `${userId}@demo.kommune.no`,
      sector,
      manager: rng.chance(1 / 12),
      propensity: Math.max(0.15, rng.normal(1, 0.3)),
      outlook: rng.normal(0, 0.45),
    });
  }
  if (count >= sectors.length * 4) {
    for (const sector of sectors) {
      const inSector = members.filter((m) => m.sector === sector.id);
      const first = inSector[0];
      if (first && !inSector.some((m) => m.manager)) first.manager = true;
    }
  }
  if (members.length > 0 && !members.some((m) => m.manager)) (members[0] as DemoMember).manager = true;
  return members;
}
