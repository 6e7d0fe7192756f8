import type { Target } from '../../core/records.js';

/** `Target['kind']` as a value list for the column enums (the core declares it only as a type). */
export const TARGET_KINDS = ['channel', 'dm'] as const satisfies readonly Target['kind'][];
