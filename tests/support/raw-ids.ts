// What must never be on a person's screen (issue 23.6): ids and keys that name something inside
// Kulturpuls or a platform instead of saying it in words. The patterns are written from what the
// platforms hand out, never imported from src: Entra object ids are GUIDs; Slack ids are an upper-case
// letter and 8 or more upper-case letters and digits (U… people, C… channels, D… DMs, W…/T…/B…/G…);
// Teams ids are `19:…` (channels, chats), `29:…` (users), `28:…` (bots) and `a:…` (1:1 chats).

export interface RawIdRule {
  name: string;
  pattern: RegExp;
}

const RULES: RawIdRule[] = [
  // A whole GUID, or one cut short as in "Vi fikk ikke spurt dddddddd-… om nominasjonen din".
  { name: 'GUID', pattern: /\b[0-9a-f]{8}-(?:[0-9a-f]{4}\b|…)/gi },
  { name: 'Slack id', pattern: /\b[UCDWTBG][A-Z0-9]{8,}\b/g },
  // 8 or more characters after the colon: never a time of day such as "19:00".
  { name: 'Teams id', pattern: /\b(?:19|28|29|a):[\w@.:-]{8,}/g },
  { name: 'ISO timestamp', pattern: /\d{4}-\d\d-\d\dT\d\d:\d\d/g },
  { name: 'internal id', pattern: /\b(?:pulse|nom|refl|story|kaffe|step)_[0-9a-f]{8,}/g },
  { name: 'person or target key', pattern: /\b(?:slack|teams|local):[\w@.:-]/g },
  { name: 'occurrence key', pattern: /\w+@\d{4}-/g },
];

/**
 * A schedule id from the config, unless it stands right after the post command word: there it is
 * what a lead types (`/kulturpuls publiser ukentlig-refleksjon`), the name the config gives it.
 */
function scheduleRule(scheduleIds: readonly string[]): RawIdRule[] {
  if (scheduleIds.length === 0) return [];
  const ids = scheduleIds.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return [{ name: 'schedule id', pattern: new RegExp(`(?<!\\b(?:publiser|post) )\\b(?:${ids})\\b`, 'g') }];
}

/**
 * The one id shown on purpose (issue 23.9): `mydata` gives a person whose account has no e-mail the id
 * an admin puts in the config to give them a role, under this label (nb and nn, en).
 */
const ROLE_ID_FIELD = /(ID til rollene i oppsettet|ID for the roles in the configuration)([*_:\s]*)\S+/g;

export interface Finding {
  rule: string;
  match: string;
  text: string;
}

/** Every raw id in `texts`, with the rule it broke and the text it is in (cut to 160 characters). */
export function rawIdsIn(texts: readonly string[], scheduleIds: readonly string[] = []): Finding[] {
  const rules = [...RULES, ...scheduleRule(scheduleIds)];
  const found: Finding[] = [];
  for (const shown of texts) {
    const text = shown.replace(ROLE_ID_FIELD, '$1$2');
    for (const rule of rules) {
      for (const match of text.matchAll(rule.pattern)) {
        const at = match.index ?? 0;
        found.push({ rule: rule.name, match: match[0], text: text.slice(Math.max(0, at - 80), at + 80) });
      }
    }
  }
  return found;
}
