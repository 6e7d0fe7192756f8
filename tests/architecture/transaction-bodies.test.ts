import { describe, expect, it } from 'vitest';
import { sourceFiles } from './layers.js';
import { storeUsesInTransactions, transactionViolations } from './transaction-bodies.js';

describe('transaction bodies', () => {
  it('use their own handle (tx), never the store: no store.<repo> inside a transaction in src/', () => {
    expect(transactionViolations(sourceFiles())).toEqual([]);
  });

  it('the check finds each way of reaching the store from a body, and nothing outside one', () => {
    const source = [
      'export async function vote(store: Store, deps: Deps, ctx: Ctx, runtime: Runtime) {',
      '  await store.pulses.get("p");', // 2: outside any transaction
      '  await store.transaction(async (tx) => {', // 3: the call itself is fine
      '    await tx.pulses.upsertAnswer(answer);', // 4: fine
      '    await store.pulses.countRespondent("p", null, true);', // 5
      '    const helper = async () => deps.store.people.get("k");', // 6: nested function
      '    await ctx.store.outbox.enqueue(delivery, now);', // 7
      '    await runtime.store.audit.append(entry);', // 8
      '  });',
      '  await this.store.transaction(function (tx) {', // 10
      '    return this.store.results.get("p");', // 11
      '  }, { exclusiveTo: "k" });',
      '  await db.transaction(async (tx) => tx.people.list());', // 13: fine
      '  await store.transaction(body);', // 14: not a function literal
      '  const other = { store: 1 }; other.store;', // 15: not in a body
      '}',
    ].join('\n');
    expect(storeUsesInTransactions('planted.ts', source)).toEqual([
      'planted.ts:5: store.pulses',
      'planted.ts:6: deps.store.people',
      'planted.ts:7: ctx.store.outbox',
      'planted.ts:8: runtime.store.audit',
      'planted.ts:11: this.store.results',
    ]);
  });

  it('a body that only uses tx passes', () => {
    const clean =
      'await store.transaction(async (tx) => { await tx.pulses.close(id, at); return tx.pulses.get(id); });';
    expect(storeUsesInTransactions('clean.ts', clean)).toEqual([]);
  });
});
