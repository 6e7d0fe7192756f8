import { buildQuestionBank, type QuestionBank } from './bank/index.js';
import type { Capabilities } from './capabilities.js';
import { wrapperPerHandle } from './handle-wrapper.js';
import type { Clock, Logger, OutboxRepository, Repositories, Store } from './ports.js';
import type { Settings } from './settings.js';

export interface CoreDeps {
  store: Store;
  clock: Clock;
  settings: Settings;
  /** Keys the pulse pseudonyms (KULTURPULS_SECRET). */
  secret: string;
  logger: Logger;
  /** Wakes the outbox; the core calls it whenever it has queued something. */
  wakeOutbox?: () => void;
  /** What each platform can do, as its adapter declares it. */
  capabilities: Capabilities;
}

export interface CoreContext extends CoreDeps {
  bank: QuestionBank;
  nowIso(): string;
  newId(prefix: string): string;
}

/**
 * The store as the core sees it: queuing a delivery wakes the outbox once it is stored (and, inside a
 * transaction, once the transaction has committed), so no use case has to remember to.
 */
function wakingStore(store: Store, wake: (() => void) | undefined): Store {
  if (!wake) return store;
  let pending = false;
  const wakeSoon = () => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      wake();
    });
  };
  /** The repositories with an `enqueue` that calls `queued` when it stored a new delivery. */
  function waking<R extends Repositories>(repos: R, queued: () => void): R {
    const { outbox } = repos;
    const enqueue: OutboxRepository['enqueue'] = async (delivery, now) => {
      const added = await outbox.enqueue(delivery, now);
      if (added) queued();
      return added;
    };
    return { ...repos, outbox: { ...outbox, enqueue } };
  }
  const wakingHandle = wrapperPerHandle((tx: Repositories, running: () => { queued: boolean } | undefined) =>
    waking(tx, () => {
      const transaction = running();
      if (transaction) transaction.queued = true;
    }),
  );
  const transaction: Store['transaction'] = async (body, options) => {
    // A retried body may queue again: waking is idempotent, and it happens only after the commit.
    const running = { queued: false };
    const result = await store.transaction((tx) => body(wakingHandle(tx, running)), options);
    if (running.queued) wakeSoon();
    return result;
  };
  return { ...waking(store, wakeSoon), transaction };
}

export function createContext(deps: CoreDeps): CoreContext {
  const bank = buildQuestionBank(deps.settings.customQuestions, deps.settings.retiredQuestions);
  return {
    ...deps,
    store: wakingStore(deps.store, deps.wakeOutbox),
    bank,
    nowIso: () => deps.clock.now().toISOString(),
    newId: (prefix) => `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`,
  };
}
