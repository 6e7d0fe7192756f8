import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblems, loadConfig } from '../../src/config.js';
import { PATIENCE_MS } from '../support/process-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'kulturpuls-teams-env-'));
const file = join(dir, 'kulturpuls.yaml');
writeFileSync(file, '');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CREDENTIALS = { CLIENT_ID: '00000000-0000-0000-0000-000000000001', CLIENT_SECRET: 'teams-secret' };

describe('TEAMS_ALLOW_UNAUTHENTICATED', () => {
  it.each([
    { ...CREDENTIALS, TEAMS_ALLOW_UNAUTHENTICATED: 'true' },
    { ...CREDENTIALS, TEAMS_ALLOW_UNAUTHENTICATED: '1' },
    {
      CLIENT_ID: CREDENTIALS.CLIENT_ID,
      CLIENT_SECRET: 'x',
      TENANT_ID: 't',
      TEAMS_ALLOW_UNAUTHENTICATED: 'TRUE',
    },
  ])('together with credentials is refused: %o', (env) => {
    const result = loadConfig({ env, file });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = formatProblems(result.problems);
    const line = text.split('\n').find((l) => l.includes('TEAMS_ALLOW_UNAUTHENTICATED'));
    expect(line).toMatch(/must not be set together with CLIENT_ID/);
  });

  it('alone (tests) or off with credentials still starts', () => {
    expect(loadConfig({ env: { TEAMS_ALLOW_UNAUTHENTICATED: 'true' }, file }).ok).toBe(true);
    expect(loadConfig({ env: { ...CREDENTIALS, TEAMS_ALLOW_UNAUTHENTICATED: 'false' }, file }).ok).toBe(true);
  });

  it('the real process exits 1 with the one-line reason before listening', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'start'], {
      env: {
        PATH: process.env.PATH,
        KULTURPULS_CONFIG: file,
        KULTURPULS_DB: join(dir, 'db.sqlite'),
        ...CREDENTIALS,
        TEAMS_ALLOW_UNAUTHENTICATED: 'true',
        PORT: '3999',
      },
      encoding: 'utf8',
      timeout: PATIENCE_MS,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^env.TEAMS_ALLOW_UNAUTHENTICATED — must not be set together with CLIENT_ID.*$/m,
    );
  });

  it('reads the SSO key set URL and issuer, and rejects a key set URL that is not a URL', () => {
    const ok = loadConfig({
      env: {
        ...CREDENTIALS,
        TEAMS_SSO_JWKS_URL: 'http://127.0.0.1:9/keys',
        TEAMS_SSO_ISSUER: 'https://issuer.test/',
      },
      file,
    });
    expect(ok.ok && ok.config.env.teams).toMatchObject({
      ssoJwksUrl: 'http://127.0.0.1:9/keys',
      ssoIssuer: 'https://issuer.test/',
    });
    const bad = loadConfig({ env: { ...CREDENTIALS, TEAMS_SSO_JWKS_URL: 'keys.json' }, file });
    expect(bad.ok ? [] : bad.problems.map((p) => p.path)).toContain('env.TEAMS_SSO_JWKS_URL');
  });
});

describe('the environment for `kulturpuls teams-package`', () => {
  it('needs CLIENT_ID but not the client secret', async () => {
    const { parseEnv } = await import('../../src/config/env.js');
    const only = { CLIENT_ID: CREDENTIALS.CLIENT_ID };
    expect(parseEnv(only).ok).toBe(false);
    const result = parseEnv(only, { teamsPackageOnly: true });
    expect(result.ok && result.env.teams.clientId).toBe(CREDENTIALS.CLIENT_ID);
  });
});

describe('Teams people in roles', () => {
  const withRoles = (leads: string[]) => {
    const yaml = join(dir, 'roles.yaml');
    writeFileSync(yaml, `roles:\n  leads:\n${leads.map((l) => `    - "${l}"`).join('\n')}\n`);
    return loadConfig({ env: {}, file: yaml });
  };

  it('are given by Entra object id or e-mail address', () => {
    const result = withRoles(['teams:8c2f6a1e-4b7d-4e55-9a0c-3f1d2b6e7a90', 'Kari.Nordmann@Kommune.no']);
    expect(result.ok && result.config.settings.roles.leads).toEqual([
      'teams:8c2f6a1e-4b7d-4e55-9a0c-3f1d2b6e7a90',
      'kari.nordmann@kommune.no',
    ]);
  });

  it('refuses a 29: Teams user id, which never matches, and says what to use', () => {
    const result = withRoles(['teams:29:1abcDEF']);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : formatProblems(result.problems)).toMatch(/Entra object id \(teams:<object id>/);
  });
});
