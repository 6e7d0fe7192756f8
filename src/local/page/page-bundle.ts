import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * The browser code (./browser/, type-checked by the project's `tsc --noEmit`) as one script for the
 * page, bundled by the build (scripts/build-assets.ts; the tests build it first). It lies at the
 * package root's dist/, reached the same way from src/local/page and from dist/local/page.
 */
const PAGE_SCRIPT = fileURLToPath(new URL('../../../dist/local/page/page-script.js', import.meta.url));

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
