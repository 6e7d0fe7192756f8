import type { MessageKey } from '../i18n/translate.js';

export const REFUSALS = [
  'unreadable',
  'tampered',
  'malformed',
  'unknownKey',
  'keysLine',
  'unpinnedGroup',
  'wrongGroup',
  'otherMonth',
  'duplicate',
  'wrongCoordinator',
  'noCoordinatorKey',
  'noMunicipality',
  'noKostraGroup',
  'noKey',
] as const;
export type RefusalReason = (typeof REFUSALS)[number];

/** A benchmark file or setup the commands refuse; the CLI prints `benchmark.refused.<reason>` in one line. */
export class BenchmarkRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`benchmark refused: ${reason}`);
    this.name = 'BenchmarkRefusal';
  }

  get messageKey(): MessageKey {
    return `benchmark.refused.${this.reason}`;
  }
}
