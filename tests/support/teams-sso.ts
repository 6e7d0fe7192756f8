import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { PUBLIC } from '@microsoft/teams.api';
import { type CryptoKey, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { teamsPluginWith } from '../../src/teams/teams-plugin.js';
import { startTeamsTestApp, type TeamsTestApp } from './teams-app.js';

/** A stand-in for Entra's published signing keys: a JWKS on 127.0.0.1 with a freshly generated key. */
export interface LocalEntra {
  jwksUrl: string;
  issuer: string;
  tenantId: string;
  sign(claims: SsoClaims, options?: { key?: CryptoKey; expiresInSeconds?: number }): Promise<string>;
  /** A key Entra never published: tokens signed with it are forgeries. */
  forger: CryptoKey;
  close(): Promise<void>;
}

export interface SsoClaims {
  oid: string;
  name?: string;
  upn?: string;
  preferred_username?: string;
  tid?: string;
  aud?: string;
  iss?: string;
}

export async function startLocalEntra(tenantId = randomUUID()): Promise<LocalEntra> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const forger = (await generateKeyPair('RS256')).privateKey;
  const kid = randomUUID();
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const server: Server = createServer((req, res) => {
    if (req.url === '/keys') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}`;
  const issuer = `${base}/${tenantId}/v2.0`;
  return {
    jwksUrl: `${base}/keys`,
    issuer,
    tenantId,
    forger,
    async sign(claims, options = {}) {
      const { iss, aud, ...rest } = claims;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ tid: tenantId, ...rest })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .setIssuer(iss ?? issuer)
        .setAudience(aud ?? 'missing-audience')
        .setIssuedAt(now - 60)
        .setNotBefore(now - 60)
        .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
        .sign(options.key ?? privateKey);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A Teams test app with single sign-on set up against `entra` (service tokens from the fake connector). */
export function startTeamsSsoApp(yaml: string, entra: LocalEntra, clientId: string): Promise<TeamsTestApp> {
  return startTeamsTestApp({
    yaml,
    env: {
      CLIENT_ID: clientId,
      CLIENT_SECRET: 'test-secret-not-used-offline',
      TENANT_ID: entra.tenantId,
      TEAMS_SSO_JWKS_URL: entra.jwksUrl,
      TEAMS_SSO_ISSUER: entra.issuer,
    },
    plugin: (connector) =>
      teamsPluginWith({ cloud: { ...PUBLIC, openIdMetadataUrl: connector.openIdMetadataUrl } }),
  });
}
