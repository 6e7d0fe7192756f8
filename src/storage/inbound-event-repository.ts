import { eq, lt, sql } from 'drizzle-orm';
import type { InboundEventRepository } from '../core/ports.js';
import type { Orm } from './orm.js';
import { inboundEvents } from './schema/index.js';

export function createInboundEventRepository(orm: Orm): InboundEventRepository {
  // Checked on every Slack event and view submission: prepared once.
  const insert = orm
    .insert(inboundEvents)
    .values({ key: sql.placeholder('key'), receivedAt: sql.placeholder('at') })
    .onConflictDoNothing()
    .prepare();
  const byKey = orm
    .select({ key: inboundEvents.key })
    .from(inboundEvents)
    .where(eq(inboundEvents.key, sql.placeholder('key')))
    .prepare();
  return {
    remember(key: string, at: string): boolean {
      return insert.run({ key, at }).changes > 0;
    },
    seen(key: string): boolean {
      return byKey.get({ key }) !== undefined;
    },
    forget(key: string): void {
      orm.delete(inboundEvents).where(eq(inboundEvents.key, key)).run();
    },
    pruneBefore(before: string): number {
      return orm.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before)).run().changes;
    },
  };
}
