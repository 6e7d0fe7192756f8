// A TCP proxy on 127.0.0.1 in front of a real server that can be told to hang: while hung it accepts
// connections and keeps every socket open, but passes nothing on in either direction — a server that
// is up and never answers. Resumed, what waited flows on.
import { createConnection, createServer, type Socket } from 'node:net';

export interface HangingProxy {
  port: number;
  /** `url` with its host and port pointed at the proxy. */
  via(url: string): string;
  hang(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startHangingProxy(target: { host: string; port: number }): Promise<HangingProxy> {
  let hung = false;
  // What arrived while hung, in order, to be passed on when resumed.
  const held: [Socket, Buffer][] = [];
  const pairs = new Set<[Socket, Socket]>();
  const forward = (from: Socket, to: Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (hung) held.push([to, chunk]);
      else to.write(chunk);
    });
  const server = createServer((client) => {
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    forward(client, upstream);
    forward(upstream, client);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const port = address.port;
  return {
    port,
    via(url) {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    hang() {
      hung = true;
    },
    resume() {
      hung = false;
      for (const [to, chunk] of held.splice(0)) if (!to.destroyed) to.write(chunk);
    },
    async close() {
      for (const [client, upstream] of pairs) {
        client.destroy();
        upstream.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
