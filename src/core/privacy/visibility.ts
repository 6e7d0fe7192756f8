import type { Nomination, PersonKey } from '../records.js';
import type { Role } from '../vocabulary.js';

/**
 * Who may see what, decided once. Every surface and format (Slack App Home and replies, Teams cards
 * and chat, the local page, `mydata` and the export, the digest) asks these rules; none decides itself.
 * PRIVACY.md section 3 states the same rules in words.
 */

/**
 * Where a text is seen: by the one person it answers (a personal chat, Slack's ephemeral reply,
 * App Home, the local page, an export) or by everyone in a channel or group chat.
 */
export type Place = 'private' | 'shared';

export interface Viewer {
  /** Null for a reader who is nobody in particular (the digest's reader, a channel). */
  key: PersonKey | null;
  roles: ReadonlySet<Role>;
}

/** Managers, leads and admins: they may recognise a nomination, so they see the pending list. */
export function mayRecognise(roles: ReadonlySet<Role>): boolean {
  return roles.has('manager') || roles.has('lead') || roles.has('admin');
}

/**
 * One nomination, whole (names, dimension, reason, state) or not at all:
 * - recognised: it was posted to the channels; anyone, anywhere;
 * - declined: the nominee only. The consent request promises "never shown", so the nominator no
 *   longer sees it at all (not as "awaiting" either: that would be untrue);
 * - awaiting consent: the nominee and the nominator, privately. Leads do not see it before the
 *   nominee said yes ("now visible to the innovation leads" is what the yes answers);
 * - accepted (not yet recognised): the nominee, the nominator, and managers, leads and admins,
 *   privately.
 */
export function maySeeNomination(nomination: Nomination, viewer: Viewer, place: Place): boolean {
  if (nomination.status === 'recognised') return true;
  if (place === 'shared') return false;
  const is = (key: PersonKey | null) => viewer.key !== null && viewer.key === key;
  if (nomination.status === 'declined') return is(nomination.nomineeKey);
  if (is(nomination.nomineeKey) || is(nomination.nominatorKey)) return true;
  return nomination.status === 'accepted' && mayRecognise(viewer.roles);
}

/** The nominations of a list that `viewer` may see in `place`. */
export function visibleNominations<T extends Nomination>(list: T[], viewer: Viewer, place: Place): T[] {
  return list.filter((n) => maySeeNomination(n, viewer, place));
}

export type ListAccess = 'shown' | 'not_allowed' | 'private_only';

/** The list of nominations waiting for recognition: managers, leads and admins, never in a channel. */
export function pendingListAccess(viewer: Viewer, place: Place): ListAccess {
  if (!mayRecognise(viewer.roles)) return 'not_allowed';
  return place === 'private' ? 'shown' : 'private_only';
}

/**
 * Commands whose answer names a person or shows what only its reader may see: the pending list,
 * anonymous comments and their conversations, a person's own data, failed deliveries (they name
 * people a consent request did not reach) and the digest (its link is the lead's own). In a channel
 * they are answered with a hint to use the personal chat instead.
 */
export const PRIVATE_ANSWERS: ReadonlySet<string> = new Set([
  'recognise',
  'comments',
  'reply',
  'hide',
  'end',
  'mydata',
  'forget',
  'deliveries',
  'digest',
]);

export function answerAllowed(command: string, place: Place): boolean {
  return place === 'private' || !PRIVATE_ANSWERS.has(command);
}

/** The digest is the leads' report: what a lead may see privately, never a declined or unconsented one. */
export const DIGEST_READER: Viewer = { key: null, roles: new Set<Role>(['lead']) };

/** What a channel member sees of a digest's nominations (a digest link made for a channel). */
export const CHANNEL_READER: Viewer = { key: null, roles: new Set<Role>(['employee']) };
