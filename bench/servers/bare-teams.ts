// Interaction baseline: the Teams SDK App on express (its ExpressAdapter), unauthenticated like the
// bench's Kulturpuls, answering every adaptiveCard/action invoke with one fixed card.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express from 'express';
import { silentLogger } from '../../src/logger.js';
import { sdkLogger } from '../../src/teams/sdk-logger.js';
import { listenAndAnnounce } from './listen.js';

const CARD = {
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: 'Takk! Du svarte «Enig».', wrap: true }],
} as const;

const web = express();
const teams = new App({
  clientId: '',
  clientSecret: '',
  tenantId: '',
  managedIdentityClientId: '',
  httpServerAdapter: new ExpressAdapter(web),
  dangerouslyAllowUnauthenticatedRequests: true,
  logger: sdkLogger(silentLogger),
  messagingEndpoint: '/api/messages',
});
// Plain card JSON, as Kulturpuls answers (the SDK types `value` as its card builder class).
teams.on('card.action', async () => ({
  statusCode: 200 as const,
  type: 'application/vnd.microsoft.card.adaptive' as const,
  value: CARD as never,
}));
await teams.initialize();
await listenAndAnnounce(web);
