import { createAdmin } from './admin.js';
import { createAuditTrail } from './audit/audit-trail.js';
import { createCommentService } from './comments/comment-service.js';
import { createNominationService } from './content/nomination-service.js';
import { createReflectionService } from './content/reflection-service.js';
import { createStoryReactions } from './content/story-reactions.js';
import { createStoryService } from './content/story-service.js';
import { type CoreDeps, createContext } from './context.js';
import { createConversation } from './conversation/index.js';
import type { LocalFeedBook } from './core.js';
import { createOutboxWorker } from './delivery/outbox-worker.js';
import { createPayloadRenderer } from './delivery/render-payload.js';
import { signDashboardLink, verifyDashboardLink } from './digest/dashboard-link.js';
import { createDigestService } from './digest/digest-service.js';
import type { MessageKey } from './i18n/translate.js';
import { createInboundDedupe } from './inbound.js';
import { createKaffeService } from './loop/kaffe-service.js';
import { createNextStepService } from './loop/next-step-service.js';
import { createPeople } from './people.js';
import { createPersonalData } from './personal-data.js';
import type { ChatGateway } from './ports.js';
import { createPulseService } from './pulses/pulse-service.js';
import { createPulseViews } from './pulses/pulse-views.js';
import { createReminderService } from './pulses/reminder-service.js';
import { createResultsService } from './pulses/results-service.js';
import type { Target } from './records.js';
import { createRetentionService } from './retention/retention-service.js';
import { createOccurrenceService } from './schedule/occurrence-service.js';
import type { TeamsConversationBook } from './teams-ports.js';
import { createDashboardView } from './views/dashboard-view.js';
import { createFeedView } from './views/feed-view.js';
import { createHomeView } from './views/home-view.js';
import type { Platform } from './vocabulary.js';

/**
 * Every use case, wired once from the ports. Scheduler, web and CLI call these; none of them gets the
 * store. Chat adapters get the narrower `Core` (core.ts).
 */
export function createCore(deps: CoreDeps) {
  const ctx = createContext(deps);
  const people = createPeople(ctx);
  const pulses = createPulseService(ctx, people);
  const views = createPulseViews(ctx);
  const digests = createDigestService(ctx);
  const occurrences = createOccurrenceService(ctx, pulses);
  const audit = createAuditTrail(ctx);
  const results = createResultsService(ctx, people);
  const nextSteps = createNextStepService(ctx, people);
  const kaffe = createKaffeService(ctx, people);
  const comments = createCommentService(ctx, people, pulses);
  const render = createPayloadRenderer(ctx, people, digests, { results, kaffe, comments });
  const admin = createAdmin(ctx, people, occurrences, audit);
  const personalData = createPersonalData(ctx);
  const reflections = createReflectionService(ctx, people, nextSteps);
  const stories = createStoryService(ctx, people);
  const nominations = createNominationService(ctx, people);
  const conversation = createConversation({
    ctx,
    people,
    pulses,
    views,
    stories,
    nominations,
    reflections,
    admin,
    personalData,
    results,
    nextSteps,
    kaffe,
    comments,
    render,
  });
  return {
    settings: ctx.settings,
    bank: ctx.bank,
    clock: ctx.clock,
    logger: ctx.logger,
    people,
    pulses,
    views,
    reflections,
    stories,
    /** Reactions on posted stories (Slack emoji, the local page's 👏), counted as distinct people. */
    storyReactions: createStoryReactions(ctx),
    nominations,
    occurrences,
    admin,
    audit,
    digests,
    reminders: createReminderService(ctx),
    retention: createRetentionService(ctx),
    /** Closing pulses: their posts marked closed, the results shared back to their channels. */
    results,
    personalData,
    conversation,
    render,
    home: createHomeView(ctx, people, nominations, digests),
    feed: createFeedView(ctx, { people, pulses, comments, render }),
    /** A month's digest for the dashboard, as its reader may see it. */
    dashboard: createDashboardView(digests),
    /** Checks a dashboard link's signature and expiry; the subject it was made for, or undefined. */
    async verifyDashboardLink(query: Record<string, unknown>, now: Date) {
      const link = verifyDashboardLink(ctx.secret, query, now);
      // Links made before `kulturpuls links revoke` stop working.
      const revoked = Number((await ctx.store.audit.latest('links.revoked'))?.details.before);
      return link && link.issuedAt >= (Number.isFinite(revoked) ? revoked : 0) ? link : undefined;
    },
    /** Signs a dashboard link for one person (a lead opening the Teams tab). */
    signDashboardLink: (subject: string, expiresAt: Date) =>
      signDashboardLink(ctx.secret, { subject, scope: '*', expiresAt, issuedAt: ctx.clock.now() }),
    deliveries: {
      /** Deliveries that failed for good (App Home shows them to admins). */
      failed: (limit: number) => ctx.store.outbox.list({ status: 'failed', limit }),
      /** A short text to one person, once ever (its dedupe key), in their language when it is sent. */
      noticeOnce(
        target: Target,
        dedupeKey: string,
        textKey: MessageKey,
        params: Record<string, string | number>,
        options: { menu?: boolean } = {},
      ) {
        const now = ctx.nowIso();
        const payload = { type: 'notice' as const, textKey, params, ...(options.menu ? { menu: true } : {}) };
        return ctx.store.outbox.enqueue({ dedupeKey, target, payload, notBefore: now }, now);
      },
    },
    /** The scheduler's jobs of the learning loop's follow-up. */
    loop: {
      queueCheckBacks: () => nextSteps.queueDue(),
      /** A Kaffe på tvers round where one is due; the scheduler skips it in quiet periods. */
      kaffeRound: () => kaffe.runRound(),
    },
    /** Where each schedule's ticks have got to (the scheduler's watermark). */
    scheduleState: {
      watermark: (scheduleId: string) => ctx.store.schedule.watermark(scheduleId),
      setWatermark: (scheduleId: string, at: string) => ctx.store.schedule.setWatermark(scheduleId, at),
    },
    inbound: createInboundDedupe(ctx),
    /** Teams conversation references, for proactive posts (no other repository method). */
    teamsConversations: {
      save: (ref, now) => ctx.store.teamsConversations.save(ref, now),
      get: (id) => ctx.store.teamsConversations.get(id),
      personalChatOf: (aadObjectId) => ctx.store.teamsConversations.personalChatOf(aadObjectId),
      anyInTenant: (tenantId) => ctx.store.teamsConversations.anyInTenant(tenantId),
      markRemoved: (id, now) => ctx.store.teamsConversations.markRemoved(id, now),
      list: () => ctx.store.teamsConversations.list(),
    } satisfies TeamsConversationBook,
    /** The local gateway's posts into the feed the local page shows. */
    localFeed: {
      append: (target, key, message, at) => ctx.store.feed.append(target, key, message, at),
      replace: (id, message) => ctx.store.feed.replace(id, message),
    } satisfies LocalFeedBook,
    outboxWorker: (gateways: Partial<Record<Platform, ChatGateway>>) =>
      createOutboxWorker(ctx, render, gateways),
  };
}

/** Every use case: the scheduler's, the web's and the CLI's. Chat adapters get `Core` (core.ts). */
export type CoreServices = ReturnType<typeof createCore>;
