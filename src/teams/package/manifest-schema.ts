import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const MANIFEST_SCHEMA_VERSION = 'v1.24';

type AjvValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: unknown }[] | null;
};

/**
 * Schema validation against the JSON schema bundled in @microsoft/app-manifest: nothing is fetched.
 * Its `ManifestUtil` cannot be loaded (1.1.2 requires `fs-extra` without depending on it), so this
 * does what `ManifestUtil.validateManifestAgainstSchema` does, with the package's own ajv.
 */
export function schemaProblems(
  json: Record<string, unknown>,
  kind: 'manifest' | 'localization',
  fileName: string,
): string[] {
  let manifestRequire: NodeJS.Require;
  let schemaFile: string;
  try {
    const entry = createRequire(import.meta.url).resolve('@microsoft/app-manifest');
    manifestRequire = createRequire(entry);
    schemaFile = join(
      entry,
      '..',
      'json-schemas',
      'teams',
      MANIFEST_SCHEMA_VERSION,
      kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json',
    );
  } catch {
    return [
      '@microsoft/app-manifest is not installed (a dev dependency): run `npm install` without --omit=dev.',
    ];
  }
  if (!existsSync(schemaFile))
    return [`The bundled Teams schema ${MANIFEST_SCHEMA_VERSION} is missing: ${schemaFile}`];
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
  const AjvDraft04 = manifestRequire('ajv-draft-04').default as new (
    options: object,
  ) => {
    compile(schema: object): AjvValidator;
  };
  const addFormats = manifestRequire('ajv-formats').default as (ajv: unknown, formats: string[]) => void;
  // The localization schema's patterns are not valid in unicode mode.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(json)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${fileName} ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params ?? {})}`,
  );
}
