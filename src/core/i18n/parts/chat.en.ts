import type { PartCatalog } from '../catalog-types.js';
import type { chatNb } from './chat.nb.js';

export const chatEn: PartCatalog<typeof chatNb> = {};
