import type { Outcome } from '../core/conversation/index.js';

/** How the page's API answers each outcome of a use case (the body always carries the text). */
export const OUTCOME_STATUS: Record<Outcome, number> = {
  ok: 200,
  usage: 200,
  unknown_command: 200,
  closed: 409,
  already_decided: 409,
  not_accepted: 409,
  duplicate: 409,
  pulse_open: 409,
  unknown_pulse: 404,
  not_found: 404,
  unknown_schedule: 404,
  invalid_value: 400,
  bad_month: 400,
  not_allowed: 403,
  private_only: 403,
  not_yours: 403,
  try_again: 503,
};
