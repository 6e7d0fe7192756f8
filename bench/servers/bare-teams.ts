// Interaction baseline: the Teams SDK App on express (its ExpressAdapter), unauthenticated like the
// bench's Kulturpuls, answering every adaptiveCard/action invoke with one fixed card of the same size.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express from 'express';
import { silentLogger } from '../../src/logger.js';
import { sdkLogger } from '../../src/teams/sdk-logger.js';
import { listenAndAnnounce } from './listen.js';

// A card of the same size as Kulturpuls' answer to the same invoke (measured by the bench and passed
// in CARD_BYTES), so both sides serialise and send the same amount.
const TARGET_BYTES = Number(process.env.CARD_BYTES ?? 0);
const base = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: '', wrap: true }] };
const CARD = {
  ...base,
  body: [
    {
      type: 'TextBlock',
      text: 'x'.repeat(Math.max(0, TARGET_BYTES - JSON.stringify(base).length)),
      wrap: true,
    },
  ],
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
// Plain card JSON, as Kulturpuls answers (the SDK types `value` as its card builder class).
teams.on('card.action', async () => ({
  statusCode: 200 as const,
  type: 'application/vnd.microsoft.card.adaptive' as const,
  value: CARD as never,
}));
await teams.initialize();
await listenAndAnnounce(web);
