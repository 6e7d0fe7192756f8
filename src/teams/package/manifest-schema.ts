import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packagePath } from '../../package-root.js';

export const MANIFEST_SCHEMA_VERSION = 'v1.24';

/** The schemas `teams-package` validates against, by kind: their files in @microsoft/app-manifest. */
export const SCHEMA_KINDS = {
  manifest: 'MicrosoftTeams.schema.json',
  localization: 'MicrosoftTeams.Localization.schema.json',
} as const;

type SchemaKind = keyof typeof SCHEMA_KINDS;

type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: unknown }[] | null;
};

// The schemas compiled at build time (scripts/build-assets.ts) into the package's dist/: nothing is
// fetched or compiled at run time.
const VALIDATORS = packagePath('dist/teams/package/manifest-validators.cjs');

let validators: Record<SchemaKind, Validator> | undefined;

/** Problems of `json` against the bundled Teams schema of its kind, one line each; none when valid. */
export function schemaProblems(json: Record<string, unknown>, kind: SchemaKind, fileName: string): string[] {
  if (!existsSync(VALIDATORS))
    return [
      `The Teams schema ${MANIFEST_SCHEMA_VERSION} is not built (${VALIDATORS}): run \`npm run build\`.`,
    ];
  validators ??= createRequire(import.meta.url)(VALIDATORS) as Record<SchemaKind, Validator>;
  const validate = validators[kind];
  if (validate(json)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `${fileName} ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params ?? {})}`,
  );
}
