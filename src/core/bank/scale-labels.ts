import type { Locale, ScaleValue } from '../vocabulary.js';

/** Full labels of the five-point agreement scale, e.g. for the scale's ends and screen readers. */
export const SCALE_LABELS: Readonly<Record<Locale, Readonly<Record<ScaleValue, string>>>> = Object.freeze({
  nb: { 1: 'Helt uenig', 2: 'Delvis uenig', 3: 'Verken enig eller uenig', 4: 'Delvis enig', 5: 'Helt enig' },
  nn: {
    1: 'Heilt usamd',
    2: 'Delvis usamd',
    3: 'Verken samd eller usamd',
    4: 'Delvis samd',
    5: 'Heilt samd',
  },
  en: {
    1: 'Strongly disagree',
    2: 'Disagree',
    3: 'Neither agree nor disagree',
    4: 'Agree',
    5: 'Strongly agree',
  },
});

/** Longest label that fits a narrow button (five in a row on a phone). */
export const SCALE_SHORT_LABEL_MAX_LENGTH = 14;

export const SCALE_SHORT_LABELS: Readonly<Record<Locale, Readonly<Record<ScaleValue, string>>>> =
  Object.freeze({
    nb: { 1: 'Helt uenig', 2: 'Delvis uenig', 3: 'Verken eller', 4: 'Delvis enig', 5: 'Helt enig' },
    nn: { 1: 'Heilt usamd', 2: 'Delvis usamd', 3: 'Korkje eller', 4: 'Delvis samd', 5: 'Heilt samd' },
    en: { 1: 'Fully disagree', 2: 'Disagree', 3: 'Neutral', 4: 'Agree', 5: 'Fully agree' },
  });
