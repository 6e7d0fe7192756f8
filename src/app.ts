import { dirname, resolve } from 'node:path';
import type { AppConfig } from './config.js';
import type { ChatGateway, Clock, Logger } from './core/ports.js';
import type { Settings } from './core/settings.js';
import type { Platform } from './core/vocabulary.js';
import { demoRoles, postFirstStartContent, seedDemoWorkspace } from './demo/local-workspace.js';
import type { PlatformPlugin, PluginContext, PluginFactory } from './platform-plugin.js';
import { openRuntime, type Runtime } from './runtime.js';
import { replicaId } from './scheduler/duties.js';
import { createScheduler, type Scheduler, startScheduler } from './scheduler/scheduler.js';
import { benchmarkInboxRoutes } from './web/benchmark-inbox.js';
import { healthRoutes, type LinkStatus } from './web/health.js';
import { createWebServer, laterRoutes } from './web/server.js';

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
  /** Platform plugins by name; by default those the configuration turns on. */
  factories?: Partial<Record<Platform, PluginFactory>>;
  /** Skip the per-minute timer (tests drive `scheduler.tick` themselves). */
  manualSchedule?: boolean;
  /**
   * Local mode, first start on an empty database: post the first pulse and reflection question at
   * once. On unless tests drive the schedule themselves (`manualSchedule`).
   */
  firstStartContent?: boolean;
}

/** In local mode the demo people get their roles, so the whole product can be tried out. */
function withDemoRoles(settings: Settings): Settings {
  const demo = demoRoles();
  const { roles } = settings;
  return {
    ...settings,
    roles: {
      ...roles,
      leads: [...roles.leads, ...demo.leads],
      managers: [...roles.managers, ...demo.managers],
    },
  };
}

/** What a platform gets of the running app: use cases, settings, time, logging, its credentials. */
export function pluginContext(runtime: Runtime, scheduler: Scheduler): PluginContext {
  const { core, settings, clock, logger, config } = runtime;
  const upcoming = (limit?: number) =>
    scheduler
      .upcoming(limit)
      .map((u) => ({ scheduleId: u.schedule.id, kind: u.schedule.kind, next: u.next }));
  return { core, settings, clock, logger, config, upcoming };
}

/** A platform whose plugin is still loading, as `/healthz` shows it (degraded, still 200). */
const LOADING: LinkStatus = { state: 'connecting', detail: 'loading' };

/** The platforms the configuration turns on (local mode is one of them). */
function activePlatforms(config: AppConfig): Platform[] {
  return (Object.entries(config.platforms) as [Platform, string | boolean][])
    .filter(([, mode]) => mode !== 'off' && mode !== false)
    .map(([name]) => name);
}

/** Slack's and Teams' SDKs are loaded only when the configuration turns them on. */
async function configuredPlatforms(config: AppConfig): Promise<Partial<Record<Platform, PluginFactory>>> {
  const factories: Partial<Record<Platform, PluginFactory>> = {};
  if (config.platforms.slack !== 'off')
    factories.slack = (await import('./slack/slack-plugin.js')).createSlackPlugin;
  if (config.platforms.teams !== 'off')
    factories.teams = (await import('./teams/teams-plugin.js')).createTeamsPlugin;
  return factories;
}

/**
 * `kulturpuls start`, and the one place where everything meets: the store and core, the platforms
 * (and in local mode the demo workspace), the scheduler, the outbox and the HTTP server.
 */
