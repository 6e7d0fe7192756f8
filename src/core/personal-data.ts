import type { CoreContext } from './context.js';
import type { PersonKey } from './records.js';

/**
 * What the bot stores about one person. Pulse answers are not in it: they are kept under a
 * per-pulse pseudonym and cannot be found from the person (only that they took part).
 */
export function createPersonalData(ctx: CoreContext) {
  const { store } = ctx;
  return {
    export(key: PersonKey) {
      return {
        person: store.people.get(key) ?? null,
        stories: store.content.storiesBy(key),
        reflections: store.content.reflectionsBy(key),
        nominations: store.content.nominationsOf(key),
        note: 'pulse-answers-are-pseudonymous',
      };
    },

    /** Erases the person and their attributed content; pseudonymous pulse answers stay in the aggregates. */
    forget(key: PersonKey): { removed: number } {
      return store.transaction(() => {
        const removed = store.content.forget(key) + store.pulses.forgetParticipant(key);
        store.people.delete(key);
        return { removed: removed + 1 };
      });
    },
  };
}
