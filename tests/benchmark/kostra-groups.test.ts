import { describe, expect, it } from 'vitest';
import { KOSTRA_GROUPS, kostraGroupOf } from '../../src/core/benchmark/kostra-groups.js';
import { KOSTRA_MUNICIPALITIES } from '../../src/core/benchmark/kostra-municipalities.js';

// SSB, "KOSTRA-gruppene" (ssb.no), criteria table of the 2020 grouping: municipalities per group,
// with the 2024 numbers (group 1: "39 (40 fra 2024)", Haram added).
const SSB_MUNICIPALITIES_PER_GROUP: Record<number, number> = {
  1: 40,
  2: 18,
  3: 9,
  4: 39,
  5: 33,
  6: 28,
  7: 38,
  8: 13,
  9: 27,
  10: 13,
  11: 10,
  12: 11,
  13: 1,
  14: 25,
  15: 36,
  16: 8,
  17: 8,
};
// Norway's municipalities from 1 January 2024.
const SSB_MUNICIPALITIES_2024 = 357;

const shipped = Object.entries(KOSTRA_MUNICIPALITIES);
const shippedInGroup = (group: number) => shipped.filter(([, m]) => m.group === group).length;

describe("the shipped KOSTRA table against SSB's grouping", () => {
  it("describes the 17 groups with SSB's counts", () => {
    expect(Object.fromEntries(KOSTRA_GROUPS.map((g) => [g.group, g.municipalities]))).toEqual(
      SSB_MUNICIPALITIES_PER_GROUP,
    );
  });

  it("ships every group's municipalities, exactly as many as SSB counts (fewer only while incomplete)", () => {
    const complete = shipped.length === SSB_MUNICIPALITIES_2024;
    for (const [group, count] of Object.entries(SSB_MUNICIPALITIES_PER_GROUP)) {
      if (complete)
        expect({ group, shipped: shippedInGroup(Number(group)) }).toEqual({ group, shipped: count });
      else expect(shippedInGroup(Number(group))).toBeLessThanOrEqual(count);
    }
    expect(shipped.length).toBeLessThanOrEqual(SSB_MUNICIPALITIES_2024);
  });

  it('keys every row by a four-digit 2024 number, with a name and a group from 1 to 17', () => {
    for (const [number, { name, group }] of shipped) {
      expect(number).toMatch(/^\d{4}$/);
      expect(name.trim()).toBe(name);
      expect(name).not.toBe('');
      expect(group).toBeGreaterThanOrEqual(1);
      expect(group).toBeLessThanOrEqual(17);
    }
  });

  it.each([
    // ssb.no, "KOSTRA-gruppene": group 13 is Oslo alone; Haram (split from Ålesund 2024) in 1, Ålesund stays in 11.
    ['0301', 'Oslo', 13],
    ['1580', 'Haram', 1],
    ['1508', 'Ålesund', 11],
    // SSB's KLASS correspondence municipality → KOSTRA group (classification 112), 2023.
    ['1103', 'Stavanger', 12],
    ['4601', 'Bergen', 12],
    ['4204', 'Kristiansand', 12],
    ['3405', 'Lillehammer', 9],
    ['3401', 'Kongsvinger', 7],
  ])('puts %s %s in group %i', (number, name, group) => {
    expect(KOSTRA_MUNICIPALITIES[number]).toEqual({ name, group });
    expect(kostraGroupOf(number)).toBe(group);
  });

  it('renumbered municipalities are known by their 2024 number only', () => {
    // 2024: Viken's Bærum 3024 → Akershus 3201, Vestfold og Telemark's Skien 3807 → Telemark 4003,
    // Troms og Finnmark's Tromsø 5401 → Troms 5501.
    for (const old of ['3024', '3807', '5401']) expect(kostraGroupOf(old)).toBeNull();
    expect(['3201', '4003', '5501'].map((n) => KOSTRA_MUNICIPALITIES[n]?.name)).toEqual([
      'Bærum',
      'Skien',
      'Tromsø',
    ]);
  });

  it("takes the config's group over the table's", () => {
    expect(kostraGroupOf('0301', 5)).toBe(5);
    expect(kostraGroupOf('9999')).toBeNull();
  });
});
