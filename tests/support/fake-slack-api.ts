// A small local stand-in for Slack's Web API: answers the methods Kulturpuls calls, checks the bearer
// token, records every call, and can be told to fail (HTTP 429 with Retry-After, ok:false, 5xx).
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | undefined;
}

export type Failure =
  | { status: 429; retryAfter: number }
  | { status: 500 }
  | { error: string }
  /** The connection is closed before Slack handles the call: nothing posted. */
  | { reset: 'before' }
  /** Slack posts, then the connection is closed before the answer (the client cannot know). */
  | { reset: 'after' };

interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown;
  metadata?: unknown;
  user?: string;
  /** As reactions.get shows them: each name with the users who reacted. */
  reactions?: { name: string; users: string[]; count: number }[];
}

export interface FakeSlackApi {
  /** Base URL for SLACK_API_URL, ending in `/api/`. */
  url: string;
  calls: RecordedCall[];
  messages: StoredMessage[];
  callsTo(method: string): RecordedCall[];
  /** `chat.postMessage` calls to channels (`C…`): posts people see there, not DMs such as the welcome. */
  channelPosts(): RecordedCall[];
  /** The next call(s) of `method` fail this way, in order. */
  failNext(method: string, ...failures: Failure[]): void;
  /**
   * Places Slack answers with an error every time: a channel id (`chat.postMessage` there, e.g.
   * `channel_not_found`) or a user id (`conversations.open` with them, e.g. `user_not_found`).
   */
  unreachable: Record<string, string>;
  /** What `apps.connections.open` hands out (the Socket Mode WebSocket URL). */
  socketUrl?: string;
  /**
   * What users.info answers: `name` is the display name a person chose; `realName` (default `name`)
   * and the legacy `handle` (default `name`) may differ from it, as they do in real workspaces.
   */
  users: Record<string, { name: string; email?: string; realName?: string; handle?: string }>;
  /** Milliseconds each chat.postMessage takes after it is stored (a slow platform). */
  delayMs: number;
  /**
   * Calls to `method` (a slow `users.info`, say) wait unanswered until `release()`: what the bot does
   * in the meantime shows that it does not wait for the answer, with no stopwatch in the test.
   */
  hold(method: string): { release(): void };
  /** The App Home view last published for each user (views.publish). */
  homes: Record<string, { blocks: unknown[] } & Record<string, unknown>>;
  /** What was posted to a `response_url` handed out as `${url}respond/<id>`, in order. */
  responses(id?: string): Record<string, unknown>[];
  /**
   * Who is in each channel, as `conversations.members` lists them (user ids, the bot's `UBOT`
   * included, as Slack lists bots too). A channel not listed here has only the bot.
   */
  channelMembers: Record<string, string[]>;
  /** A person (not the bot) reacts to a stored message, as Slack would record it. */
  react(channel: string, ts: string, name: string, user: string): void;
  close(): Promise<void>;
}

