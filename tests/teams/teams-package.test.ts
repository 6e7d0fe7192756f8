import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { parseCommand } from '../../src/core/conversation/index.js';
import { answerAllowed, PRIVATE_ANSWERS } from '../../src/core/privacy/visibility.js';
import { defaultManifestFolder, iconProblems } from '../../src/teams/package/build-package.js';
import { encodePng } from '../../src/teams/package/png.js';

const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kulturpuls-teams-package-'));
  writeFileSync(join(dir, 'kulturpuls.yaml'), 'publicUrl: https://kulturpuls.kommune.no\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['teams-package', ...args], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    env: {
      KULTURPULS_CONFIG: join(dir, 'kulturpuls.yaml'),
      KULTURPULS_DB: join(dir, 'db.sqlite'),
      CLIENT_ID,
      CLIENT_SECRET: 'secret',
      ...env,
    },
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Reads the local file entries back (independently of the writer's central directory). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 30, at + 30 + nameLength);
    const start = at + 30 + nameLength + extra;
    files.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at = start + size;
  }
  return files;
}

describe('kulturpuls teams-package', () => {
  it('writes a zip with the filled-in manifest and both icons, validated offline', async () => {
    const out = join(dir, 'app.zip');
    const result = await run(['--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const files = unzip(readFileSync(out));
    expect([...files.keys()]).toEqual(['manifest.json', 'nn.json', 'en.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}');
    expect(manifest.id).toBe(CLIENT_ID);
    expect(manifest.bots[0].botId).toBe(CLIENT_ID);
    expect(manifest.validDomains).toEqual(['kulturpuls.kommune.no']);
    expect(manifest.staticTabs[0].contentUrl).toBe('https://kulturpuls.kommune.no/teams/tab');
    expect(manifest.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: `api://kulturpuls.kommune.no/${CLIENT_ID}`,
    });
    expect(manifest.developer.privacyUrl).toBe('https://kulturpuls.kommune.no/teams/privacy');
    expect(
      manifest.localizationInfo.additionalLanguages.map((l: { languageTag: string }) => l.languageTag),
    ).toEqual(['nn-no', 'en']);
    const english = JSON.parse(files.get('en.json')?.toString('utf8') ?? '{}');
    expect(english['name.full']).toMatch(/innovation culture/);
    // Teams shows at most 12 commands per list (manifest schema v1.24): one list for the personal
    // chat, one for channels and group chats.
    const [personal, channel] = manifest.bots[0].commandLists as {
      scopes: string[];
      commands: { title: string; description: string }[];
    }[];
    expect(personal?.scopes).toEqual(['personal']);
    expect(channel?.scopes).toEqual(['team', 'groupChat']);
    for (const list of [personal, channel]) expect(list?.commands.length).toBeLessThanOrEqual(12);
    // Bokmål is the manifest's language: its own command words; nn.json and en.json translate them.
    expect(personal?.commands.map((c) => c.title)).toEqual([
      'historie',
      'nominer',
      'puls',
      'anerkjenn',
      'kaffe',
      'minedata',
      'språk',
      'sektor',
      'pause',
      'kommentarer',
      'leveringer',
      'hjelp',
    ]);
    // What names a person or is for one reader (the pending nominations, the digest with a lead's own
    // link) is never offered where the whole channel reads the answer (src/core/privacy/visibility.ts).
    expect(channel?.commands.map((c) => c.title)).toEqual([
      'historie',
      'nominer',
      'puls',
      'nestesteg',
      'resultater',
      'publiser',
      'hjelp',
    ]);
    const offered = new Set<string>(channel?.commands.map((c) => parseCommand(c.title).kind));
    expect([...PRIVATE_ANSWERS].filter((kind) => offered.has(kind))).toEqual([]);
    expect(answerAllowed('recognise', 'shared')).toBe(false);
    const nynorsk = JSON.parse(files.get('nn.json')?.toString('utf8') ?? '{}');
    expect(nynorsk['bots[0].commandLists[0].commands[9].title']).toBe('kommentarar');
    expect(english['bots[0].commandLists[0].commands[5].title']).toBe('mydata');
    const translated = (json: Record<string, string>) =>
      Object.entries(json).flatMap(([key, title]) => (key.endsWith('.title') ? [title] : []));
    const titles = [
      ...[personal, channel].flatMap((list) => list?.commands.map((c) => c.title) ?? []),
      ...translated(nynorsk),
      ...translated(english),
    ];
    expect(titles).toHaveLength(3 * 19);
    for (const title of titles) expect(parseCommand(title).kind, title).not.toBe('unknown');
    const adminOnly = (list: typeof personal) =>
      list?.commands.filter((c) => /^Bare for /.test(c.description)).map((c) => c.title);
    expect(adminOnly(personal)).toEqual(['anerkjenn', 'kommentarer', 'leveringer']);
    expect(adminOnly(channel)).toEqual(['resultater', 'publiser']);
    expect(english['bots[0].commandLists[0].commands[3].description']).toMatch(/^Managers only/);
    expect(english['bots[0].commandLists[1].commands[5].description']).toMatch(
      /^Admins and innovation leads only/,
    );
  });

  it('fails clearly without CLIENT_ID or an https publicUrl', async () => {
    writeFileSync(join(dir, 'kulturpuls.yaml'), 'publicUrl: http://localhost:3000\n');
    const result = await run([], { CLIENT_ID: '', CLIENT_SECRET: '', TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/CLIENT_ID is not set/);
    expect(result.err).toMatch(/publicUrl must be https/);
    // Only those two lines: no raw schema errors that say the same again.
    expect(result.err).not.toMatch(/schema|must match|instancePath|\/id\b/i);
  });

  it('fails on wrong icon sizes, a coloured outline and schema errors', async () => {
    const folder = join(dir, 'manifests');
    const source = defaultManifestFolder();
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    copyFileSync(join(source, 'color.png'), join(folder, 'outline.png'));
    const red = new Uint8Array(32 * 32 * 4).fill(255);
    for (let i = 0; i < red.length; i += 4) red.set([255, 0, 0, 255], i);
    writeFileSync(join(folder, 'color.png'), encodePng({ width: 32, height: 32, pixels: red }));
    const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
    delete manifest.name;
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(manifest));
    const result = await run(['--manifests', folder, '--out', join(dir, 'x.zip')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/color.png must be 192×192 pixels \(it is 32×32\)/);
    expect(result.err).toMatch(/outline.png must be 32×32/);
    expect(result.err).toMatch(/must have required property 'name'/);
  });

  it('rejects an outline icon that is not white on transparent', async () => {
    const folder = join(dir, 'm2');
    mkdirSync(folder);
    const source = defaultManifestFolder();
    copyFileSync(join(source, 'manifest.json'), join(folder, 'manifest.json'));
    copyFileSync(join(source, 'color.png'), join(folder, 'color.png'));
    const grey = new Uint8Array(32 * 32 * 4);
    grey.set([128, 128, 128, 255], 0);
    writeFileSync(join(folder, 'outline.png'), encodePng({ width: 32, height: 32, pixels: grey }));
    const result = await run(['--manifests', folder, '--out', join(dir, 'y.zip')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/only contain white pixels on a transparent background/);
  });
});

describe('icons in other PNG colour types', () => {
  /** A PNG written by hand (palette or grey+alpha), which the package must decode like any other. */
  function png(colorType: 3 | 4, size: number, row: number[], palette?: number[]): Buffer {
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
      const out = Buffer.alloc(12 + data.length);
      out.writeUInt32BE(data.length, 0);
      body.copy(out, 4);
      out.writeUInt32BE(crc32(body), 8 + data.length);
      return out;
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(size, 0);
    header.writeUInt32BE(size, 4);
    header.set([8, colorType, 0, 0, 0], 8);
    const raw = Buffer.concat(Array.from({ length: size }, () => Buffer.from([0, ...row])));
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      ...(palette
        ? [chunk('PLTE', Buffer.from(palette.slice(0, 6))), chunk('tRNS', Buffer.from(palette.slice(6)))]
        : []),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  it('accepts a palette outline and a grey-alpha outline, and still rejects grey pixels', async () => {
    // Palette: entry 0 transparent, entry 1 opaque white; left half white, right half transparent.
    const paletteRow = Array.from({ length: 32 }, (_, x) => (x < 16 ? 1 : 0));
    const palette = png(3, 32, paletteRow, [0, 0, 0, 255, 255, 255, 0, 255]);
    const greyAlphaRow = Array.from({ length: 32 }, (_, x) => (x < 16 ? [255, 255] : [0, 0])).flat();
    const greyAlpha = png(4, 32, greyAlphaRow);
    const greyRow = Array.from({ length: 32 }, (_, x) => (x < 16 ? [128, 255] : [0, 0])).flat();
    const grey = png(4, 32, greyRow);
    const color = readFileSync(join(defaultManifestFolder(), 'color.png'));
    expect(iconProblems(color, palette)).toEqual([]);
    expect(iconProblems(color, greyAlpha)).toEqual([]);
    expect(iconProblems(color, grey)).toEqual([
      'outline.png may only contain white pixels on a transparent background.',
    ]);
  });
});
