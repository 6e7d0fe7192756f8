import type { PartCatalog } from '../catalog-types.js';
import type { dashboardNb } from './dashboard.nb.js';

export const dashboardNn: PartCatalog<typeof dashboardNb> = {};
