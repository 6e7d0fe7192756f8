// Writes schema/kulturpuls.schema.json; run with `npx tsx scripts/generate-config-schema.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderConfigJsonSchema } from '../src/config.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'kulturpuls.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, renderConfigJsonSchema());
console.log(`wrote ${out}`);
