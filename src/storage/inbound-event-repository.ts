import { eq, lt } from 'drizzle-orm';
import type { InboundEventRepository } from '../core/ports.js';
import type { Orm } from './orm.js';
import { inboundEvents } from './schema/index.js';

export function createInboundEventRepository(orm: Orm): InboundEventRepository {
  return {
    remember(key: string, at: string): boolean {
      return (
        orm.insert(inboundEvents).values({ key, receivedAt: at }).onConflictDoNothing().run().changes > 0
      );
    },
    seen(key: string): boolean {
      return (
        orm.select({ key: inboundEvents.key }).from(inboundEvents).where(eq(inboundEvents.key, key)).get() !==
        undefined
      );
    },
    forget(key: string): void {
      orm.delete(inboundEvents).where(eq(inboundEvents.key, key)).run();
    },
    pruneBefore(before: string): number {
      return orm.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before)).run().changes;
    },
  };
}
