import { createHmac, timingSafeEqual } from 'node:crypto';

export interface DashboardLinkParams {
  exp: string;
  sub: string;
  sig: string;
}

/** Signed dashboard links for leads: the chat digest carries one, nobody can forge one without the secret. */
export function signDashboardLink(secret: string, subject: string, expiresAt: Date): DashboardLinkParams {
  const exp = String(Math.floor(expiresAt.getTime() / 1000));
  return { exp, sub: subject, sig: sign(secret, subject, exp) };
}

/** The subject the link was signed for, or undefined when it is missing, forged or expired. */
export function verifyDashboardLink(
  secret: string,
  query: { exp?: unknown; sub?: unknown; sig?: unknown },
  now: Date,
): string | undefined {
  const { exp, sub, sig } = query;
  if (typeof exp !== 'string' || typeof sub !== 'string' || typeof sig !== 'string') return undefined;
  if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now.getTime()) return undefined;
  const expected = Buffer.from(sign(secret, sub, exp));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? sub : undefined;
}

/** `https://host/dashboard?month=…&sub=…&exp=…&sig=…` */
export function signedDashboardUrl(
  publicUrl: string,
  secret: string,
  link: { month: string; subject: string; expiresAt: Date },
): string {
  const params = new URLSearchParams({
    month: link.month,
    ...signDashboardLink(secret, link.subject, link.expiresAt),
  });
  return `${publicUrl.replace(/\/$/, '')}/dashboard?${params}`;
}

function sign(secret: string, subject: string, exp: string): string {
  return createHmac('sha256', secret).update(`dashboard\n${subject}\n${exp}`).digest('base64url');
}
