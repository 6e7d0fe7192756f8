// The import graph of src/: which layer each file belongs to, and what it imports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const SRC = resolve(import.meta.dirname, '../../src');

export function sourceFiles(dir = SRC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** `core`, `slack`, …, or the file name for files at the top of src (`app.ts`, `runtime.ts`). */
export function layerOf(file: string): string {
  const [first = ''] = relative(SRC, file).split('/');
  return first;
}

/** Every import of a file: static, re-exports and dynamic `import()`, relative ones resolved. */
export function importsOf(
  file: string,
  source = readFileSync(file, 'utf8'),
): { spec: string; target?: string }[] {
  const specs = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g),
    ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] as string);
  return specs.map((spec) =>
    spec.startsWith('.') ? { spec, target: resolve(dirname(file), spec).replace(/\.js$/, '.ts') } : { spec },
  );
}

const FORBIDDEN_PACKAGES_IN_CORE =
  /^(@slack\/|@microsoft\/|drizzle-orm|better-sqlite3|node-cron|croner|express|date-holidays|esbuild)/;

const ADAPTERS = ['slack', 'teams', 'local'];
/** The composition root and the tools that open the database themselves. */
const MAY_IMPORT_STORAGE = ['app.ts', 'runtime.ts', 'cli', 'demo', 'storage'];

/** Layer → layers it must never import (relative imports, resolved). */
const RULES: Record<string, string[]> = {
  core: [
    'slack',
    'teams',
    'local',
    'web',
    'storage',
    'scheduler',
    'cli',
    'demo',
    'config',
    'config.ts',
    'app.ts',
    'runtime.ts',
    'platform-plugin.ts',
    'logger.ts',
  ],
  slack: ['teams', 'local', 'storage', 'scheduler', 'cli', 'demo', 'app.ts', 'runtime.ts'],
  teams: ['slack', 'local', 'storage', 'scheduler', 'cli', 'demo', 'app.ts', 'runtime.ts'],
  local: ['slack', 'teams', 'storage', 'scheduler', 'cli', 'demo', 'app.ts', 'runtime.ts'],
  web: ['slack', 'teams', 'local', 'storage', 'scheduler', 'cli', 'demo', 'app.ts', 'runtime.ts'],
  scheduler: ['slack', 'teams', 'local', 'web', 'storage', 'cli', 'demo', 'app.ts', 'runtime.ts'],
  storage: ['slack', 'teams', 'local', 'web', 'scheduler', 'cli', 'demo', 'app.ts', 'runtime.ts'],
};

/** Every broken layer rule in the given files, as `file → imported file`. */
export function layerViolations(
  files: string[],
  read = (file: string) => readFileSync(file, 'utf8'),
): string[] {
  const broken = new Set<string>();
  for (const file of files) {
    const from = layerOf(file);
    for (const { spec, target } of importsOf(file, read(file))) {
      const to = target ? layerOf(target) : undefined;
      const name = `${relative(SRC, file)} → ${target ? relative(SRC, target) : spec}`;
      if (to && to !== from && RULES[from]?.includes(to)) broken.add(name);
      if (to === 'storage' && !MAY_IMPORT_STORAGE.includes(from)) broken.add(name);
      if (from === 'core' && !target && FORBIDDEN_PACKAGES_IN_CORE.test(spec)) broken.add(name);
      // Platform plugins are chosen in one place: the composition root.
      if (to && ADAPTERS.includes(to) && target?.endsWith('-plugin.ts') && from !== 'app.ts' && from !== to)
        broken.add(name);
    }
  }
  return [...broken];
}
