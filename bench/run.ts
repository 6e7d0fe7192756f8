// `npm run bench`: the four benchmarks of issue 7 and PostgreSQL beside SQLite (issue 16), one table,
// written to bench/RESULTS.md. Traffic stays on 127.0.0.1; every load run is bounded in time and in count.
// `BENCH_ONLY=postgres` runs section 5 alone (with the digest it compares against) and writes nothing;
// `BENCH_ONLY=interaction` runs section 1 alone, likewise; `BENCH_ONLY=startup` runs section 4's start-up
// and idle rows alone (without the RSS after section 1's rush).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { digestBench } from './digest/digest-bench.js';
import { fanoutBench } from './fanout/fanout-bench.js';
import { footprintBench } from './footprint/footprint-bench.js';
import { interactionBench, ROUNDS } from './interaction/interaction-bench.js';
import { profileServer } from './interaction/profile-server.js';
import { describeMachine } from './lib/machine.js';
import { compareWithPrevious } from './lib/previous.js';
import { PINNING, ROOT, spawnTs } from './lib/proc.js';
import { formatTable, type Row } from './lib/table.js';
import { NOTES, NOTES_WRITTEN } from './notes.js';
import { postgresBench } from './postgres/postgres-bench.js';

const FANOUT = { people: 5_000, perMinute: 6_000 };

const RESULTS = join(ROOT, 'bench', 'RESULTS.md');
// Comparisons with earlier runs come from the earlier results file, read before it is overwritten.
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
const started = performance.now();
const machine = describeMachine();
const stamp = new Date().toISOString();
const step = (name: string) =>
  process.stdout.write(`[${((performance.now() - started) / 1000).toFixed(0)} s] ${name}\n`);
const missed = (rows: Row[]) => rows.some((r) => r.pass === false);

if (process.env.BENCH_ONLY === 'postgres') {
  step('3 digest at scale (SQLite, for section 5)');
  const sqlite = await digestBench();
  step('5 PostgreSQL beside SQLite');
  const pgOnly = await postgresBench(sqlite.figures);
  process.stdout.write(`\n${formatTable([...sqlite.rows, ...pgOnly.rows])}\n\n${pgOnly.log.join('\n')}\n`);
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'interaction') {
  step('1 interaction path alone (Slack block_actions, Teams adaptiveCard/action)');
  const alone = await interactionBench();
  process.stdout.write(`\n${formatTable(alone.rows)}\n`);
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'startup') {
  step('4 footprint alone (start-up, idle RSS)');
  const alone = await footprintBench();
  process.stdout.write(`\n${formatTable(alone.rows)}\n\n${alone.log.join('\n')}\n`);
  process.exit(0);
}

step('1 interaction path (Slack block_actions, Teams adaptiveCard/action)');
const interaction = await interactionBench();
step('2 fan-out (5,000 DMs against a rate-limited Slack API)');
const fanout = await fanoutBench(FANOUT);
step('3 digest at scale (10,000 people, 12 months)');
const digest = await digestBench();
step('4 footprint (start-up, idle RSS, RSS after the rush)');
const footprint = await footprintBench(interaction.afterRush);
step('5 PostgreSQL beside SQLite (digest, votes through 1 and 3 replicas, /healthz while slow)');
const postgres = await postgresBench(digest.figures);

/** Paragraphs of the notes; a code block is one paragraph. */
const notes: string[] = [];
const note = (text: string) => `*Note, written ${NOTES_WRITTEN} (prose, not measured by this run):* ${text}`;
const code = (lines: string[]) => ['```', ...lines, '```'].join('\n');
if (missed(interaction.rows)) {
  step('profiling the server (a target of section 1 was missed)');
  notes.push(
    note(NOTES.interaction),
    code([...(await profileServer('slack')), ...(await profileServer('teams'))]),
  );
}
notes.push(note(NOTES.votePath));
if (missed(fanout.rows)) notes.push(note(NOTES.fanout));
if (missed(digest.rows)) notes.push(note(NOTES.digest), ...digest.findings, code(digest.notes));
if (missed(postgres.rows)) notes.push(note(NOTES.postgres));
if (missed(footprint.rows)) {
  const costs = spawnTs('bench/footprint/import-costs.ts', []);
  const line = (await costs.waitFor(/^\[.*\]$/m, 60_000))[0];
  await costs.exited;
  const steps = JSON.parse(line) as { step: string; ms: number; rssMb: number }[];
  notes.push(
    NOTES.footprint,
    code([
      'Import cost, in start-up order (node --import tsx, one process):',
      ...steps.map(
        (s) => `    ${s.step.padEnd(38)} +${s.ms.toFixed(0).padStart(4)} ms   RSS ${s.rssMb.toFixed(0)} MB`,
      ),
    ]),
  );
}

const rows = [...interaction.rows, ...fanout.rows, ...digest.rows, ...footprint.rows, ...postgres.rows];
const table = formatTable(rows);
const totalS = (performance.now() - started) / 1000;
const log = [...interaction.log, ...fanout.log, ...digest.log, ...footprint.log, ...postgres.log];
process.stdout.write(`\n${table}\n\nTotal bench time ${totalS.toFixed(0)} s\n`);