export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const local = Boolean(config.platforms.local);
  let wake: () => void = () => {};
  const runtime = await openRuntime(config, {
    ...options,
    ...(local ? { settings: withDemoRoles(config.settings) } : {}),
    wakeOutbox: () => wake(),
  });
  const { core, logger, settings, clock } = runtime;
  const fresh = local && (await seedDemoWorkspace(runtime.store, clock.now().toISOString()));
  if (fresh && (options.firstStartContent ?? !options.manualSchedule)) {
    const posted = await postFirstStartContent(core);
    logger.info('local mode: first start, posted now', { schedules: posted });
  }
  const scheduler = createScheduler(core, logger, undefined, {
    repository: runtime.store.duties,
    owner: replicaId(config.env.replicaId),
  });
  const context: PluginContext = {
    core,
    settings,
    clock,
    logger,
    config,
    upcoming: (limit) =>
      scheduler
        .upcoming(limit)
        .map((u) => ({ scheduleId: u.schedule.id, kind: u.schedule.kind, next: u.next })),
  };

  // The worker looks a platform's gateway up per delivery; they are added once the platforms load,
  // before anything is delivered (the scheduler and the outbox start after that).
  const gateways: Partial<Record<Platform, ChatGateway>> = {};
  const worker = core.outboxWorker(gateways);
  const plugins: Partial<Record<Platform, PlatformPlugin>> = {};
  const routes = laterRoutes();
  const startedAt = new Date();

  const besideConfig = (path: string) => resolve(dirname(config.env.configPath), path);
  const configuredInbox = settings.benchmark?.inbox;
  const inbox = configuredInbox && {
    keys: besideConfig(configuredInbox.keys),
    dir: besideConfig(configuredInbox.dir),
  };
  const web = createWebServer(
    [
      healthRoutes({
        store: runtime.store,
        core,
        platforms: { ...config.platforms },
        deliveryStats: () => worker.stats,
        startedAt,
        tickFailures: scheduler.failures,
        duties: scheduler.duties,
        writeProblem: runtime.writeProblem,
        platformStatus: () =>
          Object.fromEntries(
            activePlatforms(config).map((name) => {
              const plugin = plugins[name];
              return [name, plugin ? plugin.status?.() : LOADING];
            }),
          ),
      }),
      ...(inbox ? [benchmarkInboxRoutes(inbox, logger)] : []),
      routes.mount,
    ],
    logger,
  );
  // Listening first: /healthz answers while the dashboard and the platforms' SDKs load (the largest part
  // of a start), and a request to their routes waits for them.
  const port = await web.listen(options.port ?? config.env.port, options.host ?? config.env.host);
  try {
    const factories = options.factories ? { ...options.factories } : await configuredPlatforms(config);
    if (local) factories.local ??= (await import('./local/local-plugin.js')).createLocalPlugin;
    for (const [platform, factory] of Object.entries(factories) as [Platform, PluginFactory][]) {
      const plugin = factory(context);
      plugins[platform] = plugin;
      gateways[platform] = plugin.gateway;
    }
    const { dashboardRoutes } = await import('./web/dashboard-routes.js');
    routes.add([
      dashboardRoutes({ runtime }),
      ...Object.values(plugins).flatMap((plugin) => (plugin.mount ? [plugin.mount] : [])),
    ]);
    await core.audit.record('config.loaded', null, {
      config: config.env.configFound ? config.env.configPath : 'built-in defaults',
      platforms: Object.keys(plugins),
      schedules: settings.schedules.map((s) => s.id),
      pid: process.pid,
    });
    // Each returns within seconds: a platform that cannot connect yet goes on trying in the background.
    for (const plugin of Object.values(plugins)) await plugin.start?.();
  } catch (error) {
    routes.fail(error);
    for (const plugin of Object.values(plugins)) await plugin.stop?.().catch(() => {});
    await web.close();
    await runtime.close();
    throw error;
  }

  // One pass at a time: a drain asked for while the outbox is being woken waits for that pass (and its
  // sends), then looks again, so it returns with nothing due left behind.
  let passes: Promise<void> = Promise.resolve();
  const drainOnce = () => {
    const pass = () => worker.drain();
    const next = passes.then(pass, pass);
    passes = next.catch(() => {});
    return next;
  };
  const runner = options.manualSchedule
    ? undefined
    : startScheduler(scheduler, worker, logger, { timezone: settings.timezone });
  wake = () => void (runner ? runner.drain() : drainOnce());

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
      // Finish in-flight deliveries before the connections go away. A send waiting out a rate limit
      // (Slack's Retry-After can be minutes) gives up at once instead: it stays queued, unsent.
      const stopping = runner ? runner.stop() : worker.stop();
      for (const plugin of Object.values(plugins)) plugin.stopWaiting?.();
      await stopping;
      for (const plugin of Object.values(plugins)) await plugin.stop?.();
      await web.close();
      await runtime.close();
    },
  };
}
