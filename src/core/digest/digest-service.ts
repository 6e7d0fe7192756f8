import { compareWithBenchmark } from '../benchmark/comparison.js';
import type { CoreContext } from '../context.js';
import { KulturpulsError } from '../errors.js';
import { knownNames } from '../people.js';
import type { CellStat } from '../ports.js';
import { createPulseFigures } from '../privacy/pulse-figures.js';
import { pulseAudience, type ResponseRate, responseRate } from '../pulses/response-rate.js';
import type { Pulse } from '../records.js';
import { localMonth, monthPeriod, shiftMonth } from '../time.js';
import { buildCells, type Cell, groupBy, withUnanswered } from './aggregate.js';
import { WINDOW_MONTHS, type WindowScores } from './compare.js';
import { signedDashboardUrl } from './dashboard-link.js';
import { buildDigest, type Digest, type MonthCells, TREND_MONTHS } from './digest.js';

const DASHBOARD_LINK_DAYS = 45;

/** A month before the first data or after the current month: refused before any work is done. */
export class DigestMonthError extends KulturpulsError {
  constructor(
    readonly month: string,
    readonly range: { first: string; last: string },
  ) {
    super('digest.month_out_of_range', 'dig.range', `no digest for ${month}`);
  }

  /** The localized message; `format` writes a month the reader's way. */
  params(format: (month: string) => string) {
    return { month: format(this.month), first: format(this.range.first), last: format(this.range.last) };
  }
}

