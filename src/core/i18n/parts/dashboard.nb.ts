export const dashboardNb = {} as const;
