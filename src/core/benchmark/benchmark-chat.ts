import type { Formatter } from '../digest/format.js';
import type { Block } from '../message.js';
import { benchmarkSection } from './benchmark-texts.js';
import type { BenchmarkComparison, BenchmarkLine } from './comparison.js';

/** Whether one dimension's difference beats the noise, in a few words. */
function verdict(line: BenchmarkLine, f: Formatter): string | null {
  if (line.difference === null || line.against === null) return null;
  const params = {
    difference: f.signed(line.difference),
    area: f.t(line.against === 'group' ? 'benchmark.area.group' : 'benchmark.area.national'),
  };
  if (line.margin === null) return f.t('benchmark.chat.tooFew');
  return f.t(line.beyondNoise ? 'benchmark.chat.larger' : 'benchmark.chat.within', {
    ...params,
    margin: f.num(line.margin),
  });
}

/**
 * The comparison in the chat digest: its heading, where the figures come from (or that they are old
 * or missing), and one field per dimension with Oss · the group · Landet and the noise verdict.
 * Dimensions with no figure on any side are left out; the dashboard has the full table.
 */
export function benchmarkChat(c: BenchmarkComparison, f: Formatter): { blocks: Block[]; lines: string[] } {
  const section = benchmarkSection(c, f);
  const [, , group] = section.header;
  const status = c.month === null ? section.status : `${group}. ${section.status}`;
  const fields = c.lines.flatMap((line, i) => {
    if (line.ours === null && line.group === null && line.national === null) return [];
    const [label, ours, inGroup, national] = section.rows[i] as [string, string, string, string];
    const figures = f.t('benchmark.chat.line', { ours, group: inGroup, national });
    const noise = verdict(line, f);
    return [{ label, value: noise ? `${figures}\n${noise}` : figures }];
  });
  const rate = c.month === null ? undefined : section.rows[c.lines.length];
  if (rate) {
    const [label, ours, inGroup, national] = rate;
    fields.push({ label, value: f.t('benchmark.chat.line', { ours, group: inGroup, national }) });
  }
  return {
    blocks: [
      { type: 'heading', text: section.heading },
      { type: 'context', text: status },
      ...(fields.length ? [{ type: 'fields' as const, fields }] : []),
    ],
    lines: [section.heading, status, ...fields.map((x) => `${x.label}: ${x.value.replace('\n', ' – ')}`)],
  };
}
