import { z } from 'zod';
import { DEFAULT_CONFIG_PATH, DEFAULT_DB_PATH, DEFAULT_LOG_LEVEL, DEFAULT_PORT } from './defaults.js';
import { type ConfigProblem, issuesToProblems } from './problems.js';
import { type EnvConfig, LOG_LEVELS, type Platforms } from './types.js';

export type EnvSource = Record<string, string | undefined>;

export const LOCAL_ONLY_HOST = '127.0.0.1';

// `.env` files often carry `NAME=` for "unset"; treat blank values as absent.
const blankAsUnset = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalText = z.preprocess(blankAsUnset, z.string().trim().optional());

function withPrefix(prefix: string, what: string) {
  return z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .startsWith(prefix, { error: `must start with "${prefix}" (${what})` })
      .optional(),
  );
}

const envSchema = z.object({
  PORT: z.preprocess(
    blankAsUnset,
    z
      .string()
      .default(String(DEFAULT_PORT))
      .pipe(
        z
          .string()
          .regex(/^\d+$/, { error: 'must be a port number (1–65535)' })
          .transform(Number)
          .pipe(z.int().min(1, { error: 'must be 1–65535' }).max(65535, { error: 'must be 1–65535' })),
      ),
  ),
  HOST: optionalText,
  KULTURPULS_DB: z.preprocess(blankAsUnset, z.string().default(DEFAULT_DB_PATH)),
  KULTURPULS_CONFIG: optionalText,
  KULTURPULS_SECRET: z.preprocess(
    blankAsUnset,
    z.string().min(16, { error: 'is too short (at least 16 characters)' }).optional(),
  ),
  KULTURPULS_SECRET_FILE: optionalText,
  // systemd.exec(5): where `LoadCredential=` puts the unit's credentials.
  CREDENTIALS_DIRECTORY: optionalText,
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsUnset(value.toLowerCase()) : value),
    z.enum(LOG_LEVELS).default(DEFAULT_LOG_LEVEL),
  ),
  KULTURPULS_REPLICA_ID: optionalText,
  SLACK_BOT_TOKEN: withPrefix('xoxb-', 'the Bot User OAuth Token'),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: withPrefix('xapp-', 'the app-level token with connections:write'),
  // Bolt's WebClient appends the method name to this URL, so it must end with a slash.
  SLACK_API_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://slack.com/api/' })
      .transform((url) => (url.endsWith('/') ? url : `${url}/`))
      .optional(),
  ),
  // Municipal networks often reach the internet only through a proxy (curl's conventions).
  HTTPS_PROXY: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'must be the proxy URL, e.g. http://proxy.kommune.no:3128' })
      .optional(),
  ),
  NO_PROXY: optionalText,
  CLIENT_ID: optionalText,
  CLIENT_SECRET: optionalText,
  TENANT_ID: optionalText,
  // The tab's single sign-on checks Entra tokens against these; only tests and special clouds set them.
  TEAMS_SSO_JWKS_URL: z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL to a JSON Web Key Set' }).optional(),
  ),
  TEAMS_SSO_ISSUER: optionalText,
  TEAMS_ALLOW_UNAUTHENTICATED: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsUnset(value.toLowerCase()) : value),
    z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
  ),
});

const FIXES: Record<string, string> = {
  KULTURPULS_SECRET: 'generate one with `openssl rand -hex 32`, or use KULTURPULS_SECRET_FILE',
  SLACK_BOT_TOKEN: 'Slack app settings → OAuth & Permissions → Bot User OAuth Token',
  SLACK_SIGNING_SECRET: 'Slack app settings → Basic Information → Signing Secret',
  SLACK_APP_TOKEN: 'Slack app settings → Basic Information → App-Level Tokens (scope connections:write)',
  CLIENT_ID: 'Azure bot registration → Microsoft App ID',
  CLIENT_SECRET: 'Azure bot registration → Certificates & secrets → client secret',
  TEAMS_ALLOW_UNAUTHENTICATED: 'unset TEAMS_ALLOW_UNAUTHENTICATED in production',
};

