import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FORBIDDEN_IN_CORE =
  /from ['"](@slack\/|@microsoft\/|drizzle-orm|better-sqlite3|node-cron|croner|express|date-holidays)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it('src/core imports no platform, database or scheduler package', () => {
    const offenders = files(join(root, 'src/core')).filter((file) =>
      FORBIDDEN_IN_CORE.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('src/core imports nothing from the outer layers', () => {
    const outward = /from ['"]\.\.\/(\.\.\/)*(slack|teams|storage|scheduler|web|cli|local|config|demo)\//;
    const offenders = files(join(root, 'src/core')).filter((file) =>
      outward.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('only src/config reads process.env', () => {
    const offenders = files(join(root, 'src'))
      .filter((file) => !relative(root, file).startsWith('src/config'))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(root, file))).toEqual([]);
  });

  it('no source file grows past 400 lines', () => {
    const long = files(join(root, 'src'))
      .map((file) => ({ file: relative(root, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
