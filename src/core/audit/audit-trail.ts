import type { AuditEntry, Clock, Store } from '../ports.js';

/** What admins do, written to `audit_log`: who (person key, or null for the CLI/system), what, when. */
export const AUDIT_ACTIONS = [
  'config.loaded',
  'post.now',
  'digest.requested',
  'data.exported',
  'data.forgotten',
  'backup.written',
  'backup.restored',
  'retention.ran',
  'links.revoked',
  'benchmark.exported',
  'benchmark.imported',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function createAuditTrail(deps: { store: Store; clock: Clock }) {
  return {
    async record(
      action: AuditAction,
      actorKey: string | null,
      details: Record<string, unknown> = {},
    ): Promise<void> {
      await deps.store.audit.append({ at: deps.clock.now().toISOString(), actorKey, action, details });
    },
    recent(limit = 50): Promise<AuditEntry[]> {
      return deps.store.audit.recent(limit);
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;

/** One line per entry for the CLI: time, actor, action, details. */
export function formatAuditEntry(entry: AuditEntry): string {
  const details = Object.keys(entry.details).length > 0 ? ` ${JSON.stringify(entry.details)}` : '';
  return `${entry.at}  ${entry.actorKey ?? 'cli/system'}  ${entry.action}${details}`;
}
