// A local Slack Web API with documented-style rate limits: each method has a token bucket
// (`perMinute`, burst of one second's worth); over the limit it answers HTTP 429 with Retry-After in
// whole seconds, as Slack does. Counts every accepted post per idempotency key to prove 0 lost, 0 doubled.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RateLimitedSlack {
  url: string;
  perMinute: number;
  burst: number;
  /** Accepted calls and 429s per method. */
  accepted: Map<string, number>;
  limited: Map<string, number>;
  /** chat.postMessage accepted, per idempotency key (metadata.event_payload.key). */
  postsByKey: Map<string, number>;
  firstCallAt: number | undefined;
  lastPostAt: number | undefined;
  close(): Promise<void>;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function args(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw))
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  return out;
}

export async function startRateLimitedSlack(options: {
  botToken: string;
  perMinute: number;
}): Promise<RateLimitedSlack> {
  const rate = options.perMinute / 60_000; // tokens per ms
  const burst = Math.max(1, Math.round(options.perMinute / 60));
  const buckets = new Map<string, { tokens: number; at: number }>();
  const take = (method: string, now: number): number => {
    const b = buckets.get(method) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + (now - b.at) * rate);
    b.at = now;
    buckets.set(method, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  };
  let ts = 1_700_000_000;
  const state: RateLimitedSlack = {
    url: '',
    perMinute: options.perMinute,
    burst,
    accepted: new Map(),
    limited: new Map(),
    postsByKey: new Map(),
    firstCallAt: undefined,
    lastPostAt: undefined,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const keysByChannel = new Map<string, string[]>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  const server: Server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const body = args(await read(req), req.headers['content-type']);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(payload));
    if (req.headers.authorization !== `Bearer ${options.botToken}`)
      return send(200, { ok: false, error: 'invalid_auth' });
    const now = performance.now();
    if (method !== 'auth.test') state.firstCallAt ??= now;
    const wait = take(method, now);
    if (wait > 0) {
      bump(state.limited, method);
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(wait) });
    }
    bump(state.accepted, method);
    switch (method) {
      case 'auth.test':
        return send(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' });
      case 'conversations.open':
        return send(200, { ok: true, channel: { id: `D${String(body.users)}` } });
      case 'chat.postMessage': {
        const meta = body.metadata as { event_payload?: { key?: string } } | undefined;
        const key = meta?.event_payload?.key ?? `no-key:${String(body.channel)}`;
        bump(state.postsByKey, key);
        keysByChannel.set(String(body.channel), [...(keysByChannel.get(String(body.channel)) ?? []), key]);
        state.lastPostAt = now;
        ts += 1;
        return send(200, { ok: true, channel: body.channel, ts: `${ts}.000100` });
      }
      case 'conversations.history':
        return send(200, {
          ok: true,
          messages: (keysByChannel.get(String(body.channel)) ?? []).map((key) => ({
            type: 'message',
            metadata: { event_type: 'kulturpuls_post', event_payload: { key } },
          })),
          has_more: false,
        });
      default:
        return send(200, { ok: false, error: 'unknown_method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  state.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/`;
  return state;
}
