import { describe, expect, it } from 'vitest';
import { describePlatforms, formatProblems, loadConfig } from '../../src/config.js';
import { useTempDir } from './temp-dir.js';

const temp = useTempDir();

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'signing-secret' };
const SOCKET = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_APP_TOKEN: 'xapp-1-A1-abc' };
const TEAMS = { CLIENT_ID: '00000000-0000-0000-0000-000000000001', CLIENT_SECRET: 'teams-secret' };

// An empty file of our own, so a kulturpuls.yaml in the working directory cannot change results.
function load(env: Record<string, string | undefined>) {
  return loadConfig({ env, file: temp.write('kulturpuls.yaml', '') });
}

function config(env: Record<string, string | undefined>) {
  const result = load(env);
  if (!result.ok) throw new Error(formatProblems(result.problems));
  return result.config;
}

function problems(env: Record<string, string | undefined>) {
  const result = load(env);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('environment', () => {
  it('reads every variable of the contract', () => {
    const { env } = config({
      ...SLACK,
      PORT: '8080',
      KULTURPULS_DB: '/var/lib/kulturpuls/k.db',
      KULTURPULS_SECRET: 'a-secret-of-sixteen+',
      LOG_LEVEL: 'DEBUG',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      TENANT_ID: '',
    });
    expect(env).toEqual({
      port: 8080,
      dbPath: '/var/lib/kulturpuls/k.db',
      configPath: temp.path('kulturpuls.yaml'),
      configFound: true,
      secret: 'a-secret-of-sixteen+',
      logLevel: 'debug',
      slack: {
        botToken: SLACK.SLACK_BOT_TOKEN,
        signingSecret: SLACK.SLACK_SIGNING_SECRET,
        apiUrl: 'http://127.0.0.1:9999/api/',
      },
      teams: { allowUnauthenticated: false },
    });
  });

  it.each([
    [{ PORT: '0' }, 'env.PORT'],
    [{ PORT: 'http' }, 'env.PORT'],
    [{ LOG_LEVEL: 'verbose' }, 'env.LOG_LEVEL'],
    [{ KULTURPULS_SECRET: 'short' }, 'env.KULTURPULS_SECRET'],
    [{ SLACK_API_URL: 'slack.com/api' }, 'env.SLACK_API_URL'],
    [{ TEAMS_ALLOW_UNAUTHENTICATED: 'yes' }, 'env.TEAMS_ALLOW_UNAUTHENTICATED'],
    [{ ...SLACK, SLACK_BOT_TOKEN: 'xapp-swapped' }, 'env.SLACK_BOT_TOKEN'],
  ])('rejects %o at %s', (env, path) => {
    expect(problems(env).map((problem) => problem.path)).toContain(path);
  });
});

describe('half-configured platforms', () => {
  it.each([
    [
      { SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN },
      'env.SLACK_SIGNING_SECRET',
      /SLACK_APP_TOKEN \(Socket Mode\)/,
    ],
    [{ SLACK_SIGNING_SECRET: 'signing-secret' }, 'env.SLACK_BOT_TOKEN', /SLACK_SIGNING_SECRET is set/],
    [{ SLACK_APP_TOKEN: SOCKET.SLACK_APP_TOKEN }, 'env.SLACK_BOT_TOKEN', /SLACK_APP_TOKEN is set/],
    [{ CLIENT_ID: TEAMS.CLIENT_ID }, 'env.CLIENT_SECRET', /CLIENT_ID is set/],
    [{ CLIENT_SECRET: TEAMS.CLIENT_SECRET }, 'env.CLIENT_ID', /CLIENT_SECRET is set/],
    [{ TENANT_ID: 'tenant' }, 'env.CLIENT_ID', /TENANT_ID is set/],
    [{ ...SLACK, CLIENT_ID: TEAMS.CLIENT_ID }, 'env.CLIENT_SECRET', /client secret/],
  ])('%o is an error naming %s', (env, path, message) => {
    const found = problems(env);
    expect(found).toEqual([expect.objectContaining({ path, message: expect.stringMatching(message) })]);
    expect(found[0]?.fix).toBeTruthy();
  });

  it('ignores blank values as if unset', () => {
    expect(config({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: '  ', CLIENT_ID: '' }).platforms.local).toBe(
      true,
    );
  });
});

describe('platform detection', () => {
  it.each([
    [{}, { slack: 'off', teams: 'off', local: true }],
    [SLACK, { slack: 'http', teams: 'off', local: false }],
    [SOCKET, { slack: 'socket', teams: 'off', local: false }],
    [
      { ...SOCKET, SLACK_SIGNING_SECRET: 'signing-secret' },
      { slack: 'socket', teams: 'off', local: false },
    ],
    [TEAMS, { slack: 'off', teams: 'on', local: false }],
    [
      { ...TEAMS, TENANT_ID: 'tenant' },
      { slack: 'off', teams: 'on', local: false },
    ],
    [
      { ...SLACK, ...TEAMS },
      { slack: 'http', teams: 'on', local: false },
    ],
    [{ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }, { slack: 'off', teams: 'on', local: true }],
  ])('%o → %o', (env, platforms) => {
    expect(config(env).platforms).toEqual(platforms);
  });

  it('describes the platforms in a start-up banner', () => {
    expect(describePlatforms(config({}))).toContain(
      'Slack: off\nTeams: off\nLocal mode: http://localhost:3000/',
    );
    const both = describePlatforms(config({ ...SLACK, ...TEAMS, PORT: '4000' }));
    expect(both).toContain('Slack: HTTP mode at /slack/events');
    expect(both).toContain('Teams: on at /api/messages');
    expect(both).toContain('Local mode: off');
    expect(describePlatforms(config(SOCKET))).toContain('Slack: Socket Mode');
    expect(describePlatforms(config({ TEAMS_ALLOW_UNAUTHENTICATED: '1' }))).toContain(
      'WITHOUT authentication',
    );
  });

  it('names the database in use in the banner, never the password', () => {
    expect(describePlatforms(config({ KULTURPULS_DB: './data/kulturpuls.db' }))).toContain(
      'Database: SQLite ./data/kulturpuls.db',
    );
    const pg = describePlatforms(
      config({
        KULTURPULS_DB: 'postgres://kulturpuls:Hemmelig%40ord@db.example.no/kulturpuls?sslmode=require',
        KULTURPULS_SECRET: 'banner-test-secret-0123456789',
      }),
    );
    expect(pg).toContain('Database: PostgreSQL kulturpuls@db.example.no:5432/kulturpuls\n');
    expect(pg).not.toMatch(/Hemmelig/);
  });
});
