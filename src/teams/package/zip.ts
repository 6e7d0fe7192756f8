import { type Zippable, zipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// A fixed timestamp, so the same input gives the same bytes (fflate's earliest is 1980).
const MTIME = new Date('1980-01-01T00:00:00');

/** The app package: deflated entries in the given order. */
export function writeZip(entries: ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const entry of entries) files[entry.name] = [new Uint8Array(entry.data), { mtime: MTIME }];
  return Buffer.from(zipSync(files, { level: 9 }));
}
