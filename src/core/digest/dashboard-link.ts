import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** What a dashboard link carries; `sig` covers all the others. */
export interface DashboardLinkParams {
  /** `digest` (the link in a channel's digest post) or the person key of the lead it was made for. */
  sub: string;
  /** The month the link opens (`YYYY-MM`), or `*` for a person's link (any month, while they are a lead). */
  scope: string;
  exp: string;
  /** When it was made (seconds): links made before a `kulturpuls links revoke` stop working. */
  iat: string;
  sig: string;
}

export interface VerifiedLink {
  subject: string;
  scope: string;
  issuedAt: number;
}

/**
 * The link key, derived with HKDF from the master secret (KULTURPULS_SECRET). The pulse pseudonyms
 * keep using the master secret itself, so existing answers keep their pseudonyms; revoking links
 * never touches them (see `kulturpuls links revoke`).
 */
export function dashboardLinkKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'kulturpuls', 'dashboard links v2', 32));
}

const keys = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = dashboardLinkKey(secret);
    keys.set(secret, key);
  }
  return key;
}

/** Signed dashboard links: the chat digest carries one, nobody can forge one without the secret. */
export function signDashboardLink(
  secret: string,
  link: { subject: string; scope: string; expiresAt: Date; issuedAt?: Date },
): DashboardLinkParams {
  const exp = String(Math.floor(link.expiresAt.getTime() / 1000));
  const iat = String(Math.floor((link.issuedAt ?? new Date()).getTime() / 1000));
  return {
    sub: link.subject,
    scope: link.scope,
    exp,
    iat,
    sig: sign(secret, link.subject, link.scope, exp, iat),
  };
}

/** What the link was signed for, or undefined when it is missing, forged or expired. */
export function verifyDashboardLink(
  secret: string,
  query: { exp?: unknown; sub?: unknown; sig?: unknown; scope?: unknown; iat?: unknown },
  now: Date,
): VerifiedLink | undefined {
  const { exp, sub, sig, scope, iat } = query;
  const texts = [exp, sub, sig, scope, iat];
  if (!texts.every((value): value is string => typeof value === 'string')) return undefined;
  const [e, s, g, sc, i] = texts as [string, string, string, string, string];
  if (!/^\d{1,12}$/.test(e) || !/^\d{1,12}$/.test(i) || Number(e) * 1000 < now.getTime()) return undefined;
  const expected = Buffer.from(sign(secret, s, sc, e, i));
  const given = Buffer.from(g);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  return { subject: s, scope: sc, issuedAt: Number(i) };
}

/**
 * `https://host/dashboard?month=…&sub=…&scope=…&exp=…&iat=…&sig=…`. A channel's digest link opens its
 * month only; a person's link any month, and only while they are a lead or admin.
 */
export function signedDashboardUrl(
  publicUrl: string,
  secret: string,
  link: { month: string; subject: string; expiresAt: Date; issuedAt?: Date },
): string {
  const scope = link.subject === 'digest' ? link.month : '*';
  const params = new URLSearchParams({ month: link.month, ...signDashboardLink(secret, { ...link, scope }) });
  return `${publicUrl.replace(/\/$/, '')}/dashboard?${params}`;
}

function sign(secret: string, subject: string, scope: string, exp: string, iat: string): string {
  return createHmac('sha256', keyOf(secret))
    .update(`dashboard\n${subject}\n${scope}\n${exp}\n${iat}`)
    .digest('base64url');
}
