import type { Core } from '../core/core.js';
import type { Logger } from '../core/ports.js';
import { personKey } from '../core/records.js';
import { settledWithin } from '../core/settled-within.js';
import type { TeamsConnector } from './gateway.js';
import { localeFromTeams } from './locale.js';
import type { InboundActivity } from './parse.js';
import { lookupTeamsMember } from './roster.js';

const LOOKUP_BUDGET_MS = 2_500;

/**
 * Who a Teams person is beyond the activity: the roster gives their e-mail (roles may be given by
 * e-mail, from the first message on), and their Teams language is theirs until they choose one.
 * Looked up once per person and process; a slow or failing roster never holds the answer up long.
 */
export function createTeamsIdentity(
  deps: { people: Pick<Core['people'], 'get' | 'ensure' | 'setLocale'>; logger: Logger },
  connector: Pick<TeamsConnector, 'getMember'>,
) {
  const looked = new Set<string>();

  async function lookUp(activity: InboundActivity, userId: string): Promise<void> {
    const { serviceUrl, conversation, from } = activity;
    if (!serviceUrl || !conversation?.id || !from?.id) return;
    const lookup = { serviceUrl, conversationId: conversation.id.split(';')[0] ?? '', userId: from.id };
    const member = await lookupTeamsMember(connector, lookup).catch((error: unknown) => {
      deps.logger.warn('teams roster look-up failed', { error: String(error) });
      return undefined;
    });
    if (member?.email) await deps.people.ensure({ platform: 'teams', userId, email: member.email });
  }

  return {
    /** Before the person's first command: their language, and their e-mail within a short budget. */
    async met(activity: InboundActivity): Promise<void> {
      const userId = activity.from?.aadObjectId ?? activity.from?.id;
      if (!userId || looked.has(userId)) return;
      looked.add(userId);
      const key = personKey('teams', userId);
      const known = await deps.people.get(key);
      if (!known) {
        await deps.people.ensure({
          platform: 'teams',
          userId,
          ...(activity.from?.name ? { displayName: activity.from.name } : {}),
        });
        const locale = localeFromTeams(activity.locale);
        if (locale) await deps.people.setLocale(key, locale);
      }
      if (known?.email) return;
      await settledWithin(lookUp(activity, userId), LOOKUP_BUDGET_MS);
    },
  };
}

export type TeamsIdentity = ReturnType<typeof createTeamsIdentity>;
