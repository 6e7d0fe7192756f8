import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import { BenchmarkRefusal } from './refusal.js';

export interface SignedFile<P> {
  format: string;
  payload: P;
  signature: { algorithm: 'Ed25519'; publicKey: string; value: string };
}

/** A new Ed25519 key pair: the private key as PKCS#8 PEM, the public key as base64 of its 32 bytes. */
export function newKeyPair(): { privatePem: string; publicKey: string } {
  const { privateKey } = generateKeyPairSync('ed25519');
  const privatePem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  return { privatePem, publicKey: publicKeyOf(privatePem) };
}

export function publicKeyOf(privatePem: string): string {
  const jwk = createPublicKey(createPrivateKey(privatePem)).export({ format: 'jwk' });
  return Buffer.from(String(jwk.x), 'base64url').toString('base64');
}

const keyFromBase64 = (publicKey: string) =>
  createPublicKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey, 'base64').toString('base64url') },
    format: 'jwk',
  });

/** The file's bytes: canonical JSON of format, payload and the signature over the payload's canonical bytes. */
export function signFile<P>(format: string, payload: P, privatePem: string): string {
  const value = sign(null, Buffer.from(canonicalJson(payload)), createPrivateKey(privatePem)).toString(
    'base64',
  );
  const file: SignedFile<P> = {
    format,
    payload,
    signature: { algorithm: 'Ed25519', publicKey: publicKeyOf(privatePem), value },
  };
  return `${canonicalJson(file)}\n`;
}

/** An object with exactly these keys (a signed file, its signature): no extra or misspelt key slips through. */
function hasKeys(value: unknown, keys: string[]): boolean {
  if (value === null || typeof value !== 'object') return false;
  const own = Object.keys(value).sort();
  return own.length === keys.length && own.every((k, i) => k === keys[i]);
}

/**
 * Reads a signed file of `format`. Refused unless the bytes are exactly the canonical form (so no byte
 * can change unseen, even one the JSON reader would ignore) and the signature holds for its key.
 */
export function readSignedFile<P>(text: string, format: string, file: string): SignedFile<P> {
  let parsed: SignedFile<P>;
  try {
    parsed = JSON.parse(text) as SignedFile<P>;
  } catch {
    throw new BenchmarkRefusal('tampered', { file });
  }
  if (parsed?.format !== format || !hasKeys(parsed, ['format', 'payload', 'signature']))
    throw new BenchmarkRefusal('unreadable', { file });
  const { signature } = parsed;
  if (!hasKeys(signature, ['algorithm', 'publicKey', 'value']) || signature.algorithm !== 'Ed25519')
    throw new BenchmarkRefusal('tampered', { file });
  // Base64 readers ignore a last character's unused bits: only the one spelling of the bytes counts.
  const { publicKey, value } = signature;
  const strict = [publicKey, value].every(
    (b) => typeof b === 'string' && Buffer.from(b, 'base64').toString('base64') === b,
  );
  if (`${canonicalJson(parsed)}\n` !== text || !strict) throw new BenchmarkRefusal('tampered', { file });
  let good = false;
  try {
    const data = Buffer.from(canonicalJson(parsed.payload));
    good = verify(null, data, keyFromBase64(publicKey), Buffer.from(value, 'base64'));
  } catch {
    good = false;
  }
  if (!good) throw new BenchmarkRefusal('tampered', { file });
  return parsed;
}
