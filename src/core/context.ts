import { buildQuestionBank, type QuestionBank } from './bank/index.js';
import type { Clock, Logger, Store } from './ports.js';
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
}

export interface CoreContext extends CoreDeps {
  bank: QuestionBank;
  nowIso(): string;
  newId(prefix: string): string;
}

/**
 * The store as the core sees it: queuing a delivery wakes the outbox once the current synchronous
 * work (and so its transaction) is over, so no use case has to remember to.
 */
function wakingStore(store: Store, wake: (() => void) | undefined): Store {
  if (!wake) return store;
  let pending = false;
  const enqueue: Store['outbox']['enqueue'] = (delivery, now) => {
    const added = store.outbox.enqueue(delivery, now);
    if (added && !pending) {
      pending = true;
      queueMicrotask(() => {
        pending = false;
        wake();
      });
    }
    return added;
  };
  return { ...store, outbox: { ...store.outbox, enqueue } };
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
