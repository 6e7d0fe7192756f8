// The whole app in this process with a pulse open on one Slack and one Teams channel, and a vote
// that clicks on both: the fault tests break the database underneath and see what a person gets.
import { ACTIONS } from '../../src/core/message.js';
import { appRows } from '../support/app-database.js';
import type { FakeTeamsConnector } from '../support/fake-teams-connector.js';
import { waitFor } from '../support/process-harness.js';
import {
  fanoutConfig,
  type Rig,
  type reliabilityRig,
  seedTeamsConversations,
} from '../support/reliability-fixtures.js';
import { buttonClick, sendInteraction } from '../support/slack-requests.js';
import { cardActionActivity, teamsUser } from '../support/teams-activities.js';

export type VoteRig = Awaited<ReturnType<typeof startVoteRig>>;

/** The vote rig's fakes and workspace (a migrated database), whose environment a test may change before `startVoteRig`. */
export function setUpVoteRig(rig: ReturnType<typeof reliabilityRig>, options: { dataDir?: string } = {}) {
  return rig.setUp({ ...options, config: fanoutConfig({ slack: 1, teams: 1 }), teams: true });
}

/** Starts the app (stopped after the test) and opens a pulse on both channels. */
export async function startVoteRig(setup: Rig<FakeTeamsConnector>) {
  const { ws, slack: fakeSlack, teams: fakeTeams } = setup;
  await seedTeamsConversations(ws, 1, fakeTeams.url);
  const running = await setup.startApp();
  const schedule = running.app.runtime.settings.schedules[0];
  if (!schedule) throw new Error('no schedule');
  await running.app.runtime.core.occurrences.fire(schedule, running.clock.now(), { force: true });
  await running.app.drain();
  const pulse = (await running.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  const question = pulse.questionIds[0] as string;
  const rows = async () =>
    (
      await appRows<{ n: number }>(
        running.app.runtime,
        // Participation waits for a batch; the vote's own writes are the answer and the sector count.
        `SELECT (SELECT COUNT(*) FROM pulse_answers)
        + (SELECT coalesce(SUM(respondents), 0) FROM pulse_respondents) AS n`,
      )
    )[0] as { n: number };
  let n = 0;
  const vote = async () => {
    n += 1;
    const click = buttonClick(
      `USTORE${n}`,
      'CFAN0000',
      `${ACTIONS.pulseVote}:${question}:4`,
      `${pulse.id}|${question}|4`,
    );
    const before = fakeSlack.callsTo('chat.postEphemeral').length;
    const slackAck = await sendInteraction(running.base, click);
    await waitFor(() => fakeSlack.callsTo('chat.postEphemeral').length > before, 'the Slack reply');
    const slackText = JSON.stringify(fakeSlack.callsTo('chat.postEphemeral').at(-1)?.args);
    const activity = cardActionActivity(fakeTeams.url, teamsUser('Tove', n), ACTIONS.pulseVote, {
      pulseId: pulse.id,
      questionId: question,
      value: 4,
    });
    const res = await fetch(`${running.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const teamsText = await res.text();
    return { slackAck: slackAck.status, slackText, teamsStatus: res.status, teamsText };
  };
  return { ...running, rows, vote, pulse, dbPath: ws.dbPath };
}
