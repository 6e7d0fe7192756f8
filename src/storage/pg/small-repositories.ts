import { and, desc, eq, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type {
  AuditEntry,
  AuditRepository,
  InboundEventRepository,
  PulseResultsRepository,
} from '../../core/ports.js';
import { changes, first, type PgOrm, run } from './orm.js';
import { auditLog, inboundEvents, pulseResults } from './schema/index.js';

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

export function createPgPulseResultsRepository(orm: PgOrm): PulseResultsRepository {
  return {
    create: (pulseId, dueAt) =>
      changes(orm.insert(pulseResults).values({ pulseId, dueAt }).onConflictDoNothing()) > 0,
    get: (pulseId) => first(orm.select().from(pulseResults).where(eq(pulseResults.pulseId, pulseId))),
    setNote(pulseId, note, at) {
      run(orm.update(pulseResults).set({ note, notedAt: at }).where(eq(pulseResults.pulseId, pulseId)));
    },
    readyToShare: (now) =>
      run(
        orm
          .select()
          .from(pulseResults)
          .where(
            and(
              isNull(pulseResults.sharedAt),
              or(lte(pulseResults.dueAt, now), isNotNull(pulseResults.note)),
            ),
          ),
      ),
    markShared: (pulseId, at) =>
      changes(
        orm
          .update(pulseResults)
          .set({ sharedAt: at })
          .where(and(eq(pulseResults.pulseId, pulseId), isNull(pulseResults.sharedAt))),
      ) > 0,
  };
}
