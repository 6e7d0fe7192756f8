// The planted people go through everything that stores who they are, through the real entry points:
// first contact and welcome DMs, votes and changed votes, anonymous comments, nominations (accepted,
// declined, pending), reminders, and Kaffe på tvers (join, a round, "did you meet?").
import { expect } from 'vitest';
import { ACTIONS } from '../../src/core/message.js';
import type { PlantedApp } from './planted-app.js';
import { privateReason, SLACK_PEOPLE, TEAMS_PEOPLE } from './planted-people.js';
import {
  slackAnswerDm,
  slackCommand,
  slackComment,
  slackNominate,
  slackOpensHome,
  slackVote,
} from './planted-slack.js';
import {
  settle,
  teamsAddedToChannel,
  teamsAnswerDm,
  teamsComment,
  teamsInstall,
  teamsNominate,
  teamsSay,
  teamsVote,
} from './planted-teams.js';

const S = SLACK_PEOPLE;
const T = TEAMS_PEOPLE;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** A Wednesday: the pulse schedule (09:00 Oslo) opens at 08:00 UTC. */
export const SCENARIO_START = new Date('2026-12-09T07:00:00.000Z');
const PULSE_OPENS = new Date('2026-12-09T08:00:30.000Z');

/** Reasons of the nominations that end declined or stay pending. */
export const PRIVATE_REASONS = ['S45', 'S60', 'T45', 'T60'].map(privateReason);

/** Where the scenario stops for a copy of the data folder. */
export type Moment = 'mid-rush' | 'after the rush' | 'at the end' | 'after shutdown';

const person = <P>(list: P[], i: number) => list[i] as P;

async function firstContacts(t: PlantedApp) {
  await slackOpensHome(t, person(S, 0));
  await slackOpensHome(t, person(S, 1));
  await teamsAddedToChannel(t);
  for (const p of T) await teamsInstall(t, p);
  await teamsSay(t, person(T, 0), 'hjelp');
  await teamsSay(t, person(T, 1), 'hjelp');
  await settle(t);
}

/** Voters 2–7 of each platform, alternating; 2 and 4 comment, 3 and 6 change their first answer. */
async function rush(t: PlantedApp, pulseId: string, questions: string[], copy: (m: Moment) => Promise<void>) {
  for (let i = 2; i < 8; i++) {
    if (i === 5) await copy('mid-rush');
    for (const [n, q] of questions.entries()) {
      const value = 1 + ((i + n) % 5);
      t.clock.advance(7_000);
      await slackVote(t, person(S, i), pulseId, q, value);
      if (n === 0 && (i === 2 || i === 4))
        await slackComment(t, person(S, i), `Møtene kunne vært kortere (${i})`);
      t.clock.advance(7_000);
      const voted = await teamsVote(t, person(T, i), q, value);
      if (n === 0 && (i === 2 || i === 4))
        await teamsComment(t, person(T, i), voted, `Mer tid til faget (${i})`);
    }
    if (i % 3 === 0) {
      const q = questions[0] as string;
      await slackVote(t, person(S, i), pulseId, q, 5 - (i % 5));
      await teamsVote(t, person(T, i), q, 5 - (i % 5));
    }
  }
  await settle(t);
}

async function nominations(t: PlantedApp) {
  const [s45, s60, t45, t60] = PRIVATE_REASONS as [string, string, string, string];
  await slackNominate(t, person(S, 2), person(S, 3), 'Samlet to enheter om ett felles tiltak');
  await slackNominate(t, person(S, 4), person(S, 5), s45);
  await slackNominate(t, person(S, 6), person(S, 0), s60);
  await teamsNominate(t, person(T, 2), person(T, 3), 'Samlet helse og skole om ett tiltak');
  await teamsNominate(t, person(T, 4), person(T, 5), t45);
  await teamsNominate(t, person(T, 6), person(T, 0), t60);
  await settle(t);
  await slackAnswerDm(t, person(S, 3), ACTIONS.consentAccept);
  await slackAnswerDm(t, person(S, 5), ACTIONS.consentDecline);
  await teamsAnswerDm(t, person(T, 3), ACTIONS.consentAccept);
  await teamsAnswerDm(t, person(T, 5), ACTIONS.consentDecline);
  await settle(t);
}

async function kaffe(t: PlantedApp) {
  for (let i = 0; i < 4; i++) {
    await slackCommand(t, person(S, i), 'kaffe join');
    await teamsSay(t, person(T, i), 'kaffe join');
  }
  expect((await t.app.scheduler.tick(t.clock.now())).kaffePairs).toBe(4);
  await settle(t);
  // "Did you meet?" comes halfway to the next round.
  t.clock.advance(7 * DAY);
  await t.app.scheduler.tick(t.clock.now());
  await settle(t);
  await slackAnswerDm(t, person(S, 0), ACTIONS.kaffeMet);
  await teamsAnswerDm(t, person(T, 0), ACTIONS.kaffeMet);
  await settle(t);
}

/** Runs the whole scenario, calling `copy` at each moment an attacker copies the data folder. */
export async function plantEveryone(t: PlantedApp, copy: (moment: Moment) => Promise<void>) {
  await firstContacts(t);
  t.clock.set(PULSE_OPENS);
  await t.app.scheduler.tick(t.clock.now());
  await settle(t);
  const pulse = (await t.app.runtime.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('the pulse schedule opened no pulse');
  await rush(t, pulse.id, pulse.questionIds, copy);
  await copy('after the rush');
  // Half-way through the pulse, the people who have not answered are reminded.
  t.clock.set(new Date(PULSE_OPENS.getTime() + 25 * HOUR));
  expect((await t.app.scheduler.tick(t.clock.now())).remindersQueued).toBeGreaterThanOrEqual(4);
  await settle(t);
  await nominations(t);
  await kaffe(t);
  await copy('at the end');
}
