import type { Admin } from '../admin.js';
import type { CommentService } from '../comments/comment-service.js';
import type { NominationService } from '../content/nomination-service.js';
import type { ReflectionService } from '../content/reflection-service.js';
import type { StoryService } from '../content/story-service.js';
import type { CoreContext } from '../context.js';
import type { KaffeService } from '../loop/kaffe-service.js';
import type { NextStepService } from '../loop/next-step-service.js';
import type { Message } from '../message.js';
import type { People } from '../people.js';
import type { PersonalData } from '../personal-data.js';
import type { PulseService } from '../pulses/pulse-service.js';
import type { PulseViews } from '../pulses/pulse-views.js';
import type { ResultsService } from '../pulses/results-service.js';
import type { DeliveryPayload, Target } from '../records.js';

/** The use cases a conversation calls: every command and click goes through these. */
export interface ConversationDeps {
  ctx: CoreContext;
  people: People;
  pulses: PulseService;
  views: PulseViews;
  stories: StoryService;
  nominations: NominationService;
  reflections: ReflectionService;
  admin: Admin;
  personalData: PersonalData;
  results: ResultsService;
  nextSteps: NextStepService;
  kaffe: KaffeService;
  comments: CommentService;
  render(payload: DeliveryPayload, target: Target): Promise<Message | undefined>;
}
