import type { PartCatalog } from '../catalog-types.js';
import type { teamsNb } from './teams.nb.js';

export const teamsNn: PartCatalog<typeof teamsNb> = {};
