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
};

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
teams.on('card.action', async () => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: CARD,
}));
await teams.initialize();
await listenAndAnnounce(web);
