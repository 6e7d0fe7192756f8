import type { ChatGateway } from './core/ports.js';
import type { Runtime } from './runtime.js';
import type { Scheduler } from './scheduler/scheduler.js';
import type { Mount } from './web/server.js';

/** What Slack, Teams and the local platform each bring to the running app. */
export interface PlatformPlugin {
  gateway: ChatGateway;
  /** Routes on the shared HTTP server. */
  mount?: Mount;
  /** Connections of their own (Socket Mode), started after the HTTP server listens. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface PluginContext {
  runtime: Runtime;
  scheduler: Scheduler;
  /** Wakes the outbox after a use case queued something (a consent DM, a recognition). */
  kickOutbox(): void;
}

export type PluginFactory = (context: PluginContext) => PlatformPlugin;
