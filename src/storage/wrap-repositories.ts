type Method = (...args: unknown[]) => Promise<unknown>;

/** The same repositories with every method replaced by `wrap(call name, method)` (e.g. `people.get`). */
export function wrapRepositories<R extends object>(
  repositories: R,
  wrap: (call: string, method: Method) => Method,
): R {
  const out: Record<string, unknown> = {};
  for (const [name, repository] of Object.entries(repositories)) {
    if (repository === null || typeof repository !== 'object') {
      out[name] = repository;
      continue;
    }
    const wrapped: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(repository)) {
      wrapped[key] =
        typeof value === 'function' ? wrap(`${name}.${key}`, value.bind(repository) as Method) : value;
    }
    out[name] = wrapped;
  }
  return out as R;
}
