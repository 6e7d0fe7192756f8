import { and, eq, gt } from 'drizzle-orm';
import type { DutyLease, DutyRepository } from '../../core/ports.js';
import { RELEASED, takeOver } from '../duty-lease-rules.js';
import { first, type PgOrm, run } from './orm.js';
import { dutyLeases } from './schema/index.js';

export function createPgDutyRepository(orm: PgOrm): DutyRepository {
  return {
    acquire(name, owner, until, now) {
      // One statement: a second replica inserting the same name waits for the first and then sees its row.
      const row = first(
        orm
          .insert(dutyLeases)
          .values({ name, owner, leaseUntil: until, token: 1 })
          .onConflictDoUpdate({
            target: dutyLeases.name,
            ...takeOver(dutyLeases, { owner, until, now }),
          })
          .returning({ token: dutyLeases.token }),
      );
      return row ? { token: row.token } : null;
    },

    release(name, owner) {
      run(
        orm
          .update(dutyLeases)
          .set({ leaseUntil: RELEASED })
          .where(and(eq(dutyLeases.name, name), eq(dutyLeases.owner, owner))),
      );
    },

    held: (owner, now): DutyLease[] =>
      run(
        orm
          .select({ name: dutyLeases.name, token: dutyLeases.token, until: dutyLeases.leaseUntil })
          .from(dutyLeases)
          .where(and(eq(dutyLeases.owner, owner), gt(dutyLeases.leaseUntil, now)))
          .orderBy(dutyLeases.name),
      ),
  };
}
