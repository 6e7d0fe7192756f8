import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

/**
 * The browser code (./browser/, type-checked by the project's `tsc --noEmit`) as one script for the
 * page. esbuild bundles it once per process, at the first mount: from the TypeScript sources when
 * run with tsx or vitest, from what `tsc -p tsconfig.build.json` compiled into dist/ under `npm start`.
 * So there is no separate build step and no generated file to keep in step; esbuild is a runtime
 * dependency for this reason.
 */
let script: Promise<string> | undefined;

async function bundle(): Promise<string> {
  const entry = ['main.ts', 'main.js']
    .map((name) => fileURLToPath(new URL(`./browser/${name}`, import.meta.url)))
    .find((path) => existsSync(path));
  if (!entry) throw new Error('the local page’s browser code (browser/main) is missing');
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      logLevel: 'silent',
    });
  } finally {
    // One build per process: esbuild's helper process need not stay running.
    await stop();
  }
  const code = result.outputFiles?.[0]?.text ?? '';
  // Inlined into a script element: text that closes the element would end the script early.
  if (/<\/script/i.test(code)) throw new Error('the local page’s bundle contains </script');
  return code;
}

/** The bundled browser code; a failed build is tried again on the next call. */
export function pageScript(): Promise<string> {
  script ??= bundle().catch((error: unknown) => {
    script = undefined;
    throw error;
  });
  return script;
}
