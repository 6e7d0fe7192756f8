// Each part belongs to one area of the product; bokmål is the reference for the keys.
import { adminEn } from './parts/admin.en.js';
import { adminNb } from './parts/admin.nb.js';
import { adminNn } from './parts/admin.nn.js';
import { baseEn } from './parts/base.en.js';
import { baseNb } from './parts/base.nb.js';
import { baseNn } from './parts/base.nn.js';
import { benchmarkEn } from './parts/benchmark.en.js';
import { benchmarkNb } from './parts/benchmark.nb.js';
import { benchmarkNn } from './parts/benchmark.nn.js';
import { chatEn } from './parts/chat.en.js';
import { chatNb } from './parts/chat.nb.js';
import { chatNn } from './parts/chat.nn.js';
import { clicksEn } from './parts/clicks.en.js';
import { clicksNb } from './parts/clicks.nb.js';
import { clicksNn } from './parts/clicks.nn.js';
import { commentsEn } from './parts/comments.en.js';
import { commentsNb } from './parts/comments.nb.js';
import { commentsNn } from './parts/comments.nn.js';
import { conversationEn } from './parts/conversation.en.js';
import { conversationNb } from './parts/conversation.nb.js';
import { conversationNn } from './parts/conversation.nn.js';
import { councilEn } from './parts/council.en.js';
import { councilNb } from './parts/council.nb.js';
import { councilNn } from './parts/council.nn.js';
import { dashboardEn } from './parts/dashboard.en.js';
import { dashboardNb } from './parts/dashboard.nb.js';
import { dashboardNn } from './parts/dashboard.nn.js';
import { digestEn } from './parts/digest.en.js';
import { digestNb } from './parts/digest.nb.js';
import { digestNn } from './parts/digest.nn.js';
import { localEn } from './parts/local.en.js';
import { localNb } from './parts/local.nb.js';
import { localNn } from './parts/local.nn.js';
import { loopEn } from './parts/loop.en.js';
import { loopNb } from './parts/loop.nb.js';
import { loopNn } from './parts/loop.nn.js';
import { rateEn } from './parts/rate.en.js';
import { rateNb } from './parts/rate.nb.js';
import { rateNn } from './parts/rate.nn.js';
import { slackEn } from './parts/slack.en.js';
import { slackNb } from './parts/slack.nb.js';
import { slackNn } from './parts/slack.nn.js';
import { storiesEn } from './parts/stories.en.js';
import { storiesNb } from './parts/stories.nb.js';
import { storiesNn } from './parts/stories.nn.js';
import { teamsEn } from './parts/teams.en.js';
import { teamsNb } from './parts/teams.nb.js';
import { teamsNn } from './parts/teams.nn.js';

export const nb = {
  ...baseNb,
  ...chatNb,
  ...conversationNb,
  ...teamsNb,
  ...slackNb,
  ...localNb,
  ...dashboardNb,
  ...digestNb,
  ...councilNb,
  ...loopNb,
  ...commentsNb,
  ...adminNb,
  ...storiesNb,
  ...rateNb,
  ...benchmarkNb,
  ...clicksNb,
} as const;
export const nn = {
  ...baseNn,
  ...chatNn,
  ...conversationNn,
  ...teamsNn,
  ...slackNn,
  ...localNn,
  ...dashboardNn,
  ...digestNn,
  ...councilNn,
  ...loopNn,
  ...commentsNn,
  ...adminNn,
  ...storiesNn,
  ...rateNn,
  ...benchmarkNn,
  ...clicksNn,
} as const;
export const en = {
  ...baseEn,
  ...chatEn,
  ...conversationEn,
  ...teamsEn,
  ...slackEn,
  ...localEn,
  ...dashboardEn,
  ...digestEn,
  ...councilEn,
  ...loopEn,
  ...commentsEn,
  ...adminEn,
  ...storiesEn,
  ...rateEn,
  ...benchmarkEn,
  ...clicksEn,
} as const;
