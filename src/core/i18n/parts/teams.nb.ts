export const teamsNb = {} as const;
