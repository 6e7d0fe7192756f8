// `kulturpuls results …` on a real database: list, preview, and the lead's one sentence.
import { expect, it } from 'vitest';
import { useCli } from '../cli/cli-harness.js';
import { appRows } from '../support/app-database.js';

const cli = useCli();

it('lists, previews and adds "what we will do about it", which shares the results at once', async () => {
  const h = await cli();
  h.write(
    'kulturpuls.yaml',
    [
      'privacy: { minGroupSize: 3 }',
      'results: { shareDelayHours: 48 }',
      'quietPeriods: []',
      'schedules:',
      '  - id: pulse',
      '    kind: pulse',
      '    cron: "0 9 * * 3"',
      '    statements: 2',
      '    openHours: 48',
      '    targets: ["local:channel:innovasjon"]',
    ].join('\n'),
  );
  const start = new Date(Date.now() - 3 * 86_400_000);
  const opened = await h.runtime({ now: () => start });
  const schedule = opened.settings.schedules[0];
  if (!schedule) throw new Error('no schedule');
  await opened.core.occurrences.fire(schedule, start, { force: true });
  const pulse = (await opened.core.pulses.openPulses())[0];
  if (!pulse) throw new Error('no pulse');
  for (const [i, value] of [5, 4, 1].entries())
    await opened.core.pulses.vote({
      actor: { platform: 'local', userId: `p${i}` },
      pulseId: pulse.id,
      questionId: pulse.questionIds[0] as string,
      value,
    });
  const later = await h.runtime();
  await later.core.results.closeDue((tx) => later.core.pulses.closeDue(tx));

  const list = await h.run(['results', 'list']);
  expect(list.code).toBe(0);
  expect(list.out).toMatch(new RegExp(`${pulse.id} .*results due`));

  const show = await h.run(['results', 'show', pulse.id, '--lang', 'en']);
  expect(show).toMatchObject({ code: 0, err: '' });
  // Local mode has no channel membership to count: the count alone, not a share of the demo people.
  expect(show.out).toContain('Thank you! 3 answered.');
  expect(show.out).not.toMatch(/\d+% answered/);
  expect(show.out).toContain('67% agree');

  expect(await h.run(['results', 'note', pulse.id])).toMatchObject({ code: 1 });
  const unknown = await h.run(['results', 'note', 'pulse_nope', 'Vi', 'gjør', 'noe.']);
  expect(unknown).toMatchObject({ code: 1, err: expect.stringContaining('«pulse_nope»') });

  const sentence = 'Vi tar dette opp på allmøtet.';
  const noted = await h.run(['results', 'note', pulse.id, sentence]);
  expect(noted.code).toBe(0);
  expect(noted.out).toContain(`Dette gjør vi med det: ${sentence}`);
  const queued = await appRows(
    await h.runtime(),
    "SELECT dedupe_key AS key, target_id AS target FROM deliveries WHERE dedupe_key LIKE 'results:%'",
  );
  expect(queued).toEqual([{ key: `results:${pulse.id}`, target: 'innovasjon' }]);

  const again = await h.run(['results', 'note', pulse.id, 'En setning til.']);
  expect(again.code).toBe(1);
  expect(again.err).toContain('Det du skrev: «En setning til.»');
  expect((await h.run(['results', 'nonsense'])).code).toBe(2);
});
