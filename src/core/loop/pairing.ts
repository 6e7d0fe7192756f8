// Pairs people across sectors, never repeating a recent pair. Pure: the round's seed makes it repeatable.

export interface Candidate {
  key: string;
  sector: string | null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

/** A small deterministic generator (mulberry32) seeded from a string. */
function random(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  return () => {
    h = Math.imul(h ^ (h >>> 15), h | 1);
    h ^= h + Math.imul(h ^ (h >>> 7), h | 61);
    return ((h ^ (h >>> 14)) >>> 0) / 4294967296;
  };
}

const crosses = (a: Candidate, b: Candidate) =>
  a.sector !== null && b.sector !== null && a.sector !== b.sector;

/**
 * Greedy: the people from the largest sectors choose first, each taking a partner from another
 * sector (from the largest such sector left) when one is free, else anyone not met recently.
 * Someone with no allowed partner left waits for the next round.
 */
export function pairUp(
  people: readonly Candidate[],
  recent: Iterable<readonly [string, string]>,
  seed: string,
): { pairs: [Candidate, Candidate][]; unpaired: Candidate[] } {
  const next = random(seed);
  const seen = new Set([...recent].map(([a, b]) => pairKey(a, b)));
  const left = [...people]
    .map((p) => ({ p, r: next() }))
    .sort((x, y) => x.r - y.r)
    .map((x) => x.p);
  const sizeOf = () => {
    const sizes = new Map<string | null, number>();
    for (const p of left) sizes.set(p.sector, (sizes.get(p.sector) ?? 0) + 1);
    return sizes;
  };
  const pairs: [Candidate, Candidate][] = [];
  const unpaired: Candidate[] = [];
  while (left.length > 0) {
    const sizes = sizeOf();
    left.sort((a, b) => (sizes.get(b.sector) ?? 0) - (sizes.get(a.sector) ?? 0));
    const first = left.shift() as Candidate;
    const allowed = left.filter((q) => !seen.has(pairKey(first.key, q.key)));
    const across = allowed.filter((q) => crosses(first, q));
    const partner = (across.length > 0 ? across : allowed)[0];
    if (!partner) {
      unpaired.push(first);
      continue;
    }
    left.splice(left.indexOf(partner), 1);
    pairs.push([first, partner]);
  }
  return { pairs, unpaired };
}
