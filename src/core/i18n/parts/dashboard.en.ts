import type { PartCatalog } from '../catalog-types.js';
import type { dashboardNb } from './dashboard.nb.js';

export const dashboardEn: PartCatalog<typeof dashboardNb> = {};
