import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerViolations, SRC, sourceFiles } from './layers.js';

describe('architecture', () => {
  const files = sourceFiles();

  it('every layer imports only what it may: adapters never each other or storage, web no adapter, core only itself', () => {
    expect(layerViolations(files)).toEqual([]);
  });

  it('the rules catch a deliberate bad import in each layer', () => {
    const planted: Record<string, string> = {
      [`${SRC}/slack/planted.ts`]: "import { x } from '../teams/parse.js';",
      [`${SRC}/teams/planted.ts`]: "import { createSqliteStore } from '../storage/index.js';",
      [`${SRC}/local/planted.ts`]: "export { y } from '../slack/deps.js';",
      [`${SRC}/web/planted.ts`]: "const m = await import('../local/local-api.js');",
      [`${SRC}/core/planted.ts`]: "import express from 'express';\nimport { z } from '../config.js';",
      [`${SRC}/scheduler/planted.ts`]: "import { openRuntime } from '../runtime.js';",
      [`${SRC}/cli/planted.ts`]: "import { createSlackPlugin } from '../slack/slack-plugin.js';",
    };
    const found = layerViolations(Object.keys(planted), (file) => planted[file] ?? '');
    expect(found).toHaveLength(8);
    for (const file of Object.keys(planted))
      expect(found.some((v) => v.startsWith(relative(SRC, file)))).toBe(true);
  });

  it('the core asks what a platform can do, never which one it is (capabilities.ts)', () => {
    // A comparison with a chat platform's name: `platform === 'slack'`, `!== 'teams'`, `case 'slack':`.
    const branch =
      /(===|!==)\s*'(slack|teams|local)'|'(slack|teams|local)'\s*(===|!==)|case\s+'(slack|teams|local)'\s*:/;
    expect(branch.test("const linked = target.platform === 'slack';")).toBe(true);
    const offenders = files
      .filter((file) => relative(SRC, file).startsWith('core'))
      .filter((file) => branch.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('only src/config reads process.env', () => {
    const offenders = files
      .filter((file) => !relative(SRC, file).startsWith('config'))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('no source file grows past 400 lines', () => {
    const long = files
      .map((file) => ({ file: relative(SRC, file), lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 400);
    expect(long).toEqual([]);
  });
});
