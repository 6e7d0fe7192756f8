import { escapeHtml } from '../../core/escape-html.js';

// Charts as inline SVG: no script, no CDN. Patterns and printed values carry the meaning, so a chart
// reads the same in greyscale, on paper and to a screen reader (each has <title> and <desc>).

export interface BarDatum {
  label: string;
  value: number | null;
  text: string;
}

let counter = 0;
const uid = (prefix: string) => {
  counter += 1;
  return `${prefix}-${counter}`;
};

/**
 * Ids count from the start of each page, so the same digest always renders the same bytes (two
 * renderings that differ tell a reader the figures differ; ids that merely counted on would hide that).
 */
export function restartChartIds(): void {
  counter = 0;
}
const fmt = (n: number) => Number(n.toFixed(1)).toString();

function frame(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
  body: string,
  cls = 'chart',
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" class="${cls}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d"><title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>${body}</svg>`;
}

/**
 * A diverging scale, so good and bad tell apart at a glance: 1 dark red, 2 light orange, 3 grey,
 * 4 light teal, 5 dark teal. Each also has its own pattern, for print and for colour blindness.
 */
function scalePatterns(id: string): string {
  const p = (i: number, inner: string) =>
    `<pattern id="${id}-p${i}" patternUnits="userSpaceOnUse" width="8" height="8">${inner}</pattern>`;
  return `<defs>${[
    p(1, '<rect width="8" height="8" fill="#9e2f1c"/><path d="M0 8L8 0" stroke="#fff" stroke-width="1"/>'),
    p(2, '<rect width="8" height="8" fill="#f6c9a9"/><path d="M0 0L8 8" stroke="#9e2f1c" stroke-width="1"/>'),
    p(3, '<rect width="8" height="8" fill="#e9eef2"/><circle cx="4" cy="4" r="1.6" fill="#1d3b4f"/>'),
    p(4, '<rect width="8" height="8" fill="#b9e0dc"/><path d="M0 4H8" stroke="#0b6e69" stroke-width="1.2"/>'),
    p(5, '<rect width="8" height="8" fill="#0b6e69"/><path d="M4 0V8" stroke="#fff" stroke-width="1"/>'),
  ].join(
    '',
  )}<pattern id="${id}-bar" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#0b6e69"/><path d="M0 0V6" stroke="#fff" stroke-width="1.5" stroke-opacity=".35"/></pattern></defs>`;
}

/** Horizontal bars on the 1–5 scale, each with its value written at the end. */
export function barChart(data: BarDatum[], title: string, desc: string): string {
  const id = uid('bars');
  const labelW = 230;
  const plotW = 330;
  const rowH = 30;
  const width = labelW + plotW + 60;
  const height = data.length * rowH + 34;
  const x = (v: number) => labelW + ((v - 1) / 4) * plotW;
  const ticks = [1, 2, 3, 4, 5]
    .map(
      (v) =>
        `<line x1="${x(v)}" x2="${x(v)}" y1="4" y2="${height - 24}" stroke="#c9d3dc" stroke-dasharray="${v === 1 ? '0' : '3 3'}"/><text x="${x(v)}" y="${height - 8}" text-anchor="middle" class="tick">${v}</text>`,
    )
    .join('');
  const rows = data
    .map((d, i) => {
      const y = 8 + i * rowH;
      const label = `<text x="${labelW - 8}" y="${y + 15}" text-anchor="end" class="label">${escapeHtml(d.label)}</text>`;
      if (d.value === null)
        return `${label}<text x="${x(1) + 6}" y="${y + 15}" class="muted">${escapeHtml(d.text)}</text>`;
      const w = Math.max(2, x(d.value) - x(1));
      return `${label}<rect x="${x(1)}" y="${y}" width="${w}" height="20" fill="url(#${id}-bar)" stroke="#084f4b"/><text x="${x(1) + w + 6}" y="${y + 15}" class="value">${escapeHtml(d.text)}</text>`;
    })
    .join('');
  return frame(id, width, height, title, desc, `${scalePatterns(id)}${ticks}${rows}`, 'chart wide');
}

export interface TrendDatum {
  label: string;
  value: number | null;
  text: string;
}

