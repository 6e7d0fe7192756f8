import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedCall {
  method: string;
  path: string;
  conversationId?: string;
  authorization?: string;
  body: Record<string, unknown>;
  /** The connector took the activity (answered 201, or would have before a reset 'after'). */
  accepted?: boolean;
}

/** A failure of the next activity send: an HTTP status, or the connection closed before it is handled. */
export type TeamsFailure = { status: number } | { reset: 'before' };

/**
 * A local Bot Framework connector (the activity's serviceUrl): records replies, proactive sends and
 * created conversations, can answer 429 with Retry-After, and serves OpenID metadata + JWKS for a
 * key pair generated here so tests can sign real service tokens.
 */
export interface FakeTeamsConnector {
  url: string;
  calls: RecordedCall[];
  /** Sent activities (POST …/activities), oldest first. */
  sent(conversationId?: string): RecordedCall[];
  /** Accepted activity updates (PUT …/activities/{id}), oldest first. */
  updated(conversationId?: string): RecordedCall[];
  /** The next `times` sends answer 429 with this Retry-After (seconds). */
  /** The next `times` activity sends (to `conversationId` only, when given) answer 429 with Retry-After. */
  throttle(times: number, retryAfterSeconds: number, conversationId?: string): void;
  /** The next sends to this conversation answer with the given status (403: bot removed). */
  failConversation(conversationId: string, status: number): void;
  /** Activities the connector accepted (each is a post people see), oldest first. */
  delivered(conversationId?: string): RecordedCall[];
  /** The next activity sends fail like this, in order. */
  failNext(...failures: TeamsFailure[]): void;
  /** Puts a person in every conversation's roster (GET …/members/{aad id or Teams id}). */
  addMember(member: {
    id: string;
    aadObjectId: string;
    name?: string;
    email?: string;
    userPrincipalName?: string;
  }): void;
  /**
   * The roster of one conversation (a channel lists its team's), as `GET …/members` and
   * `GET …/pagedmembers` return it; a conversation without one lists the members added above.
   */
  setRoster(conversationId: string, members: Record<string, unknown>[]): void;
  /** The most members one `pagedmembers` page holds, whatever `pageSize` asks (to test paging). */
  maxPageSize: number;
  /** Opening a 1:1 chat with this member id answers with this status (403: app not installed). */
  /** Creating a 1:1 chat with this member fails with `status` and the connector's error `code`. */
  refuseChat(memberId: string, status: number, code?: string): void;
  /** Milliseconds each accepted activity takes before the answer (a slow connector). */
  delayMs: number;
  openIdMetadataUrl: string;
  privateKey: KeyObject;
  keyId: string;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

export async function startFakeTeamsConnector(): Promise<FakeTeamsConnector> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyId = 'kulturpuls-test-key';
  const calls: RecordedCall[] = [];
  let throttled = 0;
  let throttledConversation: string | undefined;
  let retryAfter = 1;
  const failing = new Map<string, number>();
  const failures: TeamsFailure[] = [];
  const state = { delayMs: 0, maxPageSize: 500 };
  const members: Record<string, unknown>[] = [];
  const rosters = new Map<string, Record<string, unknown>[]>();
  const refusedChats = new Map<string, { status: number; code: string }>();
  let nextId = 1;
  let url = '';

  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const query = new URLSearchParams((req.url ?? '').split('?')[1] ?? '');
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.method === 'GET' && path === '/v1/.well-known/openidconfiguration') {
        return json(200, { issuer: 'https://api.botframework.com', jwks_uri: `${url}/v1/.well-known/keys` });
      }
      if (req.method === 'GET' && path === '/v1/.well-known/keys') {
        const jwk = publicKey.export({ format: 'jwk' });
        return json(200, {
          keys: [{ ...jwk, kid: keyId, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }],
        });
      }
      const body = await readBody(req);
      const authorization = req.headers.authorization;
      const activity = /^\/v3\/conversations\/(.+)\/activities(?:\/.*)?$/.exec(path);
      if (activity) {
        const conversationId = decodeURIComponent(activity[1] as string);
        const call: RecordedCall = { method: req.method ?? '', path, conversationId, authorization, body };
        calls.push(call);
        const next = failures.shift();
        if (next && 'reset' in next) return void req.socket.destroy();
        if (next) return json(next.status, { error: { code: 'ServiceError' } });
        const failure = failing.get(conversationId);
        if (failure) return json(failure, { error: { code: 'BotNotInConversationRoster' } });
        if (throttled > 0 && (throttledConversation ?? conversationId) === conversationId) {
          throttled--;
          return json(429, { error: { code: 'Throttled' } }, { 'retry-after': String(retryAfter) });
        }
        call.accepted = true;
        // PUT …/activities/{activityId} replaces a posted activity and keeps its id.
        if (req.method === 'PUT') return json(200, { id: path.split('/').pop() });
        const id = `activity-${nextId++}`;
        if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
        return json(201, { id });
      }
      // `GET /v3/conversations/{id}/members`: an array of ChannelAccount. `…/pagedmembers`:
      // `{ continuationToken, members }`, pageSize 50–500 (default 200), no token on the last page.
      const listed = /^\/v3\/conversations\/([^/]+)\/(members|pagedmembers)$/.exec(path);
      if (req.method === 'GET' && listed) {
        const conversationId = decodeURIComponent(listed[1] as string);
        calls.push({ method: 'GET', path, conversationId, authorization, body });
        const all = rosters.get(conversationId) ?? members;
        if (listed[2] === 'members') return json(200, all);
        const asked = Math.min(Math.max(Number(query.get('pageSize') ?? 200) || 200, 50), 500);
        const size = Math.min(asked, state.maxPageSize);
        const start = Number(query.get('continuationToken') ?? 0);
        const end = start + size;
        return json(200, {
          ...(end < all.length ? { continuationToken: String(end) } : {}),
          members: all.slice(start, end),
        });
      }
      const roster = /^\/v3\/conversations\/(.+)\/members\/(.+)$/.exec(path);
      if (req.method === 'GET' && roster) {
        const wanted = decodeURIComponent(roster[2] as string);
        calls.push({
          method: 'GET',
          path,
          conversationId: decodeURIComponent(roster[1] as string),
          authorization,
          body,
        });
        const member = members.find((m) => m.id === wanted || m.aadObjectId === wanted);
        return member ? json(200, member) : json(404, { error: { code: 'MemberNotFoundInConversation' } });
      }
      if (req.method === 'POST' && path === '/v3/conversations') {
        calls.push({ method: 'POST', path, authorization, body });
        const member = ((body.members as { id: string }[] | undefined) ?? [])[0]?.id ?? 'unknown';
        const refused = refusedChats.get(member);
        if (refused) return json(refused.status, { error: { code: refused.code, message: 'UserNotFound' } });
        return json(201, { id: `a:personal-${member}` });
      }
      json(404, { error: 'not_found' });
    })().catch(() => {
      res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    calls,
    sent: (conversationId) =>
      calls.filter(
        (c) => c.path.endsWith('/activities') && (!conversationId || c.conversationId === conversationId),
      ),
    delivered: (conversationId) =>
      calls.filter((c) => c.accepted === true && (!conversationId || c.conversationId === conversationId)),
    updated: (conversationId) =>
      calls.filter(
        (c) =>
          c.method === 'PUT' &&
          c.accepted === true &&
          (!conversationId || c.conversationId === conversationId),
      ),
    failNext: (...list) => {
      failures.push(...list);
    },
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(ms: number) {
      state.delayMs = ms;
    },
    throttle(times, seconds, conversationId) {
      throttled = times;
      retryAfter = seconds;
      throttledConversation = conversationId;
    },
    failConversation(conversationId, status) {
      failing.set(conversationId, status);
    },
    addMember(member) {
      members.push(member);
    },
    setRoster(conversationId, list) {
      rosters.set(conversationId, list);
    },
    get maxPageSize() {
      return state.maxPageSize;
    },
    set maxPageSize(size: number) {
      state.maxPageSize = size;
    },
    refuseChat(memberId, status, code = 'Forbidden') {
      refusedChats.set(memberId, { status, code });
    },
    openIdMetadataUrl: `${url}/v1/.well-known/openidconfiguration`,
    privateKey,
    keyId,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
