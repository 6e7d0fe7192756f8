// The storage contract is this folder: every method of every repository is called by a test here, so
// both stores (the PostgreSQL run repeats this folder) are held to all of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../support/database.js';

const here = fileURLToPath(new URL('.', import.meta.url));

function contractSources(): string {
  const files = readdirSync(here, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.test.ts') && !file.endsWith('contract-coverage.test.ts'),
  );
  return files.map((file) => readFileSync(join(here, file), 'utf8')).join('\n');
}

/** `repository.method` for every method a store has, read from a real store. */
function portMethods(t: TestStore): string[] {
  const methods: string[] = [];
  for (const [repository, value] of Object.entries(t.store)) {
    // The PostgreSQL store also carries its pool (not a port).
    if (value === null || typeof value !== 'object' || repository === 'pool' || repository === 'limits')
      continue;
    for (const [method, fn] of Object.entries(value)) {
      if (typeof fn === 'function') methods.push(`${repository}.${method}`);
    }
  }
  return methods.sort();
}

const calledIn = (source: string, call: string) => {
  const [repository, method] = call.split('.');
  return new RegExp(`\\b${repository}\\.${method}\\(`).test(source);
};

describe('the storage contract', () => {
  let t: TestStore;
  beforeAll(async () => {
    t = await createTestStore();
  });
  afterAll(() => t.close());

  it('calls every method of every repository, and transactions', () => {
    const methods = portMethods(t);
    expect(methods.length).toBeGreaterThan(100);
    const source = contractSources();
    expect(methods.filter((call) => !calledIn(source, call))).toEqual([]);
    expect(source).toMatch(/\.transaction\(async \(tx\)/);
  });

  it('would notice a method nobody calls', () => {
    expect(calledIn('t.store.people.get(key)', 'people.get')).toBe(true);
    expect(calledIn('t.store.people.getAll(key)', 'people.get')).toBe(false);
  });
});
