import type { Span } from '../digest/compare.js';
import type { Digest } from '../digest/digest.js';
import { answerVariance } from '../digest/noise.js';
import type { ResponseRate } from '../pulses/response-rate.js';
import type { Dimension } from '../vocabulary.js';
import { rounded } from './canonical.js';

export const MUNICIPALITY_FORMAT = 'urn:kulturpuls:benchmark:municipality:v1';

/** One figure: the mean (1–5, reverse-scored items turned), the answers behind it and their spread. */
export interface Figure {
  mean: number;
  /** Answers behind the mean: one per person per statement per pulse, each cell from `minGroupSize` people. */
  n: number;
  /**
   * The answers' sample standard deviation, so the comparison's noise is both sides' (absent from
   * files of earlier versions). One number over at least `minGroupSize` answers: less than the
   * distribution the digest already shows for the same figure.
   */
  sd?: number;
}

/** What leaves the municipality: whole-municipality aggregates, nothing that names a person, no text. */
export interface MunicipalityFigures {
  month: string;
  /** The months the figures cover: the digest's rolling window ending with `month`. */
  period: Span;
  municipality: string;
  kostraGroup: number;
  minGroupSize: number;
  /** Per dimension (leadership, climate items, learning), only those the digest shows. */
  figures: Partial<Record<Dimension, Figure>>;
  /** The response rate as the core defines it (pulses/response-rate.ts); null when withheld. */
  responseRate: ResponseRate | null;
}

/**
 * The export of one month, taken from the digest: the same gates (every cell from `minGroupSize`
 * people), the same figures the innovation lead sees, and nothing at all when fewer than
 * `minGroupSize` people answered in the whole municipality. Never a sector, a person or a text.
 */
export function municipalityFigures(
  digest: Digest,
  municipality: { number: string; kostraGroup: number },
): MunicipalityFigures {
  const enough = digest.participation.respondents.shown;
  const figures: Partial<Record<Dimension, Figure>> = {};
  let period: Span = { from: digest.month, to: digest.month };
  for (const line of digest.dimensions) {
    period = line.period;
    if (!enough || !line.result.shown) continue;
    const { mean, n } = line.result.value;
    figures[line.dimension] = {
      mean: rounded(mean),
      n,
      sd: rounded(Math.sqrt(answerVariance(line.result.value))),
    };
  }
  const rate = digest.participation.rate;
  return {
    month: digest.month,
    period,
    municipality: municipality.number,
    kostraGroup: municipality.kostraGroup,
    minGroupSize: digest.minGroupSize,
    figures,
    responseRate:
      enough && rate.shown
        ? {
            answered: rate.value.answered,
            asked: rate.value.asked,
            share: rate.value.share === null ? null : rounded(rate.value.share),
          }
        : null,
  };
}
