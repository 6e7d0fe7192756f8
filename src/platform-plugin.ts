import type { AppConfig } from './config.js';
import type { Core } from './core/core.js';
import type { ChatGateway, Clock, Logger } from './core/ports.js';
import type { Settings } from './core/settings.js';
import type { ScheduleKind } from './core/vocabulary.js';
import type { Mount } from './web/server.js';

/** What Slack, Teams and the local platform each bring to the running app. */
export interface PlatformPlugin {
  gateway: ChatGateway;
  /** Routes on the shared HTTP server. */
  mount?: Mount;
  /** Connections of their own (Socket Mode), started after the HTTP server listens. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  /** Shutting down: sends waiting out a rate limit end now, unsent, and stay queued for the next start. */
  stopWaiting?(): void;
  /** The platform's own view of its connection, for `/healthz` (Slack connects in the background). */
  status?(): { state: 'connecting' | 'connected' | 'error'; detail?: string };
}

/** The narrow view a platform gets: use cases, settings, time and logging, and its own credentials. */
export interface PluginContext {
  core: Core;
  settings: Settings;
  clock: Clock;
  logger: Logger;
  config: Pick<AppConfig, 'env' | 'platforms'>;
  /** The next scheduled posts (App Home shows them to admins). */
  upcoming(limit?: number): { scheduleId: string; kind: ScheduleKind; next: Date[] }[];
}

export type PluginFactory = (context: PluginContext) => PlatformPlugin;
