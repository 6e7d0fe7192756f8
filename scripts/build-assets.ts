// The build's second step, after the program's bundle (scripts/build.ts): what the program reads from
// dist/ besides its own code.
//   dist/local/page/page-script.js              the local page's browser code, one script
//   dist/teams/package/manifest-validators.cjs  the Teams manifest schemas, compiled to validators
// The tests build the same files first (tests/support/build-assets.global.ts), from the sources.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ajvStandalone from 'ajv/dist/standalone/index.js';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { build } from 'esbuild';
import { MANIFEST_SCHEMA_VERSION, SCHEMA_KINDS } from '../src/teams/package/manifest-schema.js';

// CommonJS packages: their functions are the `default` of what Node's import gives.
const { default: AjvDraft04 } = ajvDraft04;
const { default: addFormats } = ajvFormats;
const { default: standaloneCode } = ajvStandalone;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Written beside, then renamed: two test runs starting at once never read half a file. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** The browser code (src/local/page/browser/, type-checked with the rest) as one inlinable script. */
export async function buildPageScript(outDir: string): Promise<void> {
  const result = await build({
    entryPoints: [join(ROOT, 'src/local/page/browser/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  // Inlined into a script element: text that closes the element would end the script early.
  if (/<\/script/i.test(code)) throw new Error('the local page’s bundle contains </script');
  writeAtomically(join(outDir, 'local/page/page-script.js'), code);
}

/**
 * The Teams manifest and localization schemas bundled in @microsoft/app-manifest, compiled by ajv
 * (draft-04, as the package's own `validateManifestAgainstSchema` does) into standalone validators,
 * and bundled with ajv's runtime helpers: `teams-package` validates offline on a production install
 * that has neither package.
 */
export async function buildManifestValidators(outDir: string): Promise<void> {
  const schemas = join(
    dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')),
    'json-schemas/teams',
    MANIFEST_SCHEMA_VERSION,
  );
  // The localization schema's patterns are not valid in unicode mode.
  const ajv = new AjvDraft04({
    allErrors: true,
    strictTypes: false,
    unicodeRegExp: false,
    code: { source: true },
  });
  addFormats(ajv, ['uri', 'email', 'regex']);
  for (const [kind, file] of Object.entries(SCHEMA_KINDS)) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemas, file), 'utf8')) as object, kind);
  }
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(SCHEMA_KINDS).map((kind) => [kind, kind])));
  const result = await build({
    stdin: { contents: code, resolveDir: ROOT, sourcefile: 'manifest-validators.cjs' },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  writeAtomically(join(outDir, 'teams/package/manifest-validators.cjs'), result.outputFiles[0]?.text ?? '');
}

export async function buildAssets(outDir = join(ROOT, 'dist')): Promise<void> {
  await Promise.all([buildPageScript(outDir), buildManifestValidators(outDir)]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildAssets();
  console.log('built dist/local/page/page-script.js and dist/teams/package/manifest-validators.cjs');
}
