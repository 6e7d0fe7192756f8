import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): {
  path: (name: string) => string;
  write: (name: string, text: string) => string;
} {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const current = () => {
    if (dirs.length === 0) dirs.push(mkdtempSync(join(tmpdir(), 'kulturpuls-config-')));
    return dirs[0] as string;
  };
  return {
    path: (name) => join(current(), name),
    write: (name, text) => {
      const file = join(current(), name);
      writeFileSync(file, text);
      return file;
    },
  };
}
