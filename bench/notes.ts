// "What bounds it / what would move it" for each missed target, from the profiles and breakdowns of
// this bench (bench/RESULTS.md). Figures in the table are this run's; these notes explain them.

export const NOTES = {
  interaction: `**Interaction (Slack and Teams votes).** The server is CPU-bound: on this 2-core machine the
load generator, the fake Slack API and the server share the cores, and a Kulturpuls vote costs
several times the CPU of a bare acknowledgement (see the throughput ratios). The bare apps do
nothing after parsing; a Slack vote re-verifies
the signature (request gate, then Bolt), runs a write transaction (people upsert + read back, pulse
read, answer upsert, participation insert, all through drizzle-orm, which builds and prepares the SQL
on every call — \`prepare\` in better-sqlite3 and drizzle's query builder are the top self-time entries),
renders the confirmation and makes an outbound \`chat.postEphemeral\` HTTP call (undici/axios).
A Teams invoke does the same vote synchronously plus the activity dedupe row, the conversation upsert
and the stored invoke response, and renders the personal card with the voter's answers. At a paced 500 req/s the server
runs at roughly two thirds of its saturated throughput on these cores, so requests queue behind vote
work and garbage collection (~7% of the profile), which is what p99 shows.
What would move it: prepared statements kept per repository (drizzle \`.prepare()\` or raw
better-sqlite3 statements) for the vote path (people upsert, pulse get, answer upsert, participation,
locale); reading the person once per vote (upsert … RETURNING instead of upsert + get, and reuse it
for the locale); caching the open pulse by id (it only changes when it closes); for Teams, one write
transaction for dedupe + conversation + vote + response; skipping the second signature check (Bolt's
receiver verifies again after the gate); on more cores, running the load generator elsewhere.`,
  fanout: `**Fan-out.** Bounded by the rate limit as intended when the gateway honours Retry-After per
method for all senders (src/slack/rate-gate.ts). Remaining overhead: each 429 still costs the one
delivery that got it an outbox attempt and a ≥1 s reschedule, and the last rescheduled deliveries wait
for the next outbox poll (2 s). What would move it: pacing sends to the known tier before Slack answers
429 (a token bucket per method), and having the drain loop wake when the earliest rescheduled row is due.`,
  digest: `**Digest.** One month (with its 12-month trend) is far under 1 s, but not within 2× of one
hand-written GROUP BY, because forMonth does more than that query: it reads every person through
drizzle (\`people.list()\` for invited-per-sector counts and names, ~20% of the time at 10,000 people),
participation per sector (a join with people and COUNT DISTINCT), the cell statistics of every pulse
of the trend year (one query per pulse), stories, nominations, reflections and open next steps, and
drizzle maps every row into objects. What would move it: \`SELECT sector, count(*) FROM people GROUP
BY sector\` instead of loading everyone (names only for the authors shown), raw prepared statements for
the large reads, and keeping the closed-pulse cell cache across digests (it already is per core: the
warm figure shows what is left without the cell reads).`,
  footprint: `**Footprint.** Start-up is module loading, not work: the tsx loader alone adds ~34 MB RSS
and a hooks thread, and the import breakdown below shows date-holidays (all countries' rules),
the Teams SDK (with its JWKS/Graph clients) and Bolt (which loads its Socket Mode client even in HTTP
mode) as the largest pieces. Timings on this shared 2-core machine vary by ±50% between starts (other
test runs share the cores). What would move it: running the built JavaScript (\`npm run build\`,
\`node dist/main.js\`; see the "built with tsc" rows), bundling (esbuild) to cut module resolution,
holiday rules for Norway only (date-holidays-parser with a one-country data file built by
date-holidays' \`holidays2json --pick NO\` instead of every country's rules), and a deployment with one
platform loads one SDK (src/cli/index.ts already imports each plugin only when configured; this
benchmark runs Slack and Teams together).`,
} as const;
