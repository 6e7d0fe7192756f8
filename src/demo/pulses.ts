import type { Repositories } from '../core/ports.js';
import { pulsePseudonym } from '../core/privacy/pseudonym.js';
import type { Question } from '../core/records.js';
import type { Schedule } from '../core/settings.js';
import { type DemoContext, timeAfter } from './demo-context.js';
import { createRandom } from './random.js';

export interface PulseOutcome {
  answers: number;
  participants: number;
}

/**
 * One pulse as the schedule would have opened it (the core's rotation picks the statements), answered
 * like real votes: a per-pulse pseudonym on each answer, the sector beside it, and who took part in
 * a separate table. A pulse still open at the runtime's now stays open with the answers so far.
 */
export async function generatePulse(
  ctx: DemoContext,
  tx: Repositories,
  schedule: Schedule,
  key: string,
  at: Date,
): Promise<PulseOutcome> {
  const { target, now, model, writer } = ctx;
  const rng = createRandom(ctx.seed, `pulse\u0000${key}`);
  const pulse = await target.core.pulses.open(
    { occurrenceKey: key, statements: schedule.statements, openHours: schedule.openHours, at },
    tx,
  );
  // Posted to the schedule's channels, each holding the demo municipality's members then: the
  // audience the response rate divides by, as a real delivery would have stored it.
  for (const to of schedule.targets) {
    await tx.outbox.recordDelivered(
      { dedupeKey: key, target: to, payload: { type: 'pulse', pulseId: pulse.id }, notBefore: pulse.opensAt },
      pulse.opensAt,
      to.kind === 'dm' ? 1 : ctx.members.length,
    );
  }
  const closesAt = new Date(pulse.closesAt);
  if (closesAt.getTime() <= now.getTime()) await tx.pulses.close(pulse.id, pulse.closesAt);

  const questions = pulse.questionIds
    .map((id) => target.core.bank.get(id))
    .filter((q): q is Question => q !== undefined);
  const month = ctx.monthIndex(closesAt);
  const rate = Math.min(0.8, Math.max(0.45, rng.normal(0.62, 0.08)));
  const openMs = closesAt.getTime() - at.getTime();
  const secret = target.secret;

  let answers = 0;
  let participants = 0;
  for (const member of ctx.members) {
    if (!rng.chance(Math.min(0.97, rate * member.propensity))) continue;
    const tookPart = timeAfter(now, at, openMs, rng.next(), true).toISOString();
    const pseudonym = pulsePseudonym(secret, pulse.id, member.key);
    let given = 0;
    for (const question of questions) {
      // A few skip a statement, but everyone who takes part answers at least one.
      if (given > 0 && rng.chance(0.05)) continue;
      await writer.answer({
        pulseId: pulse.id,
        questionId: question.id,
        pseudonym,
        value: model.answer(rng, question, member.sector, month, member.outlook),
        comment: null,
        sector: member.sector,
        // Like a real vote: the answer carries the pulse's opening time, never the moment of the click,
        // which pulse_participation holds and which would otherwise link the two.
        answeredAt: pulse.opensAt,
      });
      given += 1;
    }
    await writer.participation({ pulseId: pulse.id, personKey: member.key, answeredAt: tookPart });
    answers += given;
    participants += 1;
  }
  return { answers, participants };
}
