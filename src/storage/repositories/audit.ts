import { desc, eq } from 'drizzle-orm';
import type { AuditEntry, AuditRepository } from '../../core/ports.js';
import { type Kit, run } from '../kit.js';

const toEntry = (row: Kit['t']['auditLog']['$inferSelect']): AuditEntry => ({
  ...row,
  details: row.details ?? {},
});

export function auditRepository({ db, t }: Kit): AuditRepository {
  const { auditLog } = t;
  return {
    append: (entry) =>
      run(
        db
          .insert(auditLog)
          .values({ at: entry.at, actorKey: entry.actorKey, action: entry.action, details: entry.details }),
      ),
    async latest(action) {
      const [row] = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, action))
        .orderBy(desc(auditLog.id))
        .limit(1);
      return row ? toEntry(row) : undefined;
    },
    async recent(limit) {
      const rows = await db
        .select()
        .from(auditLog)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit);
      return rows.map(toEntry);
    },
  };
}
