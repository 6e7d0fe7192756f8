import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';

export interface SsoOptions {
  /** The Entra app (the bot's CLIENT_ID); the tab's token is issued for it. */
  clientId: string;
  /** The municipality's Entra tenant; tokens from any other tenant are refused. */
  tenantId: string;
  /** The public host, for the `api://<host>/<client id>` app id URI in the manifest. */
  host: string;
  /** Tests and special clouds only; Entra's public endpoints by default. */
  jwksUrl?: string;
  issuer?: string;
  now?: () => Date;
}

export interface SsoUser {
  /** The Entra object id: Kulturpuls keys Teams people as `teams:<oid>`. */
  objectId: string;
  name?: string;
  /** `preferred_username` or `upn`: the sign-in name, usually the e-mail address. */
  email?: string;
}

export type SsoResult = { ok: true; user: SsoUser } | { ok: false; reason: SsoRefusal };
export type SsoRefusal = 'expired' | 'wrong_tenant' | 'wrong_audience' | 'invalid';

const ENTRA = 'https://login.microsoftonline.com';

/** Entra issues v1 or v2 access tokens, depending on the app registration's accepted version. */
export function entraIssuers(tenantId: string): string[] {
  return [`${ENTRA}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * Checks a Teams SSO token (teams-js `authentication.getAuthToken()`): the signature against the
 * tenant's published keys, issuer, audience, expiry and tenant.
 */
export function createSsoVerifier(options: SsoOptions): (token: string) => Promise<SsoResult> {
  const keys = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${ENTRA}/${options.tenantId}/discovery/v2.0/keys`),
  );
  const issuer = options.issuer ? [options.issuer] : entraIssuers(options.tenantId);
  const audience = [`api://${options.host}/${options.clientId}`, options.clientId];
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer,
        audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'tid', 'oid'],
        clockTolerance: 60,
        ...(options.now ? { currentDate: options.now() } : {}),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
        return { ok: false, reason: 'wrong_audience' };
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss')
        return { ok: false, reason: 'wrong_tenant' };
      return { ok: false, reason: 'invalid' };
    }
    if (payload.tid !== options.tenantId) return { ok: false, reason: 'wrong_tenant' };
    const objectId = text(payload.oid);
    if (!objectId) return { ok: false, reason: 'invalid' };
    const name = text(payload.name);
    const email = text(payload.preferred_username) ?? text(payload.upn) ?? text(payload.email);
    return { ok: true, user: { objectId, ...(name ? { name } : {}), ...(email ? { email } : {}) } };
  };
}
