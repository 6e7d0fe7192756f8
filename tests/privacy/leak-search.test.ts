// The attack's own tools find what they must: once nothing leaks, sealed-at-rest passes, and only
// these show the search would still see a planted value in any of its forms.
import { describe, expect, it } from 'vitest';
import { commitLinkage } from './commit-linkage.js';
import { searchBytes, searchRows } from './leak-search.js';
import type { PlantedValue } from './planted-people.js';

const name: PlantedValue = { owner: 'slack:UPLNT0002', kind: 'display name', value: 'Øystein Plantesen-02' };
const id: PlantedValue = { owner: 'slack:UPLNT0002', kind: 'Slack user id', value: 'UPLNT0002' };

describe('the search for planted values', () => {
  it('finds a value as UTF-8, in another case, and JSON-escaped, with its byte offset', () => {
    const file = Buffer.concat([
      Buffer.from('xx'),
      Buffer.from('{"name":"\\u00d8ystein Plantesen-02"}'),
      Buffer.from(' øystein plantesen-02 uplnt0002', 'utf8'),
    ]);
    const found = searchBytes('a file', file, [name, id]);
    expect(found.map((f) => [f.planted.kind, f.at, f.count])).toEqual([
      ['display name', 'byte 11', 2],
      ['Slack user id', `byte ${file.indexOf('uplnt0002')}`, 1],
    ]);
    expect(searchBytes('a file', Buffer.from('UPLNT0003 Øystein'), [name, id])).toEqual([]);
  });

  it('names the table, row and column, also inside JSON and binary cells', () => {
    const rows = [{ a: 'x' }, { target: { id: 'uplnt0002' }, blob: Buffer.from('Øystein Plantesen-02') }];
    const found = searchRows('table t', rows, [name, id]);
    expect(found.map((f) => f.at)).toEqual(['row 2, column target', 'row 2, column blob']);
  });
});

describe('the commit-order replay', () => {
  const commit = (label: string, tables: Record<string, Record<string, unknown>[]>) => ({
    label,
    rows: new Map(Object.entries(tables)),
  });

  it('flags a planted value, or an identifier another table repeats, right after an answer', () => {
    const seal = 'h1-Zm9vYmFyYmF6cXV4cXV1eA';
    const commits = [
      commit('c1', { pulse_answers: [{ pseudonym: 'p1', value: 4 }] }),
      commit('c2', { deliveries: [{ target: seal, note: 'UPLNT0002' }] }),
      commit('c3', { pulse_answers: [{ pseudonym: 'p2', value: 2 }] }),
      commit('c4', { deliveries: [{ target: 'pulse_0123456789abcdef' }] }),
    ];
    const tables = new Map([
      ['people', [{ key: seal }]],
      ['pulses', [{ id: 'pulse_0123456789abcdef' }]],
      ['deliveries', [{ target: seal }, { target: 'pulse_0123456789abcdef' }]],
    ]);
    const report = commitLinkage(commits, tables, [id]);
    expect(report.voteCommits).toBe(2);
    expect(report.named.map((f) => f.where)).toEqual(['c2 (right after the vote in c1): deliveries']);
    // The pulse id is shared content (in `pulses`): not a person's identifier.
    expect(report.shared).toEqual([
      `c2 (right after the vote in c1): deliveries has «${seal}», also in people row 1`,
    ]);
  });
});