const md = `# Kulturpuls benchmarks

Latest \`npm run bench\` (${stamp}, ${totalS.toFixed(0)} s). Every ratio is Kulturpuls against a baseline
measured in the same run on the same machine.

## Machine

- CPU: ${machine.cpuModel} (\`nproc\`: ${machine.nproc})
- Memory: ${machine.memory}
- Node ${machine.node} on ${machine.platform}
- Load generator (autocannon), fake platform APIs and servers share these cores; servers run as child
  processes (\`node --import tsx src/main.ts start\`), on a real SQLite file in WAL mode.
- ${PINNING ? `The fake Slack Web API runs pinned to CPU ${PINNING.fake}, the servers to CPU ${PINNING.servers} (\`taskset\`); the load generator is not pinned.` : 'No CPU pinning (no `taskset` or a single CPU).'}
- Section 1 runs every level ${ROUNDS} times, Kulturpuls and its baseline in alternating order, and reports the median round.

## Results

${table}

## What was measured

1. **Interaction path**: correctly signed Slack \`block_actions\` pulse votes and Teams
   \`adaptiveCard/action\` invokes (autocannon; every other request is a person's first answer in the
   pulse, the others the same person changing that answer — on Teams too, as the same Azure AD person;
   the 20,000 voters are stored people who have met the bot before, as every employee is after their
   first week, so a vote makes the same platform calls as the baselines': no welcome DM), per level at 1/10/50/100
   connections, then paced at 500 req/s with 50 connections, against \`kulturpuls start\` (Slack over
   HTTP, Teams unauthenticated, the tests' fake Slack Web API in its own process). The baselines do the
   same platform I/O and nothing else: a bare Bolt app on the same ExpressReceiver/express with the same
   signing secret that acknowledges and calls \`chat.postEphemeral\` on the same fake, and a bare
   \`@microsoft/teams.apps\` App (ExpressAdapter, unauthenticated) answering every invoke with a card
   of the same byte size as Kulturpuls' answer (measured at the start of the run). "Saturated
   throughput" is the best level of each.
2. **Fan-out**: ${FANOUT.people.toLocaleString('en-US')} pulse reminder DMs (\`reminders.queueDue\`) plus the pulse's channel post
   delivered by \`kulturpuls start\`'s own scheduler and outbox against a local Slack Web API that
   limits each method to ${FANOUT.perMinute.toLocaleString('en-US')}/min (a tier-style limit scaled up tenfold from 600/min so the floor is
   about 50 s; token bucket with one second of burst) and answers 429 + Retry-After. Floor =
   (posts − burst) / rate; time is first call to last accepted post, at the fake. Lost and duplicated
   are counted per idempotency key at the fake.
3. **Digest**: \`kulturpuls demo-data --members 10000 --months 12\` (cached in bench/work/digest),
   \`core.digests.forMonth\` for last month on a fresh core (it includes the 12-month trend), warm, and
   for all 12 months. Baseline for the target: hand-written SQL for the same figures the digest needs
   (the closed pulses of the trend year, their cells per pulse × statement × sector × value — the
   month's among them —, the month's participation per sector, people per sector), timed together in
   one process. Second reference line: one \`GROUP BY question_id, sector, value\` over the month's
   closed pulses (and over the 12 months, grouped by month), which leaves out the trend and the
   participation. Peak memory is VmHWM of each child process.
4. **Footprint**: spawn to \`/healthz\` 200 and RSS 3 s later, against a bare express server started the
   same way, with Slack (HTTP) and Teams configured. The targets apply to what \`npm start\` runs: the
   build (\`npm run build\`, the same \`dist/\` as a release) on plain node. The server listens before
   the platform SDKs load; spawn to the time \`/healthz\` no longer shows a platform loading is shown
   beside it. The sources through tsx (\`npm run dev\`) are shown for reference. "After the rush" is the section 1
   server's RSS at the end of its load (peak in brackets).
5. **PostgreSQL beside SQLite**: a throwaway cluster (\`scripts/pg-test-cluster.sh\`: initdb in a temp
   folder, fsync off, 127.0.0.1). The digest rows copy section 3's demo data (10,000 people, 12 months)
   into it and time \`core.digests.forMonth\` on the PostgreSQL store against section 3's SQLite figures,
   and against the same hand-written SQL as section 3 run through node-postgres on the same database
   (the target). The vote rows send 3,000 signed Slack votes with 30 connections (half new voters, half
   the same voters changing their answer) through a small round-robin HTTP proxy
   (tests/support/round-robin-proxy.ts) to one and to three \`kulturpuls start\` replicas, on one SQLite
   file and on one PostgreSQL database (a fresh one per run): votes/s of one PostgreSQL replica against
   one SQLite process, of three PostgreSQL replicas against one (three SQLite replicas for reference);
   stored answers are counted in the database, replies at the fake Slack API. The \`/healthz\` rows run
   one \`kulturpuls start\` on PostgreSQL, its own limits as shipped, its connection through
   tests/support/hanging-proxy.ts; this process polls \`/healthz\` every 100 ms (each answer timed from
   request to parsed body) for 2 s with nothing wrong, while another session holds \`LOCK TABLE
   pulse_answers, pulses IN ACCESS EXCLUSIVE MODE\` for 4 s, and while the proxy passes nothing on for
   30 s (a server that accepts and never answers); during both faults 5 connections send signed votes.
   The event-loop row is read inside that server (a preloaded 10 ms timer,
   bench/postgres/loop-gaps.ts): the longest gap between two ticks in each phase.

## What bounds it / what would move it

${notes.length ? notes.join('\n\n') : 'Every target was met.'}

## Compared with the previous run

${compareWithPrevious(previous, rows)}

## Run log

\`\`\`
${log.join('\n')}
\`\`\`
`;
writeFileSync(RESULTS, md);
step('wrote bench/RESULTS.md');
