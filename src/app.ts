import type { AppConfig } from './config.js';
import { createAuditTrail } from './core/audit/audit-trail.js';
import type { Clock, Logger } from './core/ports.js';
import type { Platform } from './core/vocabulary.js';
import { createLocalPlugin } from './local/local-plugin.js';
import type { PlatformPlugin, PluginContext, PluginFactory } from './platform-plugin.js';
import { openRuntime, type Runtime } from './runtime.js';
import { createScheduler, type Scheduler, startScheduler } from './scheduler/scheduler.js';
import { dashboardRoutes } from './web/dashboard-routes.js';
import { healthRoutes } from './web/health.js';
import { createWebServer } from './web/server.js';

export interface RunningApp {
  runtime: Runtime;
  scheduler: Scheduler;
  port: number;
  plugins: Partial<Record<Platform, PlatformPlugin>>;
  /** Delivers everything due now (tests and `post --now` use it). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  host?: string;
  /** Overrides PORT (tests pass 0 for a free port). */
  port?: number;
  /** Platform plugins by name; Slack and Teams are added when configured. */
  factories?: Partial<Record<Platform, PluginFactory>>;
  /** Skip the per-minute timer (tests drive `scheduler.tick` themselves). */
  manualSchedule?: boolean;
}

/** `kulturpuls start`: migrate, then the HTTP server, the scheduler and every configured platform. */
export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const runtime = openRuntime(config, options);
  const { core, logger, settings } = runtime;
  const scheduler = createScheduler(core, logger);
  let kick: () => void = () => {};
  const context: PluginContext = { runtime, scheduler, kickOutbox: () => kick() };

  const factories: Partial<Record<Platform, PluginFactory>> = { ...options.factories };
  if (config.platforms.local) factories.local ??= createLocalPlugin;
  const plugins: Partial<Record<Platform, PlatformPlugin>> = {};
  for (const [platform, factory] of Object.entries(factories) as [Platform, PluginFactory][]) {
    plugins[platform] = factory(context);
  }
  const gateways = Object.fromEntries(
    Object.entries(plugins).map(([name, plugin]) => [name, plugin.gateway]),
  );
  const worker = core.outboxWorker(gateways);
  const startedAt = new Date();
  createAuditTrail(runtime).record('config.loaded', null, {
    config: config.env.configFound ? config.env.configPath : 'built-in defaults',
    platforms: Object.keys(plugins),
    schedules: settings.schedules.map((s) => s.id),
    pid: process.pid,
  });

  const web = createWebServer(
    [
      healthRoutes({
        store: runtime.store,
        core,
        platforms: { ...config.platforms },
        deliveryStats: () => worker.stats,
        startedAt,
      }),
      dashboardRoutes({ runtime }),
      ...Object.values(plugins).flatMap((plugin) => (plugin.mount ? [plugin.mount] : [])),
    ],
    logger,
  );
  const port = await web.listen(options.port ?? config.env.port, options.host ?? config.env.host);
  for (const plugin of Object.values(plugins)) await plugin.start?.();

  const drainOnce = async () => {
    while ((await worker.deliverDue()) > 0) {}
  };
  const runner = options.manualSchedule
    ? undefined
    : startScheduler(scheduler, worker, logger, { timezone: settings.timezone });
  kick = () => void (runner ? runner.drain() : drainOnce());

  let stopped = false;
  return {
    runtime,
    scheduler,
    port,
    plugins,
    drain: () => (runner ? runner.drain() : drainOnce()),
    async stop() {
      if (stopped) return;
      stopped = true;
      // Finish in-flight deliveries before the connections go away.
      await (runner ? runner.stop() : worker.stop());
      for (const plugin of Object.values(plugins)) await plugin.stop?.();
      await web.close();
      runtime.close();
    },
  };
}
