import { eq, lt } from 'drizzle-orm';
import type { InboundEventRepository } from '../../core/ports.js';
import { anyChanged, type Kit, p, rowsChanged, run } from '../kit.js';

export function inboundEventRepository({ db, t, prepared }: Kit): InboundEventRepository {
  const { inboundEvents } = t;
  // Checked on every Slack event and view submission: built once (see prepared.ts).
  const insert = prepared(() =>
    db
      .insert(inboundEvents)
      .values({ key: p('key'), receivedAt: p('at') })
      .onConflictDoNothing(),
  );
  const byKey = prepared(() =>
    db
      .select({ key: inboundEvents.key })
      .from(inboundEvents)
      .where(eq(inboundEvents.key, p('key'))),
  );
  return {
    remember: (key, at) => anyChanged(insert({ key, at })),
    async seen(key) {
      return (await byKey({ key })).length > 0;
    },
    forget: (key) => run(db.delete(inboundEvents).where(eq(inboundEvents.key, key))),
    pruneBefore: (before) =>
      rowsChanged(db.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before))),
  };
}
