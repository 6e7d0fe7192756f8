import { createHmac } from 'node:crypto';
import type { PersonKey } from '../records.js';

/**
 * Keyed pseudonym per person per pulse. The same person gets the same value within one pulse (so an
 * answer can be changed and not doubled) and unrelated values in different pulses (so answers
 * cannot be linked across pulses, even by someone with the database but without the secret).
 */
export function pulsePseudonym(secret: string, pulseId: string, person: PersonKey): string {
  return createHmac('sha256', secret).update(`pulse\n${pulseId}\n${person}`).digest('base64url');
}

/**
 * The same for one person in every pulse, for a store to serialize that person's votes only; it never
 * leaves the store's lock table, and without the secret it names nobody.
 */
export function voterLockKey(secret: string, person: PersonKey): string {
  return createHmac('sha256', secret).update(`vote-lock\n${person}`).digest('base64url');
}
