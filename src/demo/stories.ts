import type { Period, Repositories } from '../core/ports.js';
import type { Nomination, Story } from '../core/records.js';
import type { NominationStatus } from '../core/vocabulary.js';
import { type DemoContext, timeAfter } from './demo-context.js';
import type { DemoMember } from './members.js';
import { createRandom, type Random } from './random.js';
import { demoId } from './reflections.js';
import { NOMINATION_REASONS, TEAM_NAMES } from './texts/nominations.js';
import { AREAS, STORY_TEMPLATES } from './texts/stories.js';

const DAY_MS = 86_400_000;

function perMonth(rng: Random, members: number, per: number, max: number): number {
  return Math.min(max, Math.max(1, Math.round((members / per) * rng.between(0.6, 1.4))));
}

/**
 * Indexes 0..n-1 in a random order: each month draws its stories and nomination texts without
 * putting any back, so no digest shows the same story or the same nomination text twice.
 */
function shuffled(rng: Random, n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function timeIn(ctx: DemoContext, period: Period, rng: Random): Date {
  const from = new Date(period.from);
  return timeAfter(ctx.now, from, new Date(period.to).getTime() - from.getTime(), rng.next());
}

/** Success stories shared during one month; an id the database already has is left alone. */
export async function generateStories(
  ctx: DemoContext,
  tx: Repositories,
  month: string,
  period: Period,
): Promise<number> {
  const { target, members } = ctx;
  if (members.length === 0 || ctx.now.getTime() <= new Date(period.from).getTime()) return 0;
  const rng = createRandom(ctx.seed, `stories\u0000${month}`);
  const configured = new Set(target.settings.sectors.map((s) => s.id));
  const monthsAgo = ctx.monthIndex(ctx.now) - ctx.monthIndex(new Date(period.from));
  let added = 0;
  const count = perMonth(rng, members.length, 30, STORY_TEMPLATES.length);
  const order = shuffled(rng, STORY_TEMPLATES.length);
  for (let i = 0; i < count; i += 1) {
    const id = demoId('story', ctx.seed, `${month}#${i}`);
    const template = STORY_TEMPLATES[order[i] as number] as (typeof STORY_TEMPLATES)[number];
    const author = rng.pick(members);
    const sectors = template.sectors.filter((s) => configured.has(s));
    const story: Story = {
      id,
      authorKey: author.key,
      title: rng.chance(0.4) ? `${template.title} – ${rng.pick(AREAS)}` : template.title,
      whatChanged: template.whatChanged,
      whoBenefits: template.whoBenefits,
      inUse: template.inUse,
      canSpread: template.canSpread,
      sectors: sectors.length > 0 ? sectors : author.sector ? [author.sector] : [],
      learned: template.learned,
      nextStepOwner: template.nextStepOwner,
      phase: template.phase,
      dimension: template.dimension,
      reactions:
        rng.int(0, 6) + rng.int(0, 3) * Math.min(monthsAgo, 4) + (template.inUse ? rng.int(0, 8) : 0),
      createdAt: timeIn(ctx, period, rng).toISOString(),
    };
    if (await tx.content.getStory(id)) continue;
    await tx.content.addStory(story);
    added += 1;
  }
  return added;
}

function nominationStatus(rng: Random, ageDays: number): NominationStatus {
  // Nominees take a few days to answer the consent message.
  if (ageDays < 3 || (ageDays < 10 && rng.chance(0.5))) return 'awaiting_consent';
  return rng.weighted(
    [
      ['accepted', 0.6],
      ['recognised', 0.22],
      ['declined', 0.1],
      ['awaiting_consent', 0.08],
    ] as const,
    ([, weight]) => weight,
  )[0];
}

/**
 * Nominations made during one month: mostly accepted, some awaiting the nominee's consent, a few
 * declined, and some recognised by a manager. Teams are never asked for consent.
 */
export async function generateNominations(
  ctx: DemoContext,
  tx: Repositories,
  month: string,
  period: Period,
): Promise<number> {
  const { target, members, managers, now } = ctx;
  if (members.length === 0 || now.getTime() <= new Date(period.from).getTime()) return 0;
  const rng = createRandom(ctx.seed, `nominations\u0000${month}`);
  const configured = new Set(target.settings.sectors.map((s) => s.id));
  let added = 0;
  const count = perMonth(rng, members.length, 25, NOMINATION_REASONS.length);
  const order = shuffled(rng, NOMINATION_REASONS.length);
  for (let i = 0; i < count; i += 1) {
    const id = demoId('nom', ctx.seed, `${month}#${i}`);
    const nominator = rng.pick(members);
    // The first nomination of the current month is a fresh one, made in the last two days.
    const fresh = i === 0 && now.getTime() < new Date(period.to).getTime();
    const nominee =
      members.length > 1 && (fresh || rng.chance(0.8)) ? otherThan(rng, members, nominator) : undefined;
    const template = NOMINATION_REASONS[order[i] as number] as (typeof NOMINATION_REASONS)[number];
    const createdAt = fresh
      ? timeAfter(
          now,
          new Date(Math.max(now.getTime() - 2 * DAY_MS, Date.parse(period.from))),
          2 * DAY_MS,
          rng.next(),
        )
      : timeIn(ctx, period, rng);
    const ageDays = (now.getTime() - createdAt.getTime()) / DAY_MS;
    let status = nominationStatus(rng, ageDays);
    if (!nominee && (status === 'awaiting_consent' || status === 'declined')) status = 'accepted';
    const candidates = managers.filter((m) => m !== nominee && m !== nominator);
    const recogniser = status === 'recognised' && candidates.length > 0 ? rng.pick(candidates) : undefined;
    if (status === 'recognised' && !recogniser) status = 'accepted';
    const sector = nominee?.sector ?? nominator.sector;
    const nomination: Nomination = {
      id,
      nominatorKey: nominator.key,
      nomineeKind: nominee ? 'person' : 'team',
      nomineeKey: nominee?.key ?? null,
      teamName: nominee ? null : rng.pick(TEAM_NAMES),
      dimension: template.dimension,
      reason: template.reason,
      sectors: sector && configured.has(sector) ? [sector] : [],
      status,
      recognisedByKey: recogniser?.key ?? null,
      createdAt: createdAt.toISOString(),
      decidedAt:
        status === 'awaiting_consent'
          ? null
          : timeAfter(now, createdAt, rng.between(0.2, 4) * DAY_MS, rng.next()).toISOString(),
    };
    if (await tx.content.getNomination(id)) continue;
    await tx.content.addNomination(nomination);
    added += 1;
  }
  return added;
}

function otherThan(rng: Random, members: DemoMember[], person: DemoMember): DemoMember {
  for (;;) {
    const other = rng.pick(members);
    if (other !== person) return other;
  }
}
