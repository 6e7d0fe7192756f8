import { z } from 'zod';
import { settingsFileSchema } from './settings-schema.js';

/** The JSON Schema of `kulturpuls.yaml` as written (the input side), for editors and `schema/`. */
export function buildConfigJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(settingsFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
}

export function renderConfigJsonSchema(): string {
  return `${JSON.stringify(buildConfigJsonSchema(), null, 2)}\n`;
}
