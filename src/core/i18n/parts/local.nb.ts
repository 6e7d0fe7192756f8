export const localNb = {} as const;
