import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConfigJsonSchema } from '../../src/config.js';

const COMMITTED = join(import.meta.dirname, '..', '..', 'schema', 'kulturpuls.schema.json');

describe('schema/kulturpuls.schema.json', () => {
  it('equals a fresh generation (run `npx tsx scripts/generate-config-schema.ts`)', () => {
    expect(readFileSync(COMMITTED, 'utf8')).toBe(renderConfigJsonSchema());
  });

  it('documents the input side: defaults and enums', () => {
    const schema = JSON.parse(renderConfigJsonSchema());
    expect(schema.properties.privacy.properties.minGroupSize).toMatchObject({ default: 5, minimum: 3 });
    expect(schema.properties.schedules.items.properties.kind.enum).toEqual([
      'reflection',
      'pulse',
      'learning',
      'digest',
    ]);
    expect(schema.properties.schedules.items.properties.targets.items.type).toBe('string');
    expect(schema.additionalProperties).toBe(false);
  });
});
