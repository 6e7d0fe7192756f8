// The commit-order attack on replayed commits: a commit that writes an answer, then the next commit.
// If that next commit names a person (or carries an identifier another table repeats next to a
// person), the answer is theirs: the first vote of a person is followed by their welcome DM, their
// first anonymous comment by their person row and comment contact.
import { cellText, type Finding, type Row, searchRows } from './leak-search.js';
import type { PlantedValue } from './planted-people.js';

export interface ReplayedCommit {
  /** `WAL commit 17`, `xmin 5012`. */
  label: string;
  /** The rows this commit wrote (new or changed), by table. */
  rows: Map<string, Row[]>;
}

/** Tables holding content everyone shares (pulse and question ids, schedules): no identifier there names a person. */
const SHARED_CONTENT =
  /^(pulses|occurrences|schedule_state|duty_leases|__drizzle_migrations|_migrations|kulturpuls_migrations)$/;
const ANSWERS = 'pulse_answers';

/** Written in the same participation batch, under one person token that no other table holds. */
const batchedTogether = (a: string, b: string) => [a, b].sort().join(' ') === 'people pulse_participation';

/** Runs of 16+ identifier characters: ids, hashes, sealed values (timestamps split at ':' and '.'). */
const tokensOf = (text: string) => text.match(/[A-Za-z0-9_+/=-]{16,}/g) ?? [];

export interface LinkageReport {
  voteCommits: number;
  /** Planted values in the commit right after a vote. */
  named: Finding[];
  /** Identifiers of a near-vote row that another table repeats. */
  shared: string[];
}

/**
 * For every commit that writes an answer, the commit after it: no planted value in its rows, and no
 * identifier in them that a row of another table (in `tables`, the whole database as copied) repeats.
 * Deliberately strict: a participation batch of minGroupSize people may follow a vote (PRIVACY.md), but
 * its rows must not share a sealed value with other tables, or the batch joins everyone's other rows.
 * The one exception is the batch itself: it writes who took part and, for first contacts, their person
 * rows, under the same person token (PRIVACY.md §4); that token is in no other table.
 */
export function commitLinkage(
  commits: ReplayedCommit[],
  tables: Map<string, Row[]>,
  planted: PlantedValue[],
): LinkageReport {
  const shared = new Set<string>();
  for (const [table, rows] of tables)
    if (SHARED_CONTENT.test(table))
      for (const row of rows) for (const t of tokensOf(rowText(row))) shared.add(t);
  const textOf = new Map([...tables].map(([table, rows]) => [table, rows.map(rowText)]));
  const report: LinkageReport = { voteCommits: 0, named: [], shared: [] };
  commits.forEach((commit, i) => {
    if (!(commit.rows.get(ANSWERS)?.length ?? 0)) return;
    report.voteCommits += 1;
    const next = commits[i + 1];
    if (!next) return;
    const where = `${next.label} (right after the vote in ${commit.label})`;
    for (const [table, rows] of next.rows) {
      report.named.push(...searchRows(`${where}: ${table}`, rows, planted));
      for (const token of new Set(rows.flatMap((row) => tokensOf(rowText(row))))) {
        if (shared.has(token)) continue;
        for (const [other, texts] of textOf) {
          if (other === table || batchedTogether(table, other)) continue;
          const n = texts.findIndex((text) => text.includes(token));
          if (n >= 0) report.shared.push(`${where}: ${table} has «${token}», also in ${other} row ${n + 1}`);
        }
      }
    }
  });
  return report;
}

const rowText = (row: Row) =>
  Object.values(row)
    .map((cell) => cellText(cell))
    .join('\u0000');
