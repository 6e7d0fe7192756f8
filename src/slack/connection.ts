import type { Logger } from '../core/ports.js';
import { toSendResult } from './errors.js';

/** What `/healthz` shows for a platform: connecting (retrying), connected, or error (needs a person). */
export interface PlatformStatus {
  state: 'connecting' | 'connected' | 'error';
  detail?: string;
}

// Answers no retry can change: the token is wrong, revoked or belongs to a disabled workspace.
const FATAL = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'team_disabled',
  'user_removed_from_team',
]);

export class SlackStartError extends Error {
  readonly code = 'slack_start_refused';
  constructor(message: string) {
    super(message);
    // One line in the log and on the console: the message says what to fix, a stack trace would not.
    this.stack = message;
  }
}

/** What is tried, as `/healthz` names it: the bot token, the app token, then the WebSocket itself. */
type Step = 'auth.test' | 'apps.connections.open' | 'Socket Mode WebSocket';

/** A Socket Mode start that got its URL from `apps.connections.open` and failed on the WebSocket. */
export class WebSocketFailure extends Error {
  readonly step = 'Socket Mode WebSocket' as const;
  constructor(readonly reason: unknown) {
    super('the Socket Mode WebSocket failed');
  }
}

export interface ConnectionSteps {
  /** `auth.test` with the bot token. */
  checkAuth(): Promise<void>;
  /**
   * Socket Mode: `apps.connections.open` with the app token, then the WebSocket to the URL it gives
   * (a failure there rejects with `WebSocketFailure`); absent in HTTP mode.
   */
  connectSocket?(): Promise<void>;
  disconnectSocket?(): Promise<void>;
}

export interface ConnectionOptions {
  logger: Logger;
  /** Waits before attempt n (1-based); exponential up to a minute by default. */
  backoffMs?: (attempt: number) => number;
  /** How long `start()` waits for the first answer, so a wrong token fails the start itself. */
  firstAnswerMs?: number;
}

const defaultBackoff = (attempt: number) => Math.min(60_000, 1_000 * 2 ** (attempt - 1));

/** The platform's error code, or for a network failure the system's (ECONNREFUSED, ETIMEDOUT). */
function reason(error: unknown): string {
  // Socket Mode's client rejects without an error when the WebSocket closes before Slack's hello.
  if (error === undefined || error === null) return 'websocket_closed';
  const code = toSendResult(error).code;
  if (code !== 'slack_webapi_request_error') return code;
  const original = (error as { original?: { code?: string; message?: string; cause?: { code?: string } } })
    .original;
  return original?.cause?.code ?? original?.code ?? original?.message ?? code;
}

function describeFailure(tried: Step, error: unknown) {
  const step = error instanceof WebSocketFailure ? error.step : tried;
  const code = reason(error instanceof WebSocketFailure ? error.reason : error);
  // Only Slack's Web API refuses a token; a WebSocket that fails is a network matter, tried again.
  const fatal = step !== 'Socket Mode WebSocket' && FATAL.has(code);
  const token = step === 'auth.test' ? 'SLACK_BOT_TOKEN' : 'SLACK_APP_TOKEN';
  const detail = fatal ? `${step}: ${code}: Slack refused ${token}; check the token` : `${step}: ${code}`;
  return { fatal, detail, step };
}

/**
 * Connects to Slack in the background: the scheduler, the outbox and the other platforms never wait
 * for it. Network failures are retried with backoff; a refused token stops the attempts and, when it
 * comes within `firstAnswerMs` of the start, fails `start()` with a one-line `SlackStartError`.
 */
export function createSlackConnection(steps: ConnectionSteps, options: ConnectionOptions) {
  const backoff = options.backoffMs ?? defaultBackoff;
  let status: PlatformStatus = { state: 'connecting' };
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  // The first answer from Slack (or a retry scheduled): what `start()` waits for.
  let answered: () => void = () => {};
  const firstAnswer = new Promise<void>((resolve) => {
    answered = resolve;
  });

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  async function attempt(tried: Step, call: () => Promise<void>) {
    for (let n = 1; !stopped; n++) {
      try {
        await call();
        return true;
      } catch (error) {
        const { fatal, detail, step } = describeFailure(tried, error);
        if (fatal) {
          status = { state: 'error', detail };
          options.logger.error(`slack: ${detail}`, { method: step });
          answered();
          return false;
        }
        const delay = backoff(n);
        status = { state: 'connecting', detail: `${detail}; retry ${n} in ${Math.round(delay / 1000)} s` };
        options.logger.warn('slack: not reachable, retrying', {
          method: step,
          error: detail,
          delayMs: delay,
        });
        answered();
        await wait(delay);
      }
    }
    return false;
  }

  let connecting = false;
  async function connect(): Promise<void> {
    const { connectSocket } = steps;
    connecting = true;
    try {
      if (connectSocket && !(await attempt('apps.connections.open', connectSocket))) return;
      if (!stopped) status = { state: 'connected' };
    } finally {
      connecting = false;
      answered();
    }
  }

  async function run(): Promise<void> {
    if (!(await attempt('auth.test', steps.checkAuth))) return;
    await connect();
  }

  return {
    status: (): PlatformStatus => ({ ...status }),
    /** The live Socket Mode connection dropped: connect again, with the same backoff. */
    lost(): void {
      if (stopped || connecting || status.state !== 'connected') return;
      status = { state: 'connecting', detail: 'connection lost' };
      options.logger.warn('slack: socket mode connection lost, reconnecting');
      void connect();
    },
    async start(): Promise<void> {
      void run();
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        firstAnswer,
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, options.firstAnswerMs ?? 3_000);
        }),
      ]);
      clearTimeout(timeout);
      if (status.state === 'error') throw new SlackStartError(`Slack: ${status.detail ?? 'refused'}`);
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await steps.disconnectSocket?.();
    },
  };
}
