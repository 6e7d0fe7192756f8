import { deflateSync, inflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A truecolour-with-alpha PNG, filter 0 on every row. */
export function encodePng(image: RgbaImage): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(6, 9); // RGBA
  const stride = image.width * 4;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let y = 0; y < image.height; y++) {
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset + y * stride, stride).copy(
      raw,
      y * (stride + 1) + 1,
    );
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Size and colour type from the IHDR chunk; undefined when it is not a PNG. */
export function pngInfo(file: Buffer): { width: number; height: number; colorType: number } | undefined {
  if (
    file.length < 33 ||
    !file.subarray(0, 8).equals(SIGNATURE) ||
    file.toString('ascii', 12, 16) !== 'IHDR'
  ) {
    return undefined;
  }
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20), colorType: file.readUInt8(25) };
}

/** Decodes what `encodePng` writes (8-bit RGBA, no interlace), for the outline icon's colour check. */
export function decodeRgbaPng(file: Buffer): RgbaImage | undefined {
  const info = pngInfo(file);
  if (info?.colorType !== 6 || file.readUInt8(24) !== 8) return undefined;
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') parts.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(parts));
  const stride = info.width * 4;
  const pixels = new Uint8Array(stride * info.height);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < info.height; y++) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= 4 ? (out[x - 4] as number) : 0;
      const b = previous[x] as number;
      const c = x >= 4 ? (previous[x - 4] as number) : 0;
      const value = row[x] as number;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter ?? 0] ?? 0;
      out[x] = (value + predictor) & 0xff;
    }
    pixels.set(out, y * stride);
    previous = out;
  }
  return { width: info.width, height: info.height, pixels };
}
