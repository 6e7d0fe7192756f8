export const chatNb = {} as const;
