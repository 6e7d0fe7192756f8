import type { PluginFactory } from '../platform-plugin.js';
import { createLocalGateway } from './local-gateway.js';

/** Local mode: the demo workspace's feed and the page at `/`. */
export const createLocalPlugin: PluginFactory = ({ runtime }) => ({
  gateway: createLocalGateway(runtime.store.feed, runtime.clock),
});
