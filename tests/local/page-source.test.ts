import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/core/escape-html.js';
import { pageScript } from '../../src/local/page/page-bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the local page’s code', () => {
  it('is one esbuild bundle of the browser modules, read once and safe to inline', async () => {
    const script = await pageScript();
    expect(script).toMatch(/^"use strict";\(\(\)=>\{/);
    // Pieces of each browser module, so none is left out of the bundle.
    for (const piece of ['kulturpuls.local.as', 'form-dialog', 'scale-option', 'f-', 'local.form.counter']) {
      expect(script).toContain(piece);
    }
    expect(script).not.toMatch(/<\/script|<!--|\brequire\(|\bprocess\.|\bBuffer\b/);
    expect(await pageScript()).toBe(script);
  });

  it('lives in TypeScript modules, not in strings', () => {
    const browser = sources(join(root, 'src/local/page/browser'));
    expect(browser.length).toBeGreaterThan(3);
    const inStrings = sources(join(root, 'src/local')).filter((file) =>
      /String\.raw`|addEventListener\('|document\.getElementById/.test(readFileSync(file, 'utf8')),
    );
    expect(
      inStrings.map((file) => relative(root, file)).filter((f) => !f.startsWith('src/local/page/browser/')),
    ).toEqual([]);
  });

  it('has exactly one escapeHtml, and it escapes all five characters', () => {
    const definitions = sources(join(root, 'src')).filter((file) =>
      /(function|const|let|var)\s+escapeHtml\b/.test(readFileSync(file, 'utf8')),
    );
    expect(definitions.map((file) => relative(root, file))).toEqual(['src/core/escape-html.ts']);
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
