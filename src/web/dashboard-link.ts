// The signing lives in the core so the chat digest can carry a signed link; the web checks it here.
export {
  type DashboardLinkParams,
  signDashboardLink,
  signedDashboardUrl,
  verifyDashboardLink,
} from '../core/digest/dashboard-link.js';
