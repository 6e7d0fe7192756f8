// Interaction baseline: Bolt on the same ExpressReceiver and express 5 as Kulturpuls, same signing
// secret, doing the same platform I/O as a Kulturpuls vote and nothing else: it acknowledges and calls
// chat.postEphemeral on the same fake Web API (no database).
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
  authorize: async () => ({ botToken: process.env.SLACK_BOT_TOKEN ?? '', botId: 'BBOT', botUserId: 'UBOT' }),
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL ?? '' },
});
// About the size of Kulturpuls' confirmation (text plus two blocks).
const TEXT = 'Takk! Du svarte «Enig» på «Ledelsen hos oss viser tydelig at innovasjon er viktig.».';
bolt.action(/^kp_pulse_vote(:|$)/, async ({ ack, body, client }) => {
  await ack();
  const channel = 'channel' in body ? body.channel?.id : undefined;
  if (!channel) return;
  await client.chat.postEphemeral({
    channel,
    user: body.user.id,
    text: TEXT,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: TEXT } },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Svaret lagres uten navnet ditt.'.repeat(4) }] },
    ],
  });
});
const app = express();
app.use(receiver.router);
await listenAndAnnounce(app);
