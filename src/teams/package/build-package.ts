import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeRgbaPng, pngInfo } from './png.js';
import { writeZip } from './zip.js';

/** `manifests/teams/` at the package root (two levels up from src/teams/package or dist/teams/package). */
export function defaultManifestFolder(): string {
  return fileURLToPath(new URL('../../../manifests/teams', import.meta.url));
}

export const MANIFEST_SCHEMA_VERSION = 'v1.24';

export interface PackageInput {
  folder: string;
  clientId: string | undefined;
  publicUrl: string;
  version: string;
}

export type PackageResult =
  | { ok: true; zip: Buffer; manifest: Record<string, unknown> }
  | { ok: false; problems: string[] };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The template with the bot id and host filled in; problems when they cannot be. */
export function fillManifest(template: string, input: PackageInput): { text: string; problems: string[] } {
  const problems: string[] = [];
  if (!input.clientId)
    problems.push('CLIENT_ID is not set: it is the bot id and the app id in the manifest.');
  else if (!GUID.test(input.clientId))
    problems.push(`CLIENT_ID "${input.clientId}" is not a GUID (Entra app id).`);
  let host = '';
  try {
    const url = new URL(input.publicUrl);
    if (url.protocol !== 'https:')
      problems.push(
        `publicUrl must be https:// for Teams (it is ${input.publicUrl}); set publicUrl in kulturpuls.yaml.`,
      );
    host = url.host;
  } catch {
    problems.push(`publicUrl "${input.publicUrl}" is not a URL; set publicUrl in kulturpuls.yaml.`);
  }
  const text = template
    .replaceAll('{{CLIENT_ID}}', input.clientId ?? '')
    .replaceAll('{{HOSTNAME}}', host)
    .replaceAll('{{VERSION}}', input.version);
  return { text, problems };
}

/** Teams rejects icons of the wrong size; the outline must be white on transparent. */
export function iconProblems(color: Buffer | undefined, outline: Buffer | undefined): string[] {
  const problems: string[] = [];
  const colorInfo = color && pngInfo(color);
  if (!colorInfo) problems.push('color.png is missing or not a PNG.');
  else if (colorInfo.width !== 192 || colorInfo.height !== 192) {
    problems.push(`color.png must be 192×192 pixels (it is ${colorInfo.width}×${colorInfo.height}).`);
  }
  const outlineInfo = outline && pngInfo(outline);
  if (!outline || !outlineInfo) problems.push('outline.png is missing or not a PNG.');
  else if (outlineInfo.width !== 32 || outlineInfo.height !== 32) {
    problems.push(`outline.png must be 32×32 pixels (it is ${outlineInfo.width}×${outlineInfo.height}).`);
  } else {
    const image = decodeRgbaPng(outline);
    if (!image) problems.push('outline.png must be an 8-bit RGBA PNG (white on transparent).');
    else {
      let transparent = 0;
      for (let i = 0; i < image.pixels.length; i += 4) {
        const [r, g, b, a] = image.pixels.subarray(i, i + 4);
        if (a === 0) transparent++;
        else if (r !== 255 || g !== 255 || b !== 255) {
          problems.push('outline.png may only contain white pixels on a transparent background.');
          break;
        }
      }
      if (transparent === 0) problems.push('outline.png needs a transparent background.');
    }
  }
  return problems;
}

type AjvValidator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string; params?: unknown }[] | null;
};

/**
 * Schema validation against the JSON schema bundled in @microsoft/app-manifest: nothing is fetched.
 * Its `ManifestUtil` cannot be loaded (1.1.2 requires `fs-extra` without depending on it), so this
 * does what `ManifestUtil.validateManifestAgainstSchema` does, with the package's own ajv.
 */
export function schemaProblems(manifest: Record<string, unknown>): string[] {
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
      'MicrosoftTeams.schema.json',
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
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(
    (error) =>
      `manifest.json ${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params ?? {})}`,
  );
}

/** manifest.json (filled in), color.png and outline.png, validated, as a zip for Teams. */
export async function buildTeamsPackage(input: PackageInput): Promise<PackageResult> {
  const read = (name: string) => {
    const file = join(input.folder, name);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const template = read('manifest.json');
  if (!template) return { ok: false, problems: [`No manifest.json in ${input.folder}.`] };
  const filled = fillManifest(template.toString('utf8'), input);
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(filled.text) as Record<string, unknown>;
  } catch (error) {
    return {
      ok: false,
      problems: [...filled.problems, `manifest.json is not valid JSON: ${(error as Error).message}`],
    };
  }
  const color = read('color.png');
  const outline = read('outline.png');
  const problems = [...filled.problems, ...iconProblems(color, outline), ...schemaProblems(manifest)];
  if (problems.length > 0 || !color || !outline) return { ok: false, problems };
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    { name: 'color.png', data: color },
    { name: 'outline.png', data: outline },
  ]);
  return { ok: true, zip, manifest };
}
