// A local WebSocket server that plays Slack's Socket Mode protocol: `hello`, envelopes, acks.
import { type WebSocket, WebSocketServer } from 'ws';

export interface FakeSocketMode {
  url: string;
  /** Sends an envelope to the connected app and resolves with its acknowledgement. */
  send(
    type: string,
    payload: unknown,
    envelopeId: string,
  ): Promise<{ envelope_id: string; payload?: unknown }>;
  /** Drops the current connection, as Slack does when it recycles a server. */
  drop(): void;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  let socket: WebSocket | undefined;
  let accepted = 0;
  const connected = new Promise<WebSocket>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      accepted += 1;
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' } }));
      resolve(ws);
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `ws://127.0.0.1:${port}/link`,
    async send(type, payload, envelopeId) {
      const ws = await connected;
      return new Promise((resolve) => {
        const onMessage = (data: Buffer) => {
          const message = JSON.parse(data.toString()) as { envelope_id: string; payload?: unknown };
          if (message.envelope_id !== envelopeId) return;
          ws.off('message', onMessage);
          resolve(message);
        };
        ws.on('message', onMessage);
        ws.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
      });
    },
    drop: () => socket?.terminate(),
    connections: () => accepted,
    close: () =>
      new Promise((resolve) => {
        socket?.terminate();
        server.close(() => resolve());
      }),
  };
}
