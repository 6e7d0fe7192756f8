// "What bounds it / what would move it" for each missed target, from the profiles and breakdowns of
// this bench (bench/RESULTS.md). Figures in the table are this run's; these notes explain them.

/** When these notes were last written; RESULTS.md shows it with each note. */
export const NOTES_WRITTEN = '2026-12-07';

export const NOTES = {
  interaction: `**Interaction (Slack and Teams votes).** The server is CPU-bound: on this 2-core machine the
load generator, the fake Slack API and the server share the cores, and a Kulturpuls vote costs
more CPU than the baselines, which do the same platform I/O (Bolt: ack + chat.postEphemeral on the
same fake; Teams: a card of the same size) but no storage or rendering. The vote path now runs on statements prepared once per repository (people
get/upsert … RETURNING, pulse get, answer exists/upsert, participation insert, answer lookups, Teams
activity and conversation records), reads the person once per vote (the vote result carries the
voter's language), has the signature checked once (the request gate; Bolt's own check is off and only
its handler is mounted, behind the gate) and, for Teams, writes activity id, conversation and vote
in one transaction. What is left per Slack vote: the gate (HMAC, the one parse; Bolt's handler gets
the parsed body), Bolt dispatching through its middleware, the write transaction, rendering, and the outgoing
\`chat.postEphemeral\` HTTP call (undici/axios, a few hundred microseconds of CPU each); Teams
renders the voter's personal card (three answer lookups and an HMAC) and goes through the Teams
SDK's activity routing. At a paced 500 req/s the server runs well below its saturated throughput now,
so p99 mostly shows queueing behind garbage collection and the load generator on the same cores.
What would move it further: answering Slack through \`response_url\` or skipping Bolt for pulse votes
(one less middleware chain), and on more cores, running the load generator elsewhere.`,
  votePath: `**Vote path profile, before and after (issue 25).** Four per-vote costs are gone: Bolt's
second parse of the body (the gate hands Bolt's handler the body it parsed), the HMAC-signed dashboard
link in every Slack reply (signed now only for a message that is cut, which a vote's reply never is),
the confirmation's rendering (once per pulse × statement × value × language, a bounded memo) and the
Intl work for a pulse's closing time and its month (once per pulse, zone and language); a vote already
returned the answers its transaction wrote, with no read-back. bench/interaction/vote-profile.ts:
\`node --cpu-prof\` of
\`kulturpuls start\` under 8 s of votes at c=10, after a 2 s warm-up, only the samples during the
load counted; before (main) and after run back to back, twice, on a 2-core machine with a load
average of 11–12 from other work, so votes per second are not comparable between runs but shares of
the server's busy CPU are. Slack: Bolt's parse 0.4–0.8 % → 0; signing the link 0.9–1.0 % → 0; the
confirmation 0.7–1.2 % → under 0.1 %; \`parts\` (time.ts, Intl) 1.3–1.7 % → out of the top 15.
Teams: the confirmation 1.0–1.2 % → about 0.1 %, the closing time's formatting 0.8 % → under 0.2 %.
Together about 3 % of a Slack vote's CPU and 2 % of a Teams vote's: what dominates both is unchanged
(garbage collection 8–10 %, the SQLite transaction through drizzle, Bolt's middleware chain and the
outgoing HTTP call for Slack; the response write and the Teams SDK for Teams), so these four alone do
not reach the 0.70× target.`,
  fanout: `**Fan-out.** Bounded by the rate limit as intended when the gateway honours Retry-After per
method for all senders (src/slack/rate-gate.ts). Remaining overhead: each 429 still costs the one
delivery that got it an outbox attempt and a ≥1 s reschedule, and the last rescheduled deliveries wait
for the next outbox poll (2 s). What would move it: pacing sends to the known tier before Slack answers
429 (a token bucket per method), and having the drain loop wake when the earliest rescheduled row is due.`,
  digest: `**Digest.** One month (with its 12-month trend) is far under 1 s. Most of it is the same work
as the hand-written SQL for the same figures: the cells of every closed pulse of the trend year
(grouped per pulse on the covering index \`pulse_answers_cells_idx\`; one \`IN (…)\` query measured the
same), the month's participation per sector (a join with people and COUNT DISTINCT) and people per
sector. On top of it forMonth reads stories, nominations, reflections and open next steps, builds the
cells and scores in JavaScript and maps rows into objects. What would move it: raw prepared statements
for the large reads, and keeping the closed-pulse cell cache across digests (it already is per core:
the warm figure shows what is left without the cell reads).`,
  footprint: `**Footprint.** Start-up is module loading, not work. \`kulturpuls start\` listens, and
\`/healthz\` answers, before the platforms load: Bolt (which loads its Socket Mode client and undici
even in HTTP mode) and the Teams SDK (with its JWKS, MSAL and Graph clients) are the largest pieces, and
a request to \`/slack/events\` or \`/api/messages\` in that time waits for them (the "Slack and Teams
loaded" row says when; the dashboard loads then too). Before listening it loads the config (zod,
yaml), the store (drizzle on better-sqlite3; PostgreSQL's driver only for a PostgreSQL URL) and the
core; the holiday calendar (date-holidays, ~120 ms) loads at the first holiday looked up, each CLI
command loads only its own module. What would move it further: fewer modules before listening (the
core's message catalogues and the digest are ~100 of the ~250 own modules loaded then), or bundling
dist/ into fewer files.`,
  postgres: `**PostgreSQL.** The store runs on a \`pg.Pool\` per replica (10 connections by default,
\`src/storage/pg/pool-settings.ts\`); every statement is a round trip to the server, so what costs is
the number of statements per vote, not their size. A vote runs in READ COMMITTED under a
transaction-scoped advisory lock on a keyed hash of the voter, so only one person's own clicks wait for
each other and nobody's vote fails with a serialization error (\`tests/storage/concurrent-votes.test.ts\`).
On this 2-core machine the replicas are pinned together to one CPU (\`taskset\`, bench/lib/proc.ts) and
PostgreSQL, the proxy, the fake Slack API and the load generator share the other, so three replicas
cannot add CPU over one here: the three-against-one row shows their overhead, not scale-out. A CPU
profile of one replica under the vote load showed the node-postgres round trips (socket writes, the
pool's checkout) and drizzle's query building as the costs SQLite does not have: the vote path's
statements are now prepared once per connection by name (\`src/storage/repositories/prepared.ts\`) and
a vote no longer reads back what it wrote. Three replicas run as many statements per vote as one
(counted with \`log_statement=all\`) but spend about 1.8× the CPU per vote on the one shared CPU: the
cost is per process (three heaps, three caches of sealed keys), so they need cores or hosts of their own.`,
} as const;
