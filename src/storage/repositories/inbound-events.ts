import { eq, lt } from 'drizzle-orm';
import type { InboundEventRepository } from '../../core/ports.js';
import { changed, type Kit, p } from '../kit.js';

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
    async remember(key, at) {
      return changed(await insert({ key, at })) > 0;
    },
    async seen(key) {
      return (await byKey({ key })).length > 0;
    },
    async forget(key) {
      await db.delete(inboundEvents).where(eq(inboundEvents.key, key));
    },
    async pruneBefore(before) {
      return changed(await db.delete(inboundEvents).where(lt(inboundEvents.receivedAt, before)));
    },
  };
}
