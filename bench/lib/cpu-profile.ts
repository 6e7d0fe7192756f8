import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Where a `node --cpu-prof` profile spends its time: self time by function and by package/file. */
export function summarizeProfile(
  file: string,
  top = 15,
): { functions: string[]; places: string[]; inclusive: string[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    startTime: number;
    endTime: number;
    samples: number[];
  };
  const hits = new Map<number, number>();
  for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
  const total = profile.samples.length || 1;
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const node of profile.nodes) {
    const n = hits.get(node.id) ?? 0;
    if (!n) continue;
    const url = node.callFrame.url.replace(/^file:\/\//, '').replace(/.*\/node_modules\//, 'node_modules/');
    const place = url.startsWith('node_modules/')
      ? url
          .split('/')
          .slice(0, url.split('/')[1]?.startsWith('@') ? 3 : 2)
          .join('/')
      : url.replace(/.*\/(src|bench|tests)\//, '$1/') || `(${node.callFrame.functionName || 'native'})`;
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + n);
    byPlace.set(place, (byPlace.get(place) ?? 0) + n);
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, n]) => `${((100 * n) / total).toFixed(1).padStart(5)}%  ${k}`);
  // Inclusive time of our own functions (src/): which use case the samples were in.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const inclusive = new Map<string, number>();
  for (const [id, n] of hits) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at)?.callFrame;
      if (!frame || !/\/src\//.test(frame.url)) continue;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/.*\/src\//, 'src/')}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + n);
    }
  }
  return { functions: fmt(byFunction), places: fmt(byPlace), inclusive: fmt(inclusive) };
}
