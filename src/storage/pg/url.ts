/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite path. */
export const isPostgresUrl = (value: string | undefined): value is string =>
  value !== undefined && /^postgres(ql)?:\/\//i.test(value);
