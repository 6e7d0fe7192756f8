// A deterministic year for the dashboard and format tests: three sectors, two pulses a month,
// stories, nominations and learning-loop entries.
import type { Store } from '../../src/core/ports.js';
import type { ScaleValue } from '../../src/core/vocabulary.js';
import {
  buildAnswer,
  buildNomination,
  buildPerson,
  buildPulse,
  buildReflection,
  buildStory,
} from '../support/builders.js';

const QUESTIONS = [
  ['pulse-lederforankring-1', 'pulse-tillit-1'],
  ['pulse-tverrfaglighet-1', 'pulse-nettverk-1', 'pulse-konflikt-1'],
  ['pulse-anerkjennelse-1', 'pulse-maling-1'],
  ['pulse-brukerorientering-1', 'pulse-oppmerksomhet-1', 'pulse-idetid-1'],
];

export function monthsBack(last: string, count: number): string[] {
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

export async function seedYear(store: Store, lastMonth: string, now: string): Promise<void> {
  const sectors = [
    ['helse-og-omsorg', 14],
    ['oppvekst', 10],
    ['teknisk', 7],
    ['kultur', 3],
  ] as const;
  const people = sectors.flatMap(([sector, n]) =>
    Array.from({ length: n }, (_, i) =>
      buildPerson({
        userId: `${sector.slice(0, 3).toUpperCase()}${i}`,
        sector,
        displayName: `${sector} ${i}`,
      }),
    ),
  );
  await store.transaction(async (tx) => {
    for (const p of people) await tx.people.upsert(p, now);
    for (const [mi, month] of monthsBack(lastMonth, 12).entries()) {
      for (const half of [0, 1]) {
        const id = `pulse-${month}-${half}`;
        const closesAt = `${month}-${half ? '20' : '06'}T08:00:00.000Z`;
        const questionIds = QUESTIONS[(mi * 2 + half) % QUESTIONS.length] as string[];
        await tx.pulses.create(
          buildPulse({
            id,
            questionIds,
            opensAt: closesAt.replace(/T08/, 'T07'),
            closesAt,
            closedAt: closesAt,
          }),
        );
        for (const [pi, person] of people.entries()) {
          if ((pi + mi + half) % 4 === 0) continue;
          for (const [qi, questionId] of questionIds.entries()) {
            const value = (1 +
              ((pi * 7 + qi * 3 + mi) % 5 > 1
                ? 2 + ((pi + qi + mi) % 3) + (mi > 6 ? 1 : 0)
                : (pi % 2) + 1)) as number;
            await tx.pulses.upsertAnswer(
              buildAnswer({
                pulseId: id,
                questionId,
                pseudonym: `${id}-${person.key}`,
                value: Math.min(5, Math.max(1, value)) as ScaleValue,
                sector: person.sector,
                answeredAt: closesAt,
              }),
            );
          }
          await tx.pulses.recordParticipation(id, person.key, closesAt);
        }
      }
      const at = `${month}-12T10:00:00.000Z`;
      await tx.content.addStory(
        buildStory({
          id: `story-${month}-a`,
          authorKey: people[mi]?.key ?? 'slack:U1',
          title: `Digital innsjekk ${month}`,
          sectors: ['helse-og-omsorg', 'teknisk'],
          phase: 'ny_praksis',
          reactions: 3 + mi,
          createdAt: at,
        }),
      );
      await tx.content.addStory(
        buildStory({
          id: `story-${month}-b`,
          authorKey: people[mi + 14]?.key ?? 'slack:U2',
          title: `Leksehjelp på biblioteket ${month}`,
          whoBenefits: 'Elever og foreldre',
          inUse: mi % 2 === 0,
          canSpread: true,
          sectors: ['oppvekst', 'kultur'],
          phase: 'pilotering',
          dimension: 'tverrfaglighet',
          reactions: 8,
          createdAt: at,
        }),
      );
      await tx.content.addNomination(
        buildNomination({
          id: `nom-${month}`,
          nominatorKey: people[1]?.key ?? 'slack:U3',
          nomineeKey: people[2]?.key ?? null,
          sectors: ['helse-og-omsorg', 'oppvekst'],
          status: mi % 2 ? 'recognised' : 'accepted',
          createdAt: at,
        }),
      );
      await tx.content.addReflection(
        buildReflection({
          id: `learn-${month}`,
          kind: 'learning',
          questionId: 'laering-1',
          text: `Vi lærte å teste tidlig (${month}).`,
          tryNext: `Prøve ut med brukerpanel ${month}`,
          nextStepOwner: 'Innovasjonsrådgiver',
          createdAt: at,
        }),
      );
    }
  });
}
