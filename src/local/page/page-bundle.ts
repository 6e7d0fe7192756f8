import { readFile } from 'node:fs/promises';
import { packagePath } from '../../package-root.js';

/**
 * The browser code (./browser/, type-checked by the project's `tsc --noEmit`) as one script for the
 * page, bundled by the build (scripts/build-assets.ts; the tests build it first) into the package's
 * dist/.
 */
const PAGE_SCRIPT = packagePath('dist/local/page/page-script.js');

let script: Promise<string> | undefined;

/** The bundled browser code, read once; a failed read is tried again on the next call. */
export function pageScript(): Promise<string> {
  script ??= readFile(PAGE_SCRIPT, 'utf8').catch((error: unknown) => {
    script = undefined;
    throw new Error(`the local page’s script is not built (${PAGE_SCRIPT}): run \`npm run build\``, {
      cause: error,
    });
  });
  return script;
}
