// The signing lives in the core so the chat digest can carry a signed link; the web checks it here.
import type { Store } from '../core/ports.js';

export {
  type DashboardLinkParams,
  dashboardLinkKey,
  signDashboardLink,
  signedDashboardUrl,
  type VerifiedLink,
  verifyDashboardLink,
} from '../core/digest/dashboard-link.js';

/** Links made before this time (seconds) were revoked by `kulturpuls links revoke`; 0 when never. */
export function linksRevokedBefore(store: Store): number {
  const before = Number(store.audit.latest('links.revoked')?.details.before);
  return Number.isFinite(before) ? before : 0;
}