function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient sends nested arguments (blocks, view, metadata) as JSON strings.
    out[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return out;
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeSlackApi(options: {
  botToken: string;
  appToken?: string;
}): Promise<FakeSlackApi> {
  const calls: RecordedCall[] = [];
  const messages: StoredMessage[] = [];
  const failures = new Map<string, Failure[]>();
  const holds = new Map<string, Promise<void>>();
  let tsCounter = 0;
  let viewCounter = 0;

  const fake: FakeSlackApi = {
    url: '',
    calls,
    messages,
    users: {},
    channelMembers: {},
    unreachable: {},
    delayMs: 0,
    hold(method) {
      let release = () => {};
      holds.set(method, new Promise<void>((done) => (release = done)));
      return {
        release() {
          holds.delete(method);
          release();
        },
      };
    },
    homes: {},
    react: (channel, ts, name, user) => {
      const message = messages.find((m) => m.channel === channel && m.ts === ts);
      if (message) addReaction(message, name, user);
    },
    callsTo: (method) => calls.filter((c) => c.method === method),
    responses: (id) =>
      calls
        .filter((c) => c.method.startsWith('respond/') && (id === undefined || c.method === `respond/${id}`))
        .map((c) => c.args),
    channelPosts: () =>
      calls.filter(
        (c) =>
          c.method === 'chat.postMessage' &&
          String((c.args as { channel?: unknown }).channel).startsWith('C'),
      ),
    failNext: (method, ...list) => failures.set(method, [...(failures.get(method) ?? []), ...list]),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  // Real time with microsecond steps, as Slack's ts is: `oldest`/`latest` filters then mean what they say.
  const nextTs = () => {
    tsCounter = Math.max(tsCounter + 1, Date.now() * 1000);
    return `${Math.floor(tsCounter / 1_000_000)}.${String(tsCounter % 1_000_000).padStart(6, '0')}`;
  };

  function addReaction(message: StoredMessage, name: string, user: string): boolean {
    message.reactions ??= [];
    const reaction = message.reactions.find((r) => r.name === name);
    if (reaction?.users.includes(user)) return false;
    if (reaction) {
      reaction.users.push(user);
      reaction.count += 1;
    } else message.reactions.push({ name, users: [user], count: 1 });
    return true;
  }

  const find = (args: Record<string, unknown>) =>
    messages.find((m) => m.channel === args.channel && m.ts === args.timestamp);

  // reactions.add / remove / get as documented: errors message_not_found, already_reacted, no_reaction.
  function reactions(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const message = find(args);
    if (!message) return { ok: false, error: 'message_not_found' };
    const name = String(args.name ?? '');
    if (method === 'reactions.add') {
      if (!name) return { ok: false, error: 'invalid_name' };
      return addReaction(message, name, 'UBOT') ? { ok: true } : { ok: false, error: 'already_reacted' };
    }
    if (method === 'reactions.remove') {
      const reaction = message.reactions?.find((r) => r.name === name && r.users.includes('UBOT'));
      if (!reaction) return { ok: false, error: 'no_reaction' };
      reaction.users = reaction.users.filter((u) => u !== 'UBOT');
      reaction.count -= 1;
      message.reactions = message.reactions?.filter((r) => r.count > 0) ?? [];
      return { ok: true };
    }
    const { metadata: _metadata, ...shown } = message;
    return { ok: true, type: 'message', channel: message.channel, message: shown };
  }

  // As documented: `limit` (default 100, at most 1000) and an opaque `cursor`; the last page has an
  // empty `response_metadata.next_cursor`.
  function members(args: Record<string, unknown>): Record<string, unknown> {
    const all = fake.channelMembers[String(args.channel)] ?? ['UBOT'];
    const limit = Math.min(Number(args.limit ?? 100) || 100, 1000);
    const start = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8')) : 0;
    if (!Number.isInteger(start) || start < 0) return { ok: false, error: 'invalid_cursor' };
    const end = start + limit;
    const next = end < all.length ? Buffer.from(String(end)).toString('base64') : '';
    return { ok: true, members: all.slice(start, end), response_metadata: { next_cursor: next } };
  }

  function answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'reactions.add':
      case 'reactions.remove':
      case 'reactions.get':
        return reactions(method, args);
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001', user: 'kulturpuls' };
      case 'apps.connections.open':
        return fake.socketUrl ? { ok: true, url: fake.socketUrl } : { ok: false, error: 'no_socket' };
      case 'chat.getPermalink': {
        // As documented: message_not_found for a ts not in the channel; the link names the workspace.
        const found = messages.find((m) => m.channel === args.channel && m.ts === args.message_ts);
        if (!found) return { ok: false, error: 'message_not_found' };
        const permalink = `https://testkommune.slack.com/archives/${found.channel}/p${found.ts.replace('.', '')}`;
        return { ok: true, channel: found.channel, permalink };
      }
      case 'conversations.members':
        return members(args);
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'chat.postMessage': {
        const message: StoredMessage = {
          channel: String(args.channel),
          ts: nextTs(),
          text: String(args.text ?? ''),
          blocks: args.blocks,
          ...(args.metadata ? { metadata: args.metadata } : {}),
          user: 'UBOT',
        };
        messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts, message };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.update': {
        // Slack answers message_not_found for a ts it never posted in that channel; an update keeps the ts.
        const found = messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!found) return { ok: false, error: 'message_not_found' };
        found.text = String(args.text ?? '');
        found.blocks = args.blocks;
        return { ok: true, channel: found.channel, ts: found.ts, text: found.text };
      }
      case 'conversations.history': {
        const latest = args.latest ? Number(args.latest) : Number.POSITIVE_INFINITY;
        const inclusive = args.inclusive === true || args.inclusive === 'true';
        const oldest = args.oldest ? Number(args.oldest) : Number.NEGATIVE_INFINITY;
        const found = messages
          .filter((m) => m.channel === args.channel && Number(m.ts) > oldest)
          .filter((m) => (inclusive ? Number(m.ts) <= latest : Number(m.ts) < latest))
          .reverse()
          .slice(0, Number(args.limit ?? 100))
          .map(({ metadata, ...m }) =>
            args.include_all_metadata === true || args.include_all_metadata === 'true'
              ? { ...m, metadata }
              : m,
          );
        return { ok: true, messages: found, has_more: false };
      }
      case 'views.publish': {
        // views.publish needs user_id and a home view; the last one published is what the person sees.
        const view = args.view as { type?: string; blocks?: unknown[] } | undefined;
        if (typeof args.user_id !== 'string' || view?.type !== 'home' || !Array.isArray(view.blocks))
          return { ok: false, error: 'invalid_arguments' };
        viewCounter += 1;
        fake.homes[args.user_id] = { ...view, blocks: view.blocks };
        return { ok: true, view: { id: `V${viewCounter}`, ...view } };
      }
      case 'views.open':
      case 'views.update':
        viewCounter += 1;
        return { ok: true, view: { id: `V${viewCounter}`, ...(args.view as object) } };
      case 'users.info': {
        const user = fake.users[String(args.user)] ?? { name: `Person ${String(args.user)}` };
        return {
          ok: true,
          user: {
            id: args.user,
            name: user.handle ?? user.name,
            real_name: user.realName ?? user.name,
            profile: {
              display_name: user.name,
              real_name: user.realName ?? user.name,
              ...(user.email ? { email: user.email } : {}),
            },
          },
        };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  const server: Server = createServer(async (req, res) => {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const raw = await read(req);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    let args: Record<string, unknown>;
    try {
      args = parseBody(raw, req.headers['content-type']);
    } catch {
      res.writeHead(400).end();
      return;
    }
    calls.push({ method, args, token });
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    };
    // A response_url needs no token (the URL is the credential); Slack answers 200 with ok:true.
    if (method.startsWith('respond/')) return send(200, { ok: true });
    const expected = method === 'apps.connections.open' ? options.appToken : options.botToken;
    if (!token || token !== expected) return send(200, { ok: false, error: 'invalid_auth' });
    const failure = failures.get(method)?.shift();
    if (failure && 'status' in failure && failure.status === 429) {
      return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
    }
    if (failure && 'status' in failure) return send(failure.status, { ok: false });
    if (failure && 'error' in failure) return send(200, { ok: false, error: failure.error });
    if (failure && 'reset' in failure && failure.reset === 'before') return void req.socket.destroy();
    const refused = fake.unreachable[String(args.channel ?? args.users ?? '')];
    if (refused && ['chat.postMessage', 'conversations.open'].includes(method))
      return send(200, { ok: false, error: refused });
    await holds.get(method);
    const body = answer(method, args);
    if (method === 'chat.postMessage' && fake.delayMs > 0)
      await new Promise((r) => setTimeout(r, fake.delayMs));
    if (failure && 'reset' in failure) return void req.socket.destroy();
    return send(200, body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  fake.url = `http://127.0.0.1:${port}/api/`;
  return fake;
}