/** A line over twelve months on the 1–5 scale; gaps where a month had nothing to show. */
export function trendChart(points: TrendDatum[], title: string, desc: string): string {
  const id = uid('trend');
  const width = 640;
  const height = 230;
  const left = 36;
  const right = 16;
  const top = 16;
  const bottom = 40;
  const step = points.length > 1 ? (width - left - right) / (points.length - 1) : 0;
  const x = (i: number) => left + i * step;
  const y = (v: number) => top + ((5 - v) / 4) * (height - top - bottom);
  const grid = [1, 2, 3, 4, 5]
    .map(
      (v) =>
        `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d5dde5" stroke-dasharray="3 3"/><text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" class="tick">${v}</text>`,
    )
    .join('');
  const segments: string[] = [];
  let current: string[] = [];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
    } else current.push(`${fmt(x(i))},${fmt(y(p.value))}`);
  });
  if (current.length) segments.push(current.join(' '));
  const lines = segments
    .map((s) => `<polyline points="${s}" fill="none" stroke="#0b6e69" stroke-width="2.5"/>`)
    .join('');
  const marks = points
    .map((p, i) => {
      const month = `<text x="${fmt(x(i))}" y="${height - 18}" text-anchor="middle" class="tick">${escapeHtml(p.label)}</text>`;
      if (p.value === null)
        return `${month}<text x="${fmt(x(i))}" y="${y(1) - 4}" text-anchor="middle" class="muted">–</text>`;
      return `${month}<rect x="${fmt(x(i) - 4)}" y="${fmt(y(p.value) - 4)}" width="8" height="8" fill="#fff" stroke="#084f4b" stroke-width="2"/><text x="${fmt(x(i))}" y="${fmt(y(p.value) - 10)}" text-anchor="middle" class="value">${escapeHtml(p.text)}</text>`;
    })
    .join('');
  return frame(id, width, height, title, desc, `${grid}${lines}${marks}`, 'chart wide');
}

/** One 100 % stacked bar of the answers 1–5, with counts written in segments wide enough for them. */
export function distributionBar(counts: readonly number[], title: string, desc: string): string {
  const id = uid('dist');
  const width = 300;
  const height = 26;
  const total = counts.reduce((a, b) => a + b, 0) || 1;
  let at = 0;
  const parts = counts
    .map((c, i) => {
      const w = (c / total) * width;
      const rect = `<rect x="${fmt(at)}" y="2" width="${fmt(w)}" height="22" fill="url(#${id}-p${i + 1})" stroke="#fff"/>`;
      const label =
        w >= 22
          ? `<text x="${fmt(at + w / 2)}" y="17" text-anchor="middle" class="seg${i === 0 || i === 4 ? ' inv' : ''}">${c}</text>`
          : '';
      at += w;
      return c > 0 ? rect + label : '';
    })
    .join('');
  return frame(id, width, height, title, desc, `${scalePatterns(id)}${parts}`);
}

/** The legend of the distribution patterns, itself a small labelled SVG. */
export function distributionLegend(title: string, labels: readonly string[]): string {
  const id = uid('legend');
  const items = labels
    .map(
      (label, i) =>
        `<rect x="${i * 120}" y="4" width="18" height="18" fill="url(#${id}-p${i + 1})" stroke="#1d3b4f"/><text x="${i * 120 + 24}" y="18" class="label">${escapeHtml(label)}</text>`,
    )
    .join('');
  return frame(id, labels.length * 120, 26, title, labels.join(', '), `${scalePatterns(id)}${items}`);
}

export interface NetworkNode {
  label: string;
  /** Stories and nominations the sector took part in. */
  size: number;
}

/** Sectors on a circle; a line per pair that worked together, its width and label the count. */
export function networkChart(nodes: NetworkNode[], matrix: number[][], title: string, desc: string): string {
  const id = uid('net');
  const width = 460;
  const height = 360;
  const cx = width / 2;
  const cy = height / 2;
  const r = nodes.length > 1 ? 120 : 0;
  const pos = nodes.map((_, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(nodes.length, 1);
    return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
  });
  const edges: string[] = [];
  for (let i = 0; i < nodes.length; i += 1)
    for (let j = i + 1; j < nodes.length; j += 1) {
      const n = matrix[i]?.[j] ?? 0;
      if (n === 0) continue;
      const a = pos[i] as { x: number; y: number };
      const b = pos[j] as { x: number; y: number };
      edges.push(
        `<line x1="${fmt(a.x)}" y1="${fmt(a.y)}" x2="${fmt(b.x)}" y2="${fmt(b.y)}" stroke="#5d7c8f" stroke-width="${Math.min(10, 1.5 + n * 1.5)}" stroke-linecap="round"/><text x="${fmt((a.x + b.x) / 2)}" y="${fmt((a.y + b.y) / 2 + 4)}" text-anchor="middle" class="edge">${n}</text>`,
      );
    }
  const circles = nodes
    .map((node, i) => {
      const p = pos[i] as { x: number; y: number };
      const size = 10 + Math.min(14, node.size * 2);
      const below = p.y >= cy;
      return `<circle cx="${fmt(p.x)}" cy="${fmt(p.y)}" r="${size}" fill="#fff" stroke="#0b6e69" stroke-width="3"/><text x="${fmt(p.x)}" y="${fmt(p.y + 4)}" text-anchor="middle" class="value">${node.size}</text><text x="${fmt(p.x)}" y="${fmt(below ? p.y + size + 16 : p.y - size - 8)}" text-anchor="middle" class="label">${escapeHtml(node.label)}</text>`;
    })
    .join('');
  return frame(id, width, height, title, desc, `${edges.join('')}${circles}`);
}
