import { describe, expect, it } from 'vitest';
import { CATALOGS, t } from '../../src/core/i18n/translate.js';
import { LOCALES } from '../../src/core/vocabulary.js';

const placeholders = (entry: unknown): string[] => {
  const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
  return [
    ...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))),
  ].sort();
};

describe('translations', () => {
  const reference = Object.keys(CATALOGS.nb).sort();

  it.each(LOCALES)('%s has exactly the keys of bokmål, each non-empty', (locale) => {
    const catalog = CATALOGS[locale] as Record<string, unknown>;
    expect(Object.keys(catalog).sort()).toEqual(reference);
    for (const key of reference) {
      const entry = catalog[key];
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
      for (const text of texts) expect(text.trim(), `${locale}:${key}`).not.toBe('');
    }
  });

  it.each(LOCALES)('%s uses the same placeholders as bokmål', (locale) => {
    for (const key of reference) {
      const catalog = CATALOGS[locale] as Record<string, unknown>;
      expect(placeholders(catalog[key]), `${locale}:${key}`).toEqual(
        placeholders((CATALOGS.nb as Record<string, unknown>)[key]),
      );
    }
  });

  it('fills placeholders and chooses plural forms by count', () => {
    expect(t('en', 'form.error.tooLong', { count: 1, max: 5 })).toBe(
      'The text is too long: 1 character, at most 5.',
    );
    expect(t('en', 'form.error.tooLong', { count: 7, max: 5 })).toBe(
      'The text is too long: 7 characters, at most 5.',
    );
    expect(t('nn', 'pulse.fallback', { count: 3 })).toBe('Pulsmåling: 3 utsegner om innovasjonskulturen');
    expect(t('nb', 'pulse.fallback', { count: 1 })).toBe('Pulsmåling: ett utsagn om innovasjonskulturen');
  });
});
