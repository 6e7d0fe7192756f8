import { PNG } from 'pngjs';

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  pixels: Uint8Array;
}

/** A truecolour-with-alpha PNG (tests draw icons with it). */
export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height });
  png.data = Buffer.from(image.pixels);
  return PNG.sync.write(png, { colorType: 6 });
}

/** Any valid PNG (palette, grey, grey-alpha, RGB, RGBA, 16-bit, interlaced) as 8-bit RGBA; undefined if not a PNG. */
export function decodePng(file: Buffer): RgbaImage | undefined {
  try {
    const png = PNG.sync.read(file);
    return { width: png.width, height: png.height, pixels: new Uint8Array(png.data) };
  } catch {
    return undefined;
  }
}
