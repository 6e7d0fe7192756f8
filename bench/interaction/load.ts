import autocannon, { type Request } from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors + timeouts + non-2xx answers. */
  errors: number;
  total: number;
}

export interface LoadOptions {
  url: string;
  request: Request;
  connections: number;
  durationS: number;
  /** Paced run: requests per second from all connections together. */
  overallRate?: number;
}

/** One autocannon run against 127.0.0.1, bounded in time and in count. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationS,
    maxOverallRequests: 60_000,
    timeout: 10,
    requests: [options.request],
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}