export function createDigestService(ctx: CoreContext) {
  const { store, settings, bank } = ctx;
  const zone = settings.timezone;
  // Every figure of a pulse is read through this gate, which leaves out a pulse that is still open.
  const figures = createPulseFigures(ctx);
  // A closed pulse takes no more votes, so its counts never change: read each one once.
  const closedCells = new Map<string, CellStat[]>();
  const cellsOf = async (pulses: Pulse[]): Promise<CellStat[]> => {
    const missing = figures.final(pulses).filter((p) => !closedCells.has(p.id));
    const fetched = groupBy(await figures.cellStats(missing), (s) => s.pulseId);
    for (const p of missing) closedCells.set(p.id, fetched.get(p.id) ?? []);
    return pulses.flatMap((p) => closedCells.get(p.id) ?? []);
  };

  /**
   * Months whose raw answers retention removed: one cell per statement from the kept monthly
   * aggregates (only cells that were shown, with no sector split), so old digests and the trend stay.
   */
  async function retainedCells(from: string, through: string): Promise<Map<string, Cell[]>> {
    const cells = new Map<string, Cell[]>();
    for (const row of await store.aggregates.inMonths(from, shiftMonth(through, 1))) {
      if (row.sector !== null) continue;
      const cell: Cell = {
        pulseId: `retained:${row.month}`,
        questionId: row.questionId,
        n: row.n,
        counts: [...row.counts] as Cell['counts'],
        sectors: new Map(),
      };
      cells.set(row.month, [...(cells.get(row.month) ?? []), cell]);
    }
    return cells;
  }

  // Closed months never change (pulses count once closed); the current month is recomputed.
  const monthCells = new Map<string, Cell[]>();
  const spanScores = new Map<string, WindowScores>();

  /** From the first month with answers (or last month, on a fresh install) to the current month. */
  async function monthRange(): Promise<{ first: string; last: string }> {
    const last = localMonth(ctx.clock.now(), zone);
    const firstPulse = (await store.pulses.pulsesIn({ from: '0000', to: monthPeriod(last, zone).to }))[0];
    const firstKept = (await store.aggregates.inMonths('0000-01', shiftMonth(last, 1)))[0]?.month;
    const candidates = [
      shiftMonth(last, -1),
      ...(firstPulse ? [localMonth(new Date(firstPulse.closesAt), zone)] : []),
      ...(firstKept ? [firstKept] : []),
    ];
    return { first: candidates.sort()[0] as string, last };
  }

  return {
    monthRange,

    /**
     * The digest of a month (`YYYY-MM` in the configured time zone). Pulses count in the month they
     * close, and only once closed: an open pulse's counts could be compared before and after one vote.
     */
    async forMonth(month: string): Promise<Digest> {
      const range = await monthRange();
      if (month < range.first || month > range.last) throw new DigestMonthError(month, range);
      const now = ctx.nowIso();
      const period = monthPeriod(month, zone);
      const trendStart = shiftMonth(month, -(TREND_MONTHS - 1));
      // The first point of the trend is a window reaching back before it.
      const historyStart = shiftMonth(trendStart, -(WINDOW_MONTHS - 1));
      const closed = figures.final(await store.pulses.pulsesIn({ from: '0000', to: period.to }));
      const firstMonth = closed[0] ? localMonth(new Date(closed[0].closesAt), zone) : month;
      const start = [firstMonth, historyStart].sort()[0] as string;
      const monthOf = new Map(closed.map((p) => [p.id, localMonth(new Date(p.closesAt), zone)]));

      const byMonth = new Map<string, CellStat[]>();
      const from = monthPeriod(start, zone).from;
      for (const stat of await cellsOf(closed.filter((p) => p.closesAt >= from))) {
        const m = monthOf.get(stat.pulseId);
        if (!m) continue;
        const list = byMonth.get(m);
        if (list) list.push(stat);
        else byMonth.set(m, [stat]);
      }
      const retained = await retainedCells(start, month);
      const asked = groupBy(closed, (p) => monthOf.get(p.id));
      const history: MonthCells[] = [];
      for (let m = start; m <= month; m = shiftMonth(m, 1)) {
        const raw = byMonth.get(m);
        // Retention removed the raw answers of old months: their kept sums stand alone.
        const kept = retained.get(m);
        const cells =
          monthCells.get(m) ??
          (raw || !kept ? withUnanswered(buildCells(raw ?? []), asked.get(m) ?? []) : kept);
        if (m < range.last) monthCells.set(m, cells);
        history.push({ month: m, cells });
      }

      const pulses = closed.filter((p) => monthOf.get(p.id) === month);
      const year = { from: monthPeriod(trendStart, zone).from, to: period.to };
      const stories = await store.content.storiesIn(period);
      const nominations = await store.content.nominationsIn(period);
      // Counted in SQL, and names only for the people the digest names (not all 10,000 rows).
      const reflections = await store.content.reflectionsIn(period);
      const names = knownNames(
        await store.people.displayNames([
          ...stories.map((s) => s.authorKey),
          ...reflections.flatMap((r) => (r.authorKey ? [r.authorKey] : [])),
          ...nominations.flatMap((n) => [n.nominatorKey, ...(n.nomineeKey ? [n.nomineeKey] : [])]),
        ]),
      );
      // Counted like the month's answers (imported pulses have rows but no counts), one pulse at a time.
      const pulseRates: ResponseRate[] = [];
      for (const p of pulses) {
        const participation = await figures.participationBySector([p]);
        pulseRates.push(
          responseRate(
            participation.reduce((sum, row) => sum + Number(row.responses), 0),
            await pulseAudience(store.outbox, p),
          ),
        );
      }

      const digest = buildDigest({
        month,
        organisation: settings.organisation,
        minGroupSize: settings.privacy.minGroupSize,
        generatedAt: now,
        bank,
        sectorOrder: settings.sectors.map((s) => s.id),
        pulses,
        history,
        participation: await figures.participationBySector(pulses),
        invitedBySector: await store.people.countBySector(),
        pulseRates,
        stories,
        yearStories: await store.content.storiesIn(year),
        nominations,
        reflections,
        openNextSteps: await store.content.openNextSteps(period.from),
        checkBacks: await store.nextSteps.answeredIn(period),
        kaffePairs: await store.kaffe.pairsCreatedIn(period),
        names,
        remember: (span, compute) => {
          if (span.to >= range.last) return compute();
          const key = `${span.from}/${span.to}`;
          const known = spanScores.get(key) ?? compute();
          spanScores.set(key, known);
          return known;
        },
      });
      const { municipality } = settings;
      if (!municipality) return digest;
      const stored = await store.benchmarks.latest(month);
      const rate = digest.participation.rate;
      const ours = { month, lines: digest.dimensions, responseRate: rate.shown ? rate.value.share : null };
      return { ...digest, benchmark: compareWithBenchmark(ours, stored, municipality.kostraGroup) };
    },

    /**
     * The dashboard link for the chat digest, signed so that only those who got it can open the
     * dashboard (`subject` is who it was made for: `digest` for a channel post, or a lead's key).
     */
    dashboardUrl(month: string, subject = 'digest'): string {
      const expires = new Date(ctx.clock.now().getTime() + DASHBOARD_LINK_DAYS * 86_400_000);
      const link = { month, subject, expiresAt: expires, issuedAt: ctx.clock.now() };
      return signedDashboardUrl(settings.publicUrl, ctx.secret, link);
    },

    /** Learning loop: a lead marks a next step done; it is no longer carried to later digests. */
    markNextStepDone(id: string): Promise<boolean> {
      return store.content.markNextStepDone(id, ctx.nowIso());
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
