import { describe, expect, it } from 'vitest';
import { boundedMap, boundedMemo } from '../../src/core/bounded-memo.js';
import { formatDateTime } from '../../src/core/i18n/translate.js';
import { voteConfirmation } from '../../src/core/messages/pulse-message.js';

describe('boundedMemo', () => {
  it('computes once per key, forgets the oldest past its limit, and shares frozen values', () => {
    let computed = 0;
    const memo = boundedMemo<{ n: number; list: number[] }>(2);
    const make = (n: number) => () => {
      computed += 1;
      return { n, list: [n] };
    };
    const a = memo('a', make(1));
    expect(memo('a', make(99))).toBe(a);
    expect(a.n).toBe(1);
    memo('b', make(2));
    memo('c', make(3));
    expect(computed).toBe(3);
    expect(memo('a', make(4)).n).toBe(4);
    expect(computed).toBe(4);
    expect(() => a.list.push(5)).toThrow(TypeError);
  });
});

describe('remembered wording', () => {
  const base = {
    locale: 'nb' as const,
    statement: 'Vi prøver ut nye ideer.',
    value: 4 as const,
    changed: false,
    closesAt: '2026-12-10T15:00:00.000Z',
    timeZone: 'Europe/Oslo',
    minGroupSize: 3,
  };

  it('a closing time is written for each language and zone, not reused across them', () => {
    const iso = '2026-12-10T15:00:00.000Z';
    expect(formatDateTime('nb', iso, 'Europe/Oslo')).toContain('desember');
    expect(formatDateTime('en', iso, 'Europe/Oslo')).toContain('December');
    expect(formatDateTime('nb', iso, 'Europe/Oslo')).toContain('16');
    expect(formatDateTime('nb', iso, 'UTC')).toContain('15');
    expect(formatDateTime('nb', iso, 'UTC')).not.toBe(formatDateTime('nb', iso, 'Europe/Oslo'));
  });

  it('a confirmation for another language, value or wording is never the remembered one', () => {
    const nb4 = voteConfirmation(base);
    expect(voteConfirmation({ ...base })).toEqual(nb4);
    const en4 = voteConfirmation({ ...base, locale: 'en', statement: 'We try out new ideas.' });
    const nb2 = voteConfirmation({ ...base, value: 2 });
    const changed = voteConfirmation({ ...base, changed: true });
    const later = voteConfirmation({ ...base, closesAt: '2026-12-17T15:00:00.000Z' });
    expect(en4.fallbackText).toContain('We try out new ideas.');
    expect(en4.fallbackText).not.toBe(nb4.fallbackText);
    expect(nb2.fallbackText).not.toBe(nb4.fallbackText);
    expect(changed.fallbackText).not.toBe(nb4.fallbackText);
    expect(JSON.stringify(later.blocks)).toContain('17');
    expect(JSON.stringify(later.blocks)).not.toBe(JSON.stringify(nb4.blocks));
  });
});

describe('boundedMap', () => {
  it('forgets the oldest key when a new one is set while full; setting a known key forgets nothing', () => {
    const map = boundedMap<number>(2);
    expect(map.set('a', 1)).toBe(1);
    map.set('b', 2);
    map.set('a', 3);
    expect([map.get('a'), map.get('b')]).toEqual([3, 2]);
    map.set('c', 4);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([false, true, true]);
    expect(map.delete('b')).toBe(true);
    expect(map.get('b')).toBeUndefined();
  });
});
