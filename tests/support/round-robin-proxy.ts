// A small round-robin HTTP proxy on 127.0.0.1 in front of the replicas, as a load balancer would be:
// each request goes to the next replica; one that refuses the connection is skipped.
import { createServer, request } from 'node:http';

export interface RoundRobinProxy {
  url: string;
  /** Requests each upstream answered, by its base URL. */
  hits: Map<string, number>;
  /** Replaces the upstreams (a replica restarted on another port). */
  setUpstreams(bases: string[]): void;
  close(): Promise<void>;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function forward(base: string, method: string, path: string, headers: object, body: Buffer) {
  return new Promise<Answer>((resolve, reject) => {
    const target = new URL(path, base);
    const req = request(target, { method, headers: { ...headers, host: target.host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

export async function startRoundRobinProxy(upstreams: string[]): Promise<RoundRobinProxy> {
  let bases = [...upstreams];
  let next = 0;
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      for (let tries = 0; tries < bases.length; tries += 1) {
        const base = bases[next++ % bases.length] as string;
        try {
          const answer = await forward(base, req.method ?? 'GET', req.url ?? '/', req.headers, body);
          hits.set(base, (hits.get(base) ?? 0) + 1);
          res.writeHead(answer.status, answer.headers);
          res.end(answer.body);
          return;
        } catch (error) {
          // Only a refused connection is passed on: a request that may have reached a replica is not resent.
          if ((error as { code?: string }).code !== 'ECONNREFUSED') break;
        }
      }
      res.writeHead(502).end();
    });
  });
  // As a load balancer does (and as the bot's own server does), an idle client connection is kept
  // well past Node's 5 s: a client reusing it just as a slow machine's server closes it gets a reset.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    setUpstreams: (list) => {
      bases = [...list];
    },
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
