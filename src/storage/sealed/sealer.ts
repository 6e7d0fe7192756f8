import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { gcmsiv } from '@noble/ciphers/aes.js';
import { boundedMap } from '../../core/bounded-memo.js';
import { parsePersonKey } from '../../core/records.js';

/**
 * What a sealed value is for. Each purpose has keys of its own (HKDF from the one secret), so the same
 * person sealed in two tables gives two unrelated values: a row that names someone in one table cannot
 * be matched with a row in another without the secret.
 */
export const SEAL_PURPOSES = [
  'person',
  'people.name',
  'people.email',
  'deliveries.target',
  'deliveries.message',
  'deliveries.params',
  'feed.target',
  'feed.message',
  'teams.conversation',
  'teams.user',
  'teams.activity',
  'nominations',
  'nominations.reason',
  'stories.author',
  'reflections.author',
  'owner-text',
  'next-steps.owner',
  'kaffe',
  'comments.contact',
  'comments.lead',
  'audit.actor',
  'audit.details',
] as const;
export type SealPurpose = (typeof SEAL_PURPOSES)[number];

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const NO_NONCE = new Uint8Array(12);
const SEALED_PREFIX = 's1.';
// Tokens are cached: the vote path looks up the same people again and again.
const TOKEN_CACHE_SIZE = 20_000;

export interface Sealer {
  /**
   * Deterministic: the same value (and context) gives the same token, so it can be looked up and
   * indexed; it also opens again with `open`. The context binds a token to its row (a dedupe key), so
   * two rows for the same person do not share it.
   */
  token(purpose: SealPurpose, value: string, context?: string): string;
  /** The value of a token, or undefined when it is not one (a plain value from before sealing). */
  open(purpose: SealPurpose, token: string, context?: string): string | undefined;
  /** Randomized: the same value sealed twice gives two unrelated strings. */
  seal(purpose: SealPurpose, value: string): string;
  unseal(purpose: SealPurpose, sealed: string): string | undefined;
  /** A person key as stored: `platform:` and a token, so the platform stays readable (it names nobody). */
  personToken(purpose: SealPurpose, key: string): string;
  personOf(purpose: SealPurpose, stored: string): string | undefined;
}

/**
 * Tokens are AES-GCM-SIV (RFC 8452, @noble/ciphers) with a fixed nonce: deterministic authenticated
 * encryption (equal inputs give equal outputs, nothing else leaks). Sealed values are AES-256-GCM with
 * a random nonce. Either way a value sealed for one purpose does not open under another.
 */
export function createSealer(secret: string): Sealer {
  const keys = new Map<string, Uint8Array>();
  const keyOf = (kind: 'token' | 'seal', purpose: SealPurpose) => {
    const name = `${kind}/${purpose}`;
    let key = keys.get(name);
    if (!key) {
      key = new Uint8Array(hkdfSync('sha256', secret, 'kulturpuls-sealing', `kulturpuls/${name}`, 32));
      keys.set(name, key);
    }
    return key;
  };
  const tokens = boundedMap<string>(TOKEN_CACHE_SIZE);
  const opened = boundedMap<string>(TOKEN_CACHE_SIZE);
  const unsealed = boundedMap<string>(TOKEN_CACHE_SIZE);
  const siv = (purpose: SealPurpose, context: string) =>
    gcmsiv(keyOf('token', purpose), NO_NONCE, encoder.encode(context));

  function token(purpose: SealPurpose, value: string, context = ''): string {
    const cached = tokens.get(`${purpose}\n${context}\n${value}`);
    if (cached !== undefined) return cached;
    const made = Buffer.from(siv(purpose, context).encrypt(encoder.encode(value))).toString('base64url');
    opened.set(`${purpose}\n${context}\n${made}`, value);
    return tokens.set(`${purpose}\n${context}\n${value}`, made);
  }

  function open(purpose: SealPurpose, stored: string, context = ''): string | undefined {
    const cacheKey = `${purpose}\n${context}\n${stored}`;
    const cached = opened.get(cacheKey);
    if (cached !== undefined) return cached;
    const bytes = Buffer.from(stored, 'base64url');
    if (bytes.length < 16 || bytes.toString('base64url') !== stored) return undefined;
    try {
      return opened.set(cacheKey, decoder.decode(siv(purpose, context).decrypt(bytes)));
    } catch {
      return undefined;
    }
  }

  // Randomized sealing is AES-256-GCM from Node's own crypto: a random 96-bit nonce per value, and the
  // purpose as associated data. It is several times faster than the SIV mode, which matters when a
  // list of people is opened.
  function seal(purpose: SealPurpose, value: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', keyOf('seal', purpose), nonce);
    cipher.setAAD(encoder.encode(purpose));
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return SEALED_PREFIX + Buffer.concat([nonce, body]).toString('base64url');
  }

  // Every vote reads its person's row again: what was opened once is remembered (bounded).
  function unseal(purpose: SealPurpose, sealed: string): string | undefined {
    const cacheKey = `${purpose}\n${sealed}`;
    const value = unsealed.get(cacheKey) ?? decrypt(purpose, sealed);
    return value === undefined ? undefined : unsealed.set(cacheKey, value);
  }

  function decrypt(purpose: SealPurpose, sealed: string): string | undefined {
    if (!sealed.startsWith(SEALED_PREFIX)) return undefined;
    const bytes = Buffer.from(sealed.slice(SEALED_PREFIX.length), 'base64url');
    if (bytes.length < 28) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', keyOf('seal', purpose), bytes.subarray(0, 12));
      decipher.setAAD(encoder.encode(purpose));
      decipher.setAuthTag(bytes.subarray(bytes.length - 16));
      return Buffer.concat([
        decipher.update(bytes.subarray(12, bytes.length - 16)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      return undefined;
    }
  }

  return {
    token,
    open,
    seal,
    unseal,
    personToken(purpose, key) {
      const parsed = parsePersonKey(key);
      return parsed ? `${parsed.platform}:${token(purpose, key)}` : token(purpose, key);
    },
    personOf(purpose, stored) {
      const split = stored.indexOf(':');
      return open(purpose, split > 0 ? stored.slice(split + 1) : stored);
    },
  };
}
