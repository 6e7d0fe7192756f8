// `npm run build` (run by `npm install` in a clone and by `npm pack`): the program, bundled by esbuild
// from src/main.ts into dist/, then the files it reads from dist/ (scripts/build-assets.ts). Type
// checking is `npm run typecheck`, not part of the build.
//
// Why a bundle: Node resolves, reads and links each ES module on its own, and start-up was mostly that
// (over 500 modules before /healthz answered). The bundle is split at the program's dynamic imports, so
// the Slack and Teams code, the CLI commands and PostgreSQL's store still load only when used.
// drizzle-orm and zod (pure ES modules, together over 200 files) are bundled in; every other package
// stays an import of node_modules (native addons, CommonJS, packages that read their own files).
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildAssets } from './build-assets.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLED_PACKAGES = new Set(['drizzle-orm', 'zod']);

const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

export async function buildProgram(outDir: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/main.ts')],
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Names as in the sources (error names, log lines), although modules share one scope.
    keepNames: true,
    logLevel: 'warning',
    plugins: [
      {
        name: 'packages-stay-external',
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, ({ path }) =>
            path.startsWith('node:') || !BUNDLED_PACKAGES.has(packageOf(path))
              ? { path, external: true }
              : undefined,
          );
        },
      },
    ],
  });
}

const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
await buildProgram(dist);
await buildAssets(dist);
console.log(
  'built dist/main.js (the program), dist/local/page/page-script.js and dist/teams/package/manifest-validators.cjs',
);
