import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../../package-root.js';
import { schemaProblems } from './manifest-schema.js';
import { decodePng } from './png.js';
import { writeZip } from './zip.js';

/** `manifests/teams/` at the package root. */
export function defaultManifestFolder(): string {
  return packagePath('manifests/teams');
}

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
  const colorImage = color && decodePng(color);
  if (!colorImage) problems.push('color.png is missing or not a PNG.');
  else if (colorImage.width !== 192 || colorImage.height !== 192) {
    problems.push(`color.png must be 192×192 pixels (it is ${colorImage.width}×${colorImage.height}).`);
  }
  const image = outline && decodePng(outline);
  if (!image) problems.push('outline.png is missing or not a PNG.');
  else if (image.width !== 32 || image.height !== 32) {
    problems.push(`outline.png must be 32×32 pixels (it is ${image.width}×${image.height}).`);
  } else problems.push(...outlineProblems(image.pixels));
  return problems;
}

function outlineProblems(pixels: Uint8Array): string[] {
  let transparent = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = pixels.subarray(i, i + 4);
    if (a === 0) transparent++;
    else if (r !== 255 || g !== 255 || b !== 255)
      return ['outline.png may only contain white pixels on a transparent background.'];
  }
  return transparent === 0 ? ['outline.png needs a transparent background.'] : [];
}

/** The translations the manifest's `localizationInfo` lists (nn.json, en.json). */
function languageFiles(manifest: Record<string, unknown>): string[] {
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  return (info?.additionalLanguages ?? []).map((language) => language.file);
}

/** manifest.json (filled in), its translations, color.png and outline.png, validated, as a zip for Teams. */
export async function buildTeamsPackage(input: PackageInput): Promise<PackageResult> {
  const read = (name: string) => {
    const file = join(input.folder, name);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
  const template = read('manifest.json');
  if (!template) return { ok: false, problems: [`No manifest.json in ${input.folder}.`] };
  const filled = fillManifest(template.toString('utf8'), input);
  const problems = [...filled.problems];
  const manifest = parseJson('manifest.json', filled.text, problems);
  if (!manifest) return { ok: false, problems };
  const translations = languageFiles(manifest).map((name) => {
    const text = read(name)?.toString('utf8');
    if (text === undefined) problems.push(`${name} is listed in localizationInfo but missing.`);
    const json = text === undefined ? undefined : parseJson(name, text, problems);
    if (json) problems.push(...schemaProblems(json, 'localization', name));
    return { name, data: Buffer.from(`${JSON.stringify(json ?? {}, null, 2)}\n`) };
  });
  const color = read('color.png');
  const outline = read('outline.png');
  problems.push(...iconProblems(color, outline));
  // A manifest filled without its id or host breaks the schema only where those go: its errors would
  // repeat the lines above in the schema's words, so it is checked once they are fixed.
  if (filled.problems.length === 0) problems.push(...schemaProblems(manifest, 'manifest', 'manifest.json'));
  if (problems.length > 0 || !color || !outline) return { ok: false, problems };
  const zip = writeZip([
    { name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
    ...translations,
    { name: 'color.png', data: color },
    { name: 'outline.png', data: outline },
  ]);
  return { ok: true, zip, manifest };
}

function parseJson(name: string, text: string, problems: string[]): Record<string, unknown> | undefined {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    problems.push(`${name} is not valid JSON: ${(error as Error).message}`);
    return undefined;
  }
}