export type EnvResult = {
  ok: true;
  env: Omit<EnvConfig, 'configFound'>;
  explicitConfig: boolean;
  platforms: Platforms;
};

export interface EnvOptions {
  /** `kulturpuls teams-package` needs the app id and the public URL, never the client secret. */
  teamsPackageOnly?: boolean;
}

export function parseEnv(
  source: EnvSource,
  options: EnvOptions = {},
): EnvResult | { ok: false; problems: ConfigProblem[]; port: number } {
  const parsed = envSchema.safeParse(withProxyAliases(source), { reportInput: true });
  // Credentials are checked on the raw values too, so a bad PORT does not hide a missing secret.
  const detected = detectPlatforms(rawCredentials(source), options);
  if (!parsed.success || !detected.ok) {
    const problems = [
      ...(parsed.success ? [] : issuesToProblems(parsed.error.issues, 'env')),
      ...(detected.ok ? [] : detected.problems),
    ];
    const port = parsed.success ? parsed.data.PORT : DEFAULT_PORT;
    return { ok: false, problems: problems.map(addFix), port };
  }
  const vars = parsed.data;
  // Replicas on one PostgreSQL must share the pseudonym key, and there is no folder to keep one in.
  const keySet = vars.KULTURPULS_SECRET ?? vars.KULTURPULS_SECRET_FILE ?? vars.CREDENTIALS_DIRECTORY;
  if (/^postgres(ql)?:\/\//i.test(vars.KULTURPULS_DB) && keySet === undefined) {
    const problem = {
      path: 'env.KULTURPULS_SECRET',
      message:
        'is required when KULTURPULS_DB is a PostgreSQL URL (every replica must use the same key): set it, KULTURPULS_SECRET_FILE, or a systemd credential',
      fix: 'generate one with `openssl rand -hex 32` and give every replica the same value',
    };
    return { ok: false, problems: [problem], port: vars.PORT };
  }
  const env: Omit<EnvConfig, 'configFound'> = {
    port: vars.PORT,
    // Local mode has no login: it answers this machine only unless HOST says otherwise.
    ...compact({ host: vars.HOST ?? (detected.platforms.local ? LOCAL_ONLY_HOST : undefined) }),
    dbPath: vars.KULTURPULS_DB,
    configPath: vars.KULTURPULS_CONFIG ?? DEFAULT_CONFIG_PATH,
    secret: vars.KULTURPULS_SECRET,
    ...compact({
      secretFile: vars.KULTURPULS_SECRET_FILE,
      credentialsDirectory: vars.CREDENTIALS_DIRECTORY,
    }),
    logLevel: vars.LOG_LEVEL,
    ...compact({ replicaId: vars.KULTURPULS_REPLICA_ID }),
    slack: compact({
      botToken: vars.SLACK_BOT_TOKEN,
      signingSecret: vars.SLACK_SIGNING_SECRET,
      appToken: vars.SLACK_APP_TOKEN,
      apiUrl: vars.SLACK_API_URL,
    }),
    teams: {
      ...compact({
        clientId: vars.CLIENT_ID,
        clientSecret: vars.CLIENT_SECRET,
        tenantId: vars.TENANT_ID,
        ssoJwksUrl: vars.TEAMS_SSO_JWKS_URL,
        ssoIssuer: vars.TEAMS_SSO_ISSUER,
      }),
      allowUnauthenticated: vars.TEAMS_ALLOW_UNAUTHENTICATED,
    },
    ...(vars.HTTPS_PROXY
      ? {
          proxy: {
            url: vars.HTTPS_PROXY,
            noProxy: (vars.NO_PROXY ?? '')
              .split(',')
              .map((host) => host.trim())
              .filter(Boolean),
          },
        }
      : {}),
  };
  return {
    ok: true,
    env,
    explicitConfig: vars.KULTURPULS_CONFIG !== undefined,
    platforms: detected.platforms,
  };
}

