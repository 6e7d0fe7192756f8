import type { PluginFactory } from '../platform-plugin.js';
import { mountLocalApi } from './local-api.js';
import { createLocalGateway } from './local-gateway.js';
import { createLocalState } from './local-state.js';
import { mountLocalPage } from './page/page-route.js';

/** Local mode: the demo workspace's feed, the page at `/` and its JSON API under `/local/api`. */
export const createLocalPlugin: PluginFactory = (context) => {
  const { core, clock, settings } = context;
  return {
    gateway: createLocalGateway(core.localFeed, clock),
    mount(app) {
      const state = createLocalState(context);
      mountLocalPage(app, { locale: () => settings.defaultLocale, people: () => state.people() });
      mountLocalApi(app, context, state);
    },
  };
};
