// Listeners only parse, call one use case and render: none is longer than 25 lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC } from './layers.js';

const MAX_LINES = 25;

/** Lines from `start` to the bracket that closes the first `open` after it. */
function spanLines(source: string, start: number, open: '(' | '{'): number {
  let depth = 0;
  for (let i = source.indexOf(open, start); i < source.length; i += 1) {
    const c = source[i];
    if (c === '(' || c === '{') depth += 1;
    else if (c === ')' || c === '}') depth -= 1;
    if (depth === 0) return source.slice(start, i + 1).split('\n').length;
  }
  return Number.POSITIVE_INFINITY;
}

function listeners(dir: string, pattern: RegExp, open: '(' | '{'): { name: string; lines: number }[] {
  return readdirSync(join(SRC, dir)).flatMap((file) => {
    const source = readFileSync(join(SRC, dir, file), 'utf8');
    return [...source.matchAll(pattern)].map((m) => ({
      name: `${dir}/${file}:${source.slice(0, m.index).split('\n').length}`,
      lines: spanLines(source, m.index, open),
    }));
  });
}

describe('listeners', () => {
  it('every Slack listener and Teams handler fits in 25 lines', () => {
    const slack = listeners(
      'slack/listeners',
      /app\.(action|command|view|event|shortcut|message|use)(<[^>]*>)?\(/g,
      '(',
    );
    // A Teams handler's body: from its signature's `{` to the matching brace.
    const teams = listeners(
      'teams/listeners',
      /function \w+\([\s\S]*?\)(: [^{]+)? \{|return async \([\s\S]*?=> \{/g,
      '{',
    );
    expect(slack.length).toBeGreaterThan(8);
    expect(teams.length).toBeGreaterThan(5);
    expect([...slack, ...teams].filter((l) => l.lines > MAX_LINES)).toEqual([]);
  });
});
