import type { webApi } from '@slack/bolt';
import type { Actor } from '../core/people.js';
import type { SlackDeps } from './deps.js';
import { homeBlocks } from './home.js';
import { loadHomeData } from './home-data.js';
import { homeSettingsBlocks } from './home-settings-blocks.js';
import { renderHome } from './render-home.js';
import { createUserNames, type UserNames } from './user-names.js';

// One name cache per running app (the runtime), not per request.
const namesByApp = new WeakMap<object, UserNames>();

/** Builds and publishes one person's App Home; nominees Kulturpuls has not met are named via users.info. */
export async function publishHome(deps: SlackDeps, client: webApi.WebClient, actor: Actor): Promise<void> {
  const data = await loadHomeData(deps, actor);
  const missing = [...data.nominations, ...(data.awaiting ?? [])].flatMap((n) =>
    // A nominee Kulturpuls has not met is stored without a name until they come by themselves.
    n.nomineeKey?.startsWith('slack:') && !data.names.has(n.nomineeKey) ? [n.nomineeKey.slice(6)] : [],
  );
  if (missing.length > 0) {
    const names = namesByApp.get(deps.core) ?? createUserNames();
    namesByApp.set(deps.core, names);
    for (const [id, name] of await names.lookup(client, missing)) data.names.set(`slack:${id}`, name);
  }
  const settings = homeSettingsBlocks(data.person, data.locale, deps.settings.sectors);
  const view = renderHome(homeBlocks(data), deps.renderOptions(data.locale), settings);
  await client.views.publish({ user_id: actor.userId, view });
}
