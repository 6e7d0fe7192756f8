import { describe, expect, it } from 'vitest';
import { localeFromTeams } from '../../src/teams/locale.js';

describe('the Teams locale as the default language', () => {
  it.each([
    ['nb-NO', 'nb'],
    ['nb', 'nb'],
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['NB-no', 'nb'],
    ['nn-NO', 'nn'],
    ['nn', 'nn'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['en', 'en'],
    ['en_GB', 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(localeFromTeams(tag)).toBe(locale);
  });

  it.each([['sv-SE'], ['de-DE'], [''], [undefined], [null], ['nob'], ['english']])(
    '%s → the configured default',
    (tag) => {
      expect(localeFromTeams(tag)).toBeUndefined();
    },
  );
});
