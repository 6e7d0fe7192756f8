import type { Actor } from '../core/people.js';
import type { SlackDeps } from './deps.js';
import type { HomeData } from './home.js';

/**
 * What App Home shows for one person, from the core's one home view; the admin part only for leads
 * and admins. A person Slack shows App Home before Kulturpuls met them is registered first.
 */
export async function loadHomeData(deps: SlackDeps, actor: Actor): Promise<HomeData> {
  const { core, upcoming } = deps;
  let view = await core.home(actor);
  if (!view) {
    await core.people.ensure(actor);
    view = await core.home(actor);
  }
  if (!view) throw new Error('App Home: the person was registered but cannot be read back');
  const { failed, ...home } = view;
  return { ...home, ...(failed ? { admin: { upcoming: upcoming(3), failed } } : {}) };
}
