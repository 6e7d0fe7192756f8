// The platforms' routes are mounted after the server listens (their SDKs load meanwhile): a request
// for one waits and then gets the real answer, never a 404; health answers at once.
import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.js';
import { createWebServer, type LaterRoutes, laterRoutes, type WebServer } from '../../src/web/server.js';

const servers: WebServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(): Promise<{ base: string; later: LaterRoutes; arrived(path: string): Promise<void> }> {
  const later = laterRoutes();
  const web = createWebServer(
    [
      (app) => {
        app.get('/healthz', (_req, res) => {
          res.json({ status: 'ok' });
        });
      },
      later.mount,
    ],
    silentLogger,
  );
  servers.push(web);
  const port = await web.listen(0, '127.0.0.1');
  const arrived = (path: string) =>
    new Promise<void>((resolve) => {
      const onRequest = (req: IncomingMessage) => {
        if (req.url !== path) return;
        web.server.off('request', onRequest);
        resolve();
      };
      web.server.on('request', onRequest);
    });
  return { base: `http://127.0.0.1:${port}`, later, arrived };
}

describe('routes mounted after the server listens', () => {
  it('hold a request until they are added, then answer it; health answers meanwhile', async () => {
    const { base, later, arrived } = await serve();
    const reached = arrived('/slack/events');
    let answered = false;
    const vote = fetch(`${base}/slack/events`, { method: 'POST', body: 'payload=1' }).finally(() => {
      answered = true;
    });
    await reached;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(answered).toBe(false);

    later.add([
      (routes) => {
        routes.post('/slack/events', (_req, res) => {
          res.status(200).send('acknowledged');
        });
      },
    ]);
    const answer = await vote;
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('acknowledged');
    // Afterwards the routes are simply there, and an unknown path is the server's own 404.
    expect((await fetch(`${base}/slack/events`, { method: 'POST' })).status).toBe(200);
    const unknown = await fetch(`${base}/nowhere`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'not_found' });
  });

  it('answer a waiting request with an error (no stack) when loading fails', async () => {
    const { base, later, arrived } = await serve();
    const reached = arrived('/api/messages');
    const waiting = fetch(`${base}/api/messages`, { method: 'POST' });
    await reached;
    later.fail(new Error('the Teams SDK failed to load'));
    const answer = await waiting;
    expect(answer.status).toBe(500);
    expect(await answer.json()).toEqual({ error: 'internal_error' });
  });
});
