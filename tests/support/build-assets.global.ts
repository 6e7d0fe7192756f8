// Vitest's global setup: the tests run the sources, and the sources read the local page's script and
// the compiled Teams schema from dist/, so both are built first, from the sources, as `npm run build` does.
import { buildAssets } from '../../scripts/build-assets.js';

export default async function setup(): Promise<void> {
  await buildAssets();
}
