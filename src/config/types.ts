import type { Settings } from '../core/settings.js';
import type { ConfigProblem } from './problems.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface EnvConfig {
  port: number;
  dbPath: string;
  configPath: string;
  /** False when the config file was absent and the built-in defaults are used. */
  configFound: boolean;
  /** KULTURPULS_SECRET; the key itself comes from `resolveSecret`, which also reads the two below. */
  secret: string | undefined;
  /** KULTURPULS_SECRET_FILE: a mounted secret file (Docker/Kubernetes secrets). */
  secretFile?: string;
  /** CREDENTIALS_DIRECTORY: systemd's folder of the unit's credentials (`kulturpuls-secret` in it). */
  credentialsDirectory?: string;
  logLevel: LogLevel;
  /** HOST: the address to listen on; local mode defaults to 127.0.0.1, otherwise every interface. */
  host?: string;
  /** KULTURPULS_REPLICA_ID: this replica's name in `/healthz` and the duty leases (host:pid otherwise). */
  replicaId?: string;
  slack: { botToken?: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  teams: {
    clientId?: string;
    clientSecret?: string;
    tenantId?: string;
    /** Tests and special clouds only: where the tab's SSO tokens are checked (Entra by default). */
    ssoJwksUrl?: string;
    ssoIssuer?: string;
    allowUnauthenticated: boolean;
  };
  /** HTTPS_PROXY / NO_PROXY: outbound calls to the platforms go through this proxy. */
  proxy?: { url: string; noProxy: string[] };
}

export interface Platforms {
  slack: 'http' | 'socket' | 'off';
  teams: 'on' | 'off';
  /** True when neither Slack nor Teams credentials are set: the built-in demo workspace. */
  local: boolean;
}

export interface AppConfig {
  settings: Settings;
  env: EnvConfig;
  platforms: Platforms;
}

export type LoadResult = { ok: true; config: AppConfig } | { ok: false; problems: ConfigProblem[] };
