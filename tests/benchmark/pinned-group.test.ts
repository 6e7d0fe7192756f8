import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_FORMAT, type MunicipalityFigures } from '../../src/core/benchmark/municipality-file.js';
import { BenchmarkRefusal } from '../../src/core/benchmark/refusal.js';
import { newKeyPair, signFile } from '../../src/core/benchmark/signed-file.js';
import { parseRegisteredKeys, verifyMunicipalityFiles } from '../../src/core/benchmark/verify-files.js';
import { t } from '../../src/core/i18n/translate.js';

// SSB's grouping: Oslo (0301) is group 13 on its own, Bergen (4601) is in group 12.
const oslo = newKeyPair();
const bergen = newKeyPair();

const fileFrom = (key: string, municipality: string, kostraGroup: number) => ({
  name: `${municipality}.json`,
  text: signFile(
    MUNICIPALITY_FORMAT,
    {
      month: '2025-02',
      period: { from: '2024-12', to: '2025-02' },
      municipality,
      kostraGroup,
      minGroupSize: 5,
      figures: { lederforankring: { mean: 3.5, n: 20 } },
      responseRate: null,
    } satisfies MunicipalityFigures,
    key,
  ),
});

function refusal(run: () => unknown): BenchmarkRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof BenchmarkRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('the coordinator pins each municipality to its KOSTRA group', () => {
  it('takes the group from the shipped table when the keys file gives none', () => {
    const keys = parseRegisteredKeys(`# registered\n0301 ${oslo.publicKey}\n4601 ${bergen.publicKey}\n`);
    expect(keys.get(oslo.publicKey)).toEqual({ municipality: '0301', group: 13 });
    expect(keys.get(bergen.publicKey)).toEqual({ municipality: '4601', group: 12 });
    expect(verifyMunicipalityFiles([fileFrom(oslo.privatePem, '0301', 13)], keys)).toHaveLength(1);
  });

  it('refuses a file that claims another group than the registered one, in one localized line', () => {
    const keys = parseRegisteredKeys(`0301 ${oslo.publicKey}\n4601 ${bergen.publicKey}\n`);
    const error = refusal(() => verifyMunicipalityFiles([fileFrom(bergen.privatePem, '4601', 11)], keys));
    expect(error.reason).toBe('wrongGroup');
    const nb = t('nb', error.messageKey, error.params);
    expect(nb).toBe(
      '4601.json: kommune 4601 oppgir KOSTRA-gruppe 11, men er registrert i gruppe 12. Avvist.',
    );
    expect(t('en', error.messageKey, error.params)).toContain('claims KOSTRA group 11');
    expect(t('nn', error.messageKey, error.params)).toContain('oppgjev KOSTRA-gruppe 11');
  });

  it("lets the keys file's group override the table, and holds the file to it", () => {
    const keys = parseRegisteredKeys(`4601 ${bergen.publicKey} 11\n`);
    expect(verifyMunicipalityFiles([fileFrom(bergen.privatePem, '4601', 11)], keys)).toHaveLength(1);
    expect(
      refusal(() => verifyMunicipalityFiles([fileFrom(bergen.privatePem, '4601', 12)], keys)).reason,
    ).toBe('wrongGroup');
  });

  it('refuses a municipality the table does not know unless the keys file names its group', () => {
    const keys = parseRegisteredKeys(`9999 ${oslo.publicKey}\n`);
    const error = refusal(() => verifyMunicipalityFiles([fileFrom(oslo.privatePem, '9999', 5)], keys));
    expect(error.reason).toBe('unpinnedGroup');
    expect(t('nb', error.messageKey, error.params)).toContain('skriv gruppen sist på kommunens linje');
  });

  it('refuses a keys file line that is not number, key and an optional group 1–17', () => {
    for (const [line, at] of [
      [`0301 ${oslo.publicKey} 18`, 1],
      [`# ok\n0301 ${oslo.publicKey} gruppe`, 2],
      ['0301', 1],
      [`301 ${oslo.publicKey}`, 1],
      [`0301 ${oslo.publicKey} 13 ekstra`, 1],
    ] as const) {
      const error = refusal(() => parseRegisteredKeys(line));
      expect(error.reason, line).toBe('keysLine');
      expect(t('nb', error.messageKey, error.params)).toBe(
        `Nøkkelfila, linje ${at}: skriv kommunenummer, nøkkel og eventuelt KOSTRA-gruppe (1–17). Avvist.`,
      );
    }
  });
});
