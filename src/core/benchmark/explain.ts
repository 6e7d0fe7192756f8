import { DIMENSION_LABELS } from '../bank/index.js';
import { formatMonth, formatNumber, translator } from '../i18n/translate.js';
import { responseRateText } from '../pulses/response-rate.js';
import { DIMENSIONS, type Locale } from '../vocabulary.js';
import type { MunicipalityFigures } from './municipality-file.js';

/**
 * `kulturpuls benchmark export --explain`: the file in plain words, line by line, so an admin can
 * read exactly what leaves the municipality. `lines` is how many figures the digest has this month.
 */
export function explainMunicipalityFile(
  file: MunicipalityFigures,
  context: { organisation: string; lines: number },
  locale: Locale,
): string {
  const t = translator(locale);
  const min = file.minGroupSize;
  const figures = DIMENSIONS.flatMap((dimension) => {
    const figure = file.figures[dimension];
    if (!figure) return [];
    const label = DIMENSION_LABELS[dimension][locale];
    const mean = t('benchmark.explain.figure', {
      label,
      mean: formatNumber(locale, figure.mean, 2),
      n: figure.n,
    });
    const spread =
      figure.sd === undefined
        ? ''
        : `, ${t('benchmark.explain.spread', { sd: formatNumber(locale, figure.sd, 2) })}`;
    return [`- ${mean}${spread}`];
  });
  const withheld = context.lines - figures.length;
  const lines = [
    t('benchmark.explain.heading', {
      organisation: context.organisation,
      month: formatMonth(locale, file.month),
    }),
    t('benchmark.explain.who', { number: file.municipality, group: file.kostraGroup }),
    t('benchmark.explain.period', {
      from: formatMonth(locale, file.period.from),
      to: formatMonth(locale, file.period.to),
    }),
    '',
    ...(figures.length === 0 && !file.responseRate ? [t('benchmark.explain.nothing', { min })] : figures),
    file.responseRate
      ? t('benchmark.explain.rate', { rate: responseRateText(file.responseRate, locale) })
      : t('benchmark.explain.noRate'),
    ...(withheld > 0 && figures.length > 0
      ? [t('benchmark.explain.withheld', { count: withheld, min })]
      : []),
    '',
    t('benchmark.explain.never'),
  ];
  return `${lines.join('\n')}\n`;
}
