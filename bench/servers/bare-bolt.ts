// Interaction baseline: Bolt on the same ExpressReceiver and express 5 as Kulturpuls, same signing
// secret; it only acknowledges pulse-vote block_actions (no database, no Web API call).
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import express from 'express';
import { listenAndAnnounce } from './listen.js';

const receiver = new ExpressReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  endpoints: '/slack/events',
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const bolt = new App({
  receiver,
  authorize: async () => ({ botToken: 'xoxb-bench-0000', botId: 'BBOT', botUserId: 'UBOT' }),
  logLevel: LogLevel.ERROR,
});
bolt.action(/^kp_pulse_vote(:|$)/, async ({ ack }) => {
  await ack();
});
const app = express();
app.use(receiver.router);
await listenAndAnnounce(app);
