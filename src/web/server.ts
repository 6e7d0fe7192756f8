import { createServer, type Server } from 'node:http';
import express, { type Express, type IRouter, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../core/ports.js';

/** A part of the one HTTP server (Slack, Teams, dashboard, local page) adds its routes here. */
export type Mount = (routes: IRouter) => void;

/** Routes mounted after the server listens; until then a request that reaches them waits. */
export interface LaterRoutes {
  /** Their place among the server's mounts (before its 404). */
  mount: Mount;
  /** Adds the routes and lets the waiting requests on to them. */
  add(mounts: Mount[]): void;
  /** They will not come: the waiting requests get the error. */
  fail(error: unknown): void;
}

/**
 * What loads at start and need not hold up listening (the dashboard, the platforms' SDKs): `/healthz`
 * answers at once; a request for a route still to come waits and then goes on as though the route
 * had been there from the start (unknown paths get their 404 after the wait).
 */
export function laterRoutes(): LaterRoutes {
  const routes = express.Router();
  let added = false;
  let settle: { resolve(): void; reject(error: unknown): void } = { resolve() {}, reject() {} };
  const loaded = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });
  loaded.catch(() => {});
  return {
    mount(app) {
      app.use((_req, _res, next) => {
        if (added) next();
        else loaded.then(() => next(), next);
      });
      app.use(routes);
    },
    add(mounts) {
      for (const mount of mounts) mount(routes);
      added = true;
      settle.resolve();
    },
    fail: (error) => settle.reject(error),
  };
}

export interface WebServer {
  app: Express;
  server: Server;
  /** Resolves with the bound port (useful with port 0 in tests). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

export function createWebServer(mounts: Mount[], logger: Logger): WebServer {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });
  for (const mount of mounts) mount(app);
  app.use((_req, res) => {
    res.status(404).json({ error: 'not_found' });
  });
  // Never a stack trace or a secret in the answer; the log gets the detail.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status =
      (error as { status?: number; statusCode?: number }).status ??
      (error as { statusCode?: number }).statusCode;
    const code = status && status >= 400 && status < 500 ? status : 500;
    if (code === 500) logger.error('request failed', { path: req.path, error: String(error) });
    if (!res.headersSent) res.status(code).json({ error: code === 500 ? 'internal_error' : 'bad_request' });
  });

  const server = createServer(app);
  server.keepAliveTimeout = 65_000;
  return {
    app,
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE'
              ? Object.assign(
                  new Error(
                    `Port ${port} is already in use. Stop the other program, or set PORT to a free port.`,
                  ),
                  { code: 'EADDRINUSE' },
                )
              : error,
          ),
        );
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
