import { createHmac, timingSafeEqual } from 'node:crypto';

/** Signed dashboard links for leads: the chat digest carries one, nobody can forge one without the secret. */
export function signDashboardLink(
  secret: string,
  subject: string,
  expiresAt: Date,
): { exp: string; sub: string; sig: string } {
  const exp = String(Math.floor(expiresAt.getTime() / 1000));
  return { exp, sub: subject, sig: sign(secret, subject, exp) };
}

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

function sign(secret: string, subject: string, exp: string): string {
  return createHmac('sha256', secret).update(`dashboard\n${subject}\n${exp}`).digest('base64url');
}
