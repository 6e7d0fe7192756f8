import { createAdmin } from './admin.js';
import { createAuditTrail } from './audit/audit-trail.js';
import { createNominationService } from './content/nomination-service.js';
import { createReflectionService } from './content/reflection-service.js';
import { createStoryService } from './content/story-service.js';
import { type CoreDeps, createContext } from './context.js';
import { createOutboxWorker } from './delivery/outbox-worker.js';
import { createPayloadRenderer } from './delivery/render-payload.js';
import { createDigestService } from './digest/digest-service.js';
import { createPeople } from './people.js';
import { createPersonalData } from './personal-data.js';
import type { ChatGateway } from './ports.js';
import { createPulseService } from './pulses/pulse-service.js';
import { createReminderService } from './pulses/reminder-service.js';
import { createOccurrenceService } from './schedule/occurrence-service.js';
import type { Platform } from './vocabulary.js';

/** Every use case, wired once from the ports. Adapters, scheduler, web and CLI call these. */
export function createCore(deps: CoreDeps) {
  const ctx = createContext(deps);
  const people = createPeople(ctx);
  const pulses = createPulseService(ctx, people);
  const digests = createDigestService(ctx);
  const occurrences = createOccurrenceService(ctx, pulses);
  const audit = createAuditTrail(ctx);
  const render = createPayloadRenderer(ctx, people, digests);
  return {
    ctx,
    settings: ctx.settings,
    bank: ctx.bank,
    people,
    pulses,
    reflections: createReflectionService(ctx, people),
    stories: createStoryService(ctx, people),
    nominations: createNominationService(ctx, people),
    occurrences,
    admin: createAdmin(ctx, people, occurrences, audit),
    digests,
    reminders: createReminderService(ctx),
    personalData: createPersonalData(ctx),
    render,
    outboxWorker: (gateways: Partial<Record<Platform, ChatGateway>>) =>
      createOutboxWorker(ctx, render, gateways),
  };
}

export type Core = ReturnType<typeof createCore>;
