import type { webApi } from '@slack/bolt';

// The WebClient's errors do not say which method failed. Every call passes through `fetch`, which
// sees the URL, so the method name is put where each kind of error keeps it: the JSON body of an
// `ok: false` answer (error.data), a header of a non-200 answer (error.headers), the network error.
const BODY_KEY = 'kulturpuls_method';
const HEADER = 'x-kulturpuls-method';

type Fetch = NonNullable<webApi.WebClientOptions['fetch']>;

export function namingMethods(fetchFn: Fetch = globalThis.fetch): Fetch {
  return async (url, init) => {
    const method = new URL(url).pathname.split('/').pop() ?? 'unknown';
    let response: Awaited<ReturnType<Fetch>>;
    try {
      response = await fetchFn(url, init);
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { method });
    }
    const headers = new Headers();
    for (const [name, value] of response.headers.entries()) headers.set(name, value);
    headers.delete('content-length');
    headers.delete('content-encoding');
    headers.set(HEADER, method);
    const text = await response.text();
    let body = text;
    if (response.status === 200 && /^\s*\{/.test(text)) {
      try {
        const parsed = JSON.parse(text) as Record<string, unknown>;
        if (parsed.ok === false) body = JSON.stringify({ ...parsed, [BODY_KEY]: method });
      } catch {
        // Not JSON after all: the WebClient reports that itself.
      }
    }
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

interface ErrorShape {
  method?: string;
  data?: Record<string, unknown>;
  headers?: Record<string, string>;
  original?: unknown;
  originals?: unknown[];
}

/** The Web API method a WebClient error came from (also inside Bolt's wrappers), if known. */
export function failedMethod(error: unknown): string | undefined {
  const e = (error ?? {}) as ErrorShape;
  const own = e.method ?? e.data?.[BODY_KEY] ?? e.headers?.[HEADER];
  if (typeof own === 'string') return own;
  for (const inner of [e.original, ...(e.originals ?? [])]) {
    const found = inner ? failedMethod(inner) : undefined;
    if (found) return found;
  }
  return undefined;
}
