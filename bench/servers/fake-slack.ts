// The tests' fake Slack Web API in its own process (so it does not share a core with the load
// generator). Prints its URL; answers `{ type: 'stats' }` over IPC with calls per method.
import { startFakeSlackApi } from '../../tests/support/fake-slack-api.js';

const fake = await startFakeSlackApi({ botToken: process.env.SLACK_BOT_TOKEN ?? '' });
const perMethod: Record<string, number> = {};
// The fake keeps every call and message; count them and let them go so memory stays flat.
setInterval(() => {
  for (const call of fake.calls) perMethod[call.method] = (perMethod[call.method] ?? 0) + 1;
  fake.calls.length = 0;
  fake.messages.length = 0;
}, 200).unref();
process.on('message', (message: { type?: string }) => {
  if (message.type !== 'stats') return;
  for (const call of fake.calls) perMethod[call.method] = (perMethod[call.method] ?? 0) + 1;
  fake.calls.length = 0;
  process.send?.({ type: 'stats', perMethod: { ...perMethod } });
});
process.stdout.write(`fake-slack ${fake.url}\n`);
process.once('SIGTERM', () => void fake.close().then(() => process.exit(0)));
