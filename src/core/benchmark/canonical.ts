/**
 * Canonical JSON: keys sorted by code unit, no whitespace, no undefined, numbers as ECMAScript prints
 * them (the shortest form that reads back the same). Figures are rounded before they get here, so the
 * same data gives the same bytes on every machine, and a file can be diffed and audited.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('not a finite number');
  return JSON.stringify(value);
}

/** Means and shares: four decimals, enough for a 1–5 scale and never a machine's last bit. */
export const rounded = (x: number): number => Number(x.toFixed(4));
