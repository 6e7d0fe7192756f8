// The people planted for the at-rest attack: every value that names one of them is unique and
// searchable, so finding it in a copied data folder proves a leak.
import type { TeamsUser } from '../support/teams-activities.js';

export const PLANTED_DOMAIN = 'planted-kommune.no';

export interface PlantedValue {
  /** Whose value it is (`slack:UPLNT0003`, `teams:<GUID>`), for the failure message. */
  owner: string;
  /** What it is: `user id`, `e-mail`, `display name`, … */
  kind: string;
  value: string;
}

export interface SlackPerson {
  id: string;
  /** The display name a person chose (what users.info's profile.display_name says). */
  name: string;
  realName: string;
  /** The legacy `name` handle Slack still sends in payloads. */
  handle: string;
  email: string;
}

export interface TeamsPerson extends TeamsUser {
  /** Their personal chat with the bot (`a:…`). */
  personalChat: string;
  /** Only some members have an e-mail in the roster. */
  email?: string;
}

const FIRST = ['Ingeborg', 'Øystein', 'Åshild', 'Torbjørn', 'Gunnhild', 'Eirik', 'Solveig', 'Halvard'];
const two = (n: number) => String(n).padStart(2, '0');
const ascii = (text: string) => text.toLowerCase().replace(/ø/g, 'o').replace(/å/g, 'a').replace(/æ/g, 'ae');

/** Slack people 01–08: ids `UPLNT00nn`, a display name unlike their handle and real name. */
export const SLACK_PEOPLE: SlackPerson[] = FIRST.map((first, i) => {
  const n = two(i + 1);
  return {
    id: `UPLNT00${n}`,
    name: `${first} Plantesen-${n}`,
    realName: `${first} Maria Plantesæter-${n}`,
    handle: `${ascii(first).slice(0, 4)}.plnt${n}`,
    email: `${ascii(first)}.plantesen${n}@${PLANTED_DOMAIN}`,
  };
});

/** Teams people 31–38: `29:` ids, Entra object ids with a recognisable tail, an e-mail for the odd ones. */
export const TEAMS_PEOPLE: TeamsPerson[] = FIRST.map((first, i) => {
  const n = String(31 + i);
  const name = `${first} Teamsplante-${n}`;
  return {
    id: `29:1PlntTms${n}Qx7vKd9sLw2mZ-Rt`,
    name,
    aadObjectId: `7e57a11d-5eed-4a11-8bad-c0ffee0000${n}`,
    personalChat: `a:1PlntChat${n}Hj8dK2pQzW`,
    ...(i % 2 === 0 ? { email: `${ascii(first)}.teamsplante${n}@${PLANTED_DOMAIN}` } : {}),
  };
});

/** Reasons of nominations that stay pending or are declined: private to the nominator and nominee. */
export const privateReason = (n: string) => `Plantet begrunnelse ${n}: hjalp naboenheten i ferien`;

/** Every planted value that must never be stored readable. */
export function plantedValues(reasons: string[]): PlantedValue[] {
  const slack = SLACK_PEOPLE.flatMap((p) => {
    const owner = `slack:${p.id}`;
    return [
      { owner, kind: 'Slack user id', value: p.id },
      { owner, kind: 'display name', value: p.name },
      { owner, kind: 'real name', value: p.realName },
      { owner, kind: 'Slack handle', value: p.handle },
      { owner, kind: 'e-mail', value: p.email },
    ];
  });
  const teams = TEAMS_PEOPLE.flatMap((p) => {
    const owner = `teams:${p.aadObjectId}`;
    return [
      { owner, kind: 'Teams 29: id', value: p.id },
      { owner, kind: 'AAD object id', value: p.aadObjectId },
      { owner, kind: 'display name', value: p.name },
      { owner, kind: 'personal chat id', value: p.personalChat },
      ...(p.email ? [{ owner, kind: 'e-mail', value: p.email }] : []),
    ];
  });
  const private_ = reasons.map((value) => ({ owner: 'a nomination', kind: 'private reason', value }));
  return [...slack, ...teams, ...private_];
}