/** `https_proxy`/`no_proxy` in lower case are as common as upper case; upper case wins. */
function withProxyAliases(source: EnvSource): EnvSource {
  return {
    ...source,
    HTTPS_PROXY: blankAsUnset(source.HTTPS_PROXY) ?? source.https_proxy,
    NO_PROXY: blankAsUnset(source.NO_PROXY) ?? source.no_proxy,
  } as EnvSource;
}

function rawCredentials(source: EnvSource): Pick<EnvConfig, 'slack' | 'teams'> {
  const value = (name: string) => blankAsUnset(source[name]) as string | undefined;
  return {
    slack: {
      botToken: value('SLACK_BOT_TOKEN'),
      signingSecret: value('SLACK_SIGNING_SECRET'),
      appToken: value('SLACK_APP_TOKEN'),
    },
    teams: {
      clientId: value('CLIENT_ID'),
      clientSecret: value('CLIENT_SECRET'),
      tenantId: value('TENANT_ID'),
      allowUnauthenticated: ['true', '1'].includes(
        String(value('TEAMS_ALLOW_UNAUTHENTICATED')).toLowerCase(),
      ),
    },
  };
}

function detectPlatforms(
  env: Pick<EnvConfig, 'slack' | 'teams'>,
  options: EnvOptions,
): { ok: true; platforms: Platforms } | { ok: false; problems: ConfigProblem[] } {
  const { botToken, signingSecret, appToken } = env.slack;
  const { clientId, clientSecret, tenantId, allowUnauthenticated } = env.teams;
  const problems: ConfigProblem[] = [];
  const missing = (name: string, message: string) => problems.push({ path: `env.${name}`, message });

  let slack: Platforms['slack'] = 'off';
  if (botToken && appToken) slack = 'socket';
  else if (botToken && signingSecret) slack = 'http';
  else if (botToken) {
    missing(
      'SLACK_SIGNING_SECRET',
      'is missing: SLACK_BOT_TOKEN is set, so Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode)',
    );
  } else if (signingSecret || appToken) {
    const set = signingSecret ? 'SLACK_SIGNING_SECRET' : 'SLACK_APP_TOKEN';
    missing('SLACK_BOT_TOKEN', `is missing: ${set} is set, but Slack also needs the bot token`);
  }

  const teamsCredentials = Boolean(clientId || clientSecret || tenantId);
  if (clientId && !clientSecret && !options.teamsPackageOnly)
    missing('CLIENT_SECRET', 'is missing: CLIENT_ID is set, so Teams also needs its client secret');
  if (!clientId && (clientSecret || tenantId)) {
    const set = clientSecret ? 'CLIENT_SECRET' : 'TENANT_ID';
    missing('CLIENT_ID', `is missing: ${set} is set, but Teams also needs the bot's app id`);
  }
  // The test switch turns off the Bot Framework token check; never together with real credentials.
  if (allowUnauthenticated && teamsCredentials)
    missing(
      'TEAMS_ALLOW_UNAUTHENTICATED',
      'must not be set together with CLIENT_ID/CLIENT_SECRET/TENANT_ID: it turns off token checks (tests only)',
    );
  if (problems.length > 0) return { ok: false, problems };

  const teams: Platforms['teams'] = (clientId && clientSecret) || allowUnauthenticated ? 'on' : 'off';
  const slackCredentials = Boolean(botToken || signingSecret || appToken);
  return { ok: true, platforms: { slack, teams, local: !slackCredentials && !teamsCredentials } };
}

function addFix(problem: ConfigProblem): ConfigProblem {
  const fix = FIXES[problem.path.replace(/^env\./, '')];
  return fix && !problem.fix ? { ...problem, fix } : problem;
}

function compact<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}
