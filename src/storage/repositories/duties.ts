import { and, asc, eq, gt } from 'drizzle-orm';
import { type Kit, run } from '../kit.js';
import type { InnerRepositories } from '../sealed/inner-store.js';
import { RELEASED, takeOver } from './duty-lease-rules.js';

export function dutyRepository({ db, t }: Kit): InnerRepositories['duties'] {
  const { dutyLeases } = t;
  return {
    async acquire(name, owner, until, now) {
      // One statement, so two replicas racing for a free lease cannot both win (on PostgreSQL a second
      // replica inserting the same name waits for the first and then sees its row).
      const [row] = await db
        .insert(dutyLeases)
        .values({ name, owner, leaseUntil: until, token: 1 })
        .onConflictDoUpdate({ target: dutyLeases.name, ...takeOver(dutyLeases, { owner, until, now }) })
        .returning({ token: dutyLeases.token });
      return row ? { token: row.token } : null;
    },

    release: (name, owner) =>
      run(
        db
          .update(dutyLeases)
          .set({ leaseUntil: RELEASED })
          .where(and(eq(dutyLeases.name, name), eq(dutyLeases.owner, owner))),
      ),

    async held(owner, now) {
      return db
        .select({ name: dutyLeases.name, token: dutyLeases.token, until: dutyLeases.leaseUntil })
        .from(dutyLeases)
        .where(and(eq(dutyLeases.owner, owner), gt(dutyLeases.leaseUntil, now)))
        .orderBy(asc(dutyLeases.name));
    },
  };
}
