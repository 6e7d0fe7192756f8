// Reads a copied SQLite `-wal` file the way an attacker would: every frame, including the stale ones
// left behind after the WAL wrapped, grouped into commits in the order they were written.
// Format: https://www.sqlite.org/fileformat2.html#walformat (32-byte header, 24-byte frame headers).

export interface WalCommit {
  /** Generation of the WAL (salt-1: it grows by one each time the WAL restarts). */
  generation: number;
  /** The page images written by this commit, as latin1 text for searching. */
  text: string;
}

export function walCommits(wal: Buffer): { commits: WalCommit[]; generations: number } {
  if (wal.length < 32) return { commits: [], generations: 0 };
  const pageSize = wal.readUInt32BE(8);
  const frameSize = 24 + pageSize;
  const byGeneration = new Map<number, WalCommit[]>();
  let pending: Buffer[] = [];
  let pendingSalt: number | null = null;
  for (let at = 32; at + frameSize <= wal.length; at += frameSize) {
    const salt1 = wal.readUInt32BE(at + 8);
    if (pendingSalt !== null && salt1 !== pendingSalt) pending = [];
    pendingSalt = salt1;
    pending.push(wal.subarray(at + 24, at + frameSize));
    const commitSize = wal.readUInt32BE(at + 4);
    if (commitSize === 0) continue;
    const list = byGeneration.get(salt1) ?? [];
    list.push({ generation: salt1, text: Buffer.concat(pending).toString('latin1') });
    byGeneration.set(salt1, list);
    pending = [];
  }
  const generations = [...byGeneration.keys()].sort((a, b) => a - b);
  return { commits: generations.flatMap((g) => byGeneration.get(g) ?? []), generations: generations.length };
}

/** For each commit, the strings of `vocabulary` that appear in it for the first time. */
export function firstAppearances(commits: WalCommit[], vocabulary: Iterable<string>): Set<string>[] {
  const seen = new Set<string>();
  const words = [...vocabulary];
  return commits.map((commit) => {
    const fresh = new Set<string>();
    for (const word of words) {
      if (!seen.has(word) && commit.text.includes(word)) fresh.add(word);
    }
    for (const word of fresh) seen.add(word);
    return fresh;
  });
}
