import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/index.js';
import { loadConfig } from '../../src/config.js';
import { generateDemoData } from '../../src/demo/generate-demo-data.js';
import { silentLogger } from '../../src/logger.js';
import { openRuntime } from '../../src/runtime.js';
import { DEMO_NOW } from '../demo/demo-runtime.js';
import { appDir } from '../digest/app-dir.js';

export interface Spec {
  number: string;
  group: number;
  members: number;
  seed: number;
}

export interface Municipality extends Spec {
  dir: string;
  env: Record<string, string>;
  /** `kulturpuls ARGS` in this municipality's folder. */
  run(args: string[]): Promise<{ code: number; out: string; err: string }>;
  close(): Promise<void>;
}

export function cli(env: Record<string, string>) {
  return async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}

export const yamlOf = (spec: Pick<Spec, 'number' | 'group'>, extra = '') =>
  `organisation:\n  name: Kommune ${spec.number}\n  number: "${spec.number}"\n  kostraGroup: ${spec.group}\n${extra}`;

/** A simulated municipality: its own folder, config and database, filled by `demo-data` at DEMO_NOW. */
export async function simulate(spec: Spec): Promise<Municipality> {
  const folder = await appDir(`bench-${spec.number}`);
  writeFileSync(folder.env.KULTURPULS_CONFIG as string, yamlOf(spec));
  const loaded = loadConfig({ env: folder.env });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  const runtime = await openRuntime(loaded.config, { clock: { now: () => DEMO_NOW }, logger: silentLogger });
  try {
    await generateDemoData(runtime, { members: spec.members, months: 4, seed: spec.seed });
  } finally {
    await runtime.close();
  }
  const run = cli(folder.env);
  const keys = await run(['benchmark', 'keys']);
  if (keys.code !== 0) throw new Error(keys.err);
  return { ...spec, dir: folder.dir, env: folder.env, run, close: folder.close };
}

export const keyFile = (m: Pick<Municipality, 'dir'>) => join(m.dir, 'benchmark-key.pem');
export const publicKeyFile = (m: Pick<Municipality, 'dir'>) => join(m.dir, 'benchmark-key.pub');
