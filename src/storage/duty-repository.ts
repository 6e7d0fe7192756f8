import { and, eq, gt } from 'drizzle-orm';
import type { DutyLease, DutyRepository } from '../core/ports.js';
import { RELEASED, takeOver } from './duty-lease-rules.js';
import type { Orm } from './orm.js';
import { dutyLeases } from './schema/index.js';

export function createDutyRepository(orm: Orm): DutyRepository {
  return {
    acquire(name, owner, until, now) {
      // One statement, so two replicas racing for a free lease cannot both win.
      const row = orm
        .insert(dutyLeases)
        .values({ name, owner, leaseUntil: until, token: 1 })
        .onConflictDoUpdate({
          target: dutyLeases.name,
          ...takeOver(dutyLeases, { owner, until, now }),
        })
        .returning({ token: dutyLeases.token })
        .get();
      return row ? { token: row.token } : null;
    },

    release(name, owner) {
      orm
        .update(dutyLeases)
        .set({ leaseUntil: RELEASED })
        .where(and(eq(dutyLeases.name, name), eq(dutyLeases.owner, owner)))
        .run();
    },

    held(owner, now): DutyLease[] {
      return orm
        .select({ name: dutyLeases.name, token: dutyLeases.token, until: dutyLeases.leaseUntil })
        .from(dutyLeases)
        .where(and(eq(dutyLeases.owner, owner), gt(dutyLeases.leaseUntil, now)))
        .orderBy(dutyLeases.name)
        .all();
    },
  };
}
