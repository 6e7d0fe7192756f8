import { desc, eq } from 'drizzle-orm';
import type { AuditEntry, AuditRepository } from '../core/ports.js';
import type { Orm } from './orm.js';
import { auditLog } from './schema/index.js';

export function createAuditRepository(orm: Orm): AuditRepository {
  return {
    append(entry: Omit<AuditEntry, 'id'>): void {
      orm
        .insert(auditLog)
        .values({ at: entry.at, actorKey: entry.actorKey, action: entry.action, details: entry.details })
        .run();
    },
    latest(action: string): AuditEntry | undefined {
      const row = orm
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, action))
        .orderBy(desc(auditLog.id))
        .limit(1)
        .get();
      return row ? { ...row, details: row.details ?? {} } : undefined;
    },
    recent(limit: number): AuditEntry[] {
      return orm
        .select()
        .from(auditLog)
        .orderBy(desc(auditLog.at), desc(auditLog.id))
        .limit(limit)
        .all()
        .map((row) => ({ ...row, details: row.details ?? {} }));
    },
  };
}
