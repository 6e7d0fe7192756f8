import { desc, eq, lt } from 'drizzle-orm';
import type { AuditEntry, AuditRepository, InboundEventRepository } from '../../core/ports.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { auditLog, inboundEvents } from './schema/index.js';

export function createPgInboundEventRepository(orm: PgOrm): InboundEventRepository {
  return {
    remember: (key, at) =>
      changes(orm.insert(inboundEvents).values({ key, receivedAt: at }).onConflictDoNothing()) > 0,
    seen: (key) =>
      first(orm.select({ key: inboundEvents.key }).from(inboundEvents).where(eq(inboundEvents.key, key))) !==
      undefined,
    forget(key) {
      run(orm.delete(inboundEvents).where(eq(inboundEvents.key, key)));
    },
    pruneBefore: (before) => changes(orm.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before))),
  };
}

export function createPgAuditRepository(orm: PgOrm): AuditRepository {
  const toEntry = (row: typeof auditLog.$inferSelect): AuditEntry => ({ ...row, details: row.details ?? {} });
  return {
    append(entry) {
      run(
        orm
          .insert(auditLog)
          .values({ at: entry.at, actorKey: entry.actorKey, action: entry.action, details: entry.details }),
      );
    },
    latest(action) {
      const row = first(
        orm.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.id)).limit(1),
      );
      return row ? toEntry(row) : undefined;
    },
    recent: (limit) =>
      run(orm.select().from(auditLog).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit)).map(
        toEntry,
      ),
  };
}
