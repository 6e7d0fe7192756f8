import { encodePng, type RgbaImage } from './png.js';

type Rgba = [number, number, number, number];

function canvas(size: number) {
  const pixels = new Uint8Array(size * size * 4);
  const set = (x: number, y: number, [r, g, b, a]: Rgba) => {
    if (x < 0 || y < 0 || x >= size || y >= size) return;
    pixels.set([r, g, b, a], (y * size + x) * 4);
  };
  return { image: { width: size, height: size, pixels } satisfies RgbaImage, set };
}

/** A pulse line through the square: flat, a peak, a dip, flat (unit coordinates). */
const PULSE: [number, number][] = [
  [0.12, 0.55],
  [0.36, 0.55],
  [0.46, 0.25],
  [0.56, 0.78],
  [0.64, 0.55],
  [0.88, 0.55],
];

function strokePulse(size: number, width: number, set: (x: number, y: number, c: Rgba) => void, color: Rgba) {
  for (let i = 0; i + 1 < PULSE.length; i++) {
    const [x0, y0] = PULSE[i] as [number, number];
    const [x1, y1] = PULSE[i + 1] as [number, number];
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * size * 4);
    for (let s = 0; s <= steps; s++) {
      const cx = (x0 + ((x1 - x0) * s) / steps) * size;
      const cy = (y0 + ((y1 - y0) * s) / steps) * size;
      for (let dy = -width; dy <= width; dy++) {
        for (let dx = -width; dx <= width; dx++) {
          if (dx * dx + dy * dy <= width * width) set(Math.round(cx + dx), Math.round(cy + dy), color);
        }
      }
    }
  }
}

/** The 192×192 full-colour icon: a white pulse line on the accent colour. */
export function colorIcon(): Buffer {
  const size = 192;
  const { image, set } = canvas(size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) set(x, y, [0x1f, 0x6f, 0x78, 255]);
  strokePulse(size, 7, set, [255, 255, 255, 255]);
  return encodePng(image);
}

/** The 32×32 outline icon: white on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  const size = 32;
  const { image, set } = canvas(size);
  strokePulse(size, 1.2, set, [255, 255, 255, 255]);
  return encodePng(image);
}
