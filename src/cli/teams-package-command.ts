import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { packagePath } from '../package-root.js';
import { buildTeamsPackage, defaultManifestFolder } from '../teams/package/build-package.js';
import { type CliIo, configOrExit, type ExitCode } from './io.js';

function packageVersion(): string {
  return (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
}

/** `kulturpuls teams-package [--out FILE]`: the validated Teams app zip from manifests/teams/. */
export async function teamsPackageCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string', default: 'kulturpuls-teams.zip' }, manifests: { type: 'string' } },
  });
  // The package needs the app id and the public URL, never the client secret.
  const config = configOrExit(io, { teamsPackageOnly: true });
  if (!config) return 1;
  const result = await buildTeamsPackage({
    folder: values.manifests ?? defaultManifestFolder(),
    clientId: config.env.teams.clientId,
    publicUrl: config.settings.publicUrl,
    version: packageVersion(),
  });
  if (!result.ok) {
    io.err(`The Teams app package was not written:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  const out = values.out ?? 'kulturpuls-teams.zip';
  writeFileSync(out, result.zip);
  io.out(
    `Wrote ${out} (${result.zip.length} bytes): manifest.json, color.png, outline.png — validated offline against the Teams ${String(result.manifest.manifestVersion)} schema. Upload it in Teams (Apps → Manage your apps → Upload an app) or the Teams admin center.`,
  );
  return 0;
}
