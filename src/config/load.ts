import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { Settings } from '../core/settings.js';
import { DEFAULT_PORT } from './defaults.js';
import { type EnvOptions, type EnvSource, parseEnv } from './env.js';
import { type ConfigProblem, issuesToProblems, type PathSegment } from './problems.js';
import { settingsFileSchema, toSettings } from './settings-schema.js';
import type { AppConfig, LoadResult } from './types.js';

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; problems: ConfigProblem[] };

/**
 * Reads the environment and the config file once and returns a deeply frozen config, or every
 * problem found (env and file together, so one run shows all of them).
 */
export function loadConfig(options: { env?: EnvSource; file?: string } & EnvOptions = {}): LoadResult {
  const source = options.env ?? process.env;
  const env = parseEnv(source, { teamsPackageOnly: options.teamsPackageOnly ?? false });
  const port = env.ok ? env.env.port : env.port;
  const problems = env.ok ? [] : [...env.problems];

  const configPath = options.file ?? (env.ok ? env.env.configPath : undefined);
  const explicit = options.file !== undefined || (env.ok && env.explicitConfig);
  const file = configPath === undefined ? { text: '', found: false } : readConfigFile(configPath, explicit);
  if ('problem' in file) problems.push(file.problem);

  const settings =
    'problem' in file ? undefined : parseSettingsText(file.text, { port, fileName: configPath });
  if (settings && !settings.ok) problems.push(...settings.problems);

  if (!env.ok || !settings?.ok || problems.length > 0 || 'problem' in file) {
    return { ok: false, problems };
  }
  const config: AppConfig = {
    settings: settings.settings,
    env: { ...env.env, configPath: configPath ?? env.env.configPath, configFound: file.found },
    platforms: env.platforms,
  };
  return { ok: true, config: deepFreeze(config) };
}

function readConfigFile(
  path: string,
  explicit: boolean,
): { text: string; found: boolean } | { problem: ConfigProblem } {
  try {
    return { text: readFileSync(path, 'utf8'), found: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return { text: '', found: false };
    if (code === 'ENOENT') {
      return {
        problem: {
          path,
          message: 'config file not found',
          fix: 'create it from kulturpuls.example.yaml, or unset KULTURPULS_CONFIG to use the built-in defaults',
        },
      };
    }
    return { problem: { path, message: `cannot read the config file (${code ?? String(error)})` } };
  }
}

/** Validates YAML text (an empty text gives the built-in defaults). Used by `config check` too. */
export function parseSettingsText(
  text: string,
  options: { port?: number; fileName?: string } = {},
): SettingsResult {
  const fileName = options.fileName ?? 'kulturpuls.yaml';
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          path: `${fileName}:${line}:${col}`,
          message: firstLine(error.message),
          fix: 'YAML syntax error',
        };
      }),
    };
  }
  // An alias without its anchor, or too many aliases (a "billion laughs" file), throws only here.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: fileName, message: firstLine((error as Error).message), fix: 'YAML anchors and aliases' },
      ],
    };
  }
  const parsed = settingsFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const locate = (path: PathSegment[]) => lineOf(doc.contents, path, lineCounter);
    return { ok: false, problems: issuesToProblems(parsed.error.issues, '', locate) };
  }
  return { ok: true, settings: toSettings(parsed.data, options.port ?? DEFAULT_PORT) };
}

/** The line of the deepest node that exists along `path`. */
function lineOf(root: unknown, path: PathSegment[], lineCounter: LineCounter): number | undefined {
  let node = root as Node | null | undefined;
  let line: number | undefined;
  for (const segment of [undefined, ...path]) {
    if (segment !== undefined) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
        node = pair?.value as Node | undefined;
        const keyRange = (pair?.key as Node | undefined)?.range;
        if (keyRange) line = lineCounter.linePos(keyRange[0]).line;
        continue;
      }
      node =
        isSeq(node) && typeof segment === 'number' ? (node.items[segment] as Node | undefined) : undefined;
    }
    if (!node?.range) break;
    line = lineCounter.linePos(node.range[0]).line;
  }
  return line;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
