import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * A path in the installed package (migrations, manifests, the built page script): the nearest folder
 * above this module with a package.json. It is the same from src/ (tsx), from the bundled dist/ and
 * from a release install under node_modules/kulturpuls/, however the bundle splits the modules.
 */
export function packagePath(...parts: string[]): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url));
    while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
    root = dir;
  }
  return join(root, ...parts);
}
