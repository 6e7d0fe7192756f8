import type { PartCatalog } from '../catalog-types.js';
import type { localNb } from './local.nb.js';

export const localNn: PartCatalog<typeof localNb> = {};
