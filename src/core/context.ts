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
}

export interface CoreContext extends CoreDeps {
  bank: QuestionBank;
  nowIso(): string;
  newId(prefix: string): string;
}

export function createContext(deps: CoreDeps): CoreContext {
  const bank = buildQuestionBank(deps.settings.customQuestions, deps.settings.retiredQuestions);
  return {
    ...deps,
    bank,
    nowIso: () => deps.clock.now().toISOString(),
    newId: (prefix) => `${prefix}_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`,
  };
}
