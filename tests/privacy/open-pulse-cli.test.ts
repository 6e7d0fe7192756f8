// Issue 21 on the command line: `kulturpuls results show` refuses a pulse that is still open, and the
// digest of the current month, in every format, is byte for byte what it was before anyone answered
// (the time it was made aside). Once the pulse is closed, both show its figures.
import { expect, it } from 'vitest';
import type { Pulse } from '../../src/core/records.js';
import { localMonth, monthPeriod } from '../../src/core/time.js';
import { useCli } from '../cli/cli-harness.js';

const cli = useCli();
const FORMATS = ['md', 'json', 'csv', 'html'] as const;
const HOUR = 3_600_000;

/** The time a digest was made is the only thing allowed to differ between two runs. */
const timeless = (text: string) =>
  text
    .replace(/"generatedAt": "[^"]*"/g, '"generatedAt": ""')
    .replace(/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?Z?)?/g, 'TIME');

it('an open pulse: `results show` is refused and no digest format changes; closed, both show it', async () => {
  const h = await cli();
  h.write('kulturpuls.yaml', 'organisation: Testvik kommune\nprivacy: { minGroupSize: 3 }\n');
  const runtime = await h.runtime();
  const zone = runtime.settings.timezone;
  const now = runtime.clock.now();
  const month = localMonth(now, zone);
  // Still open for an hour, within this month (so it counts in this month's digest once closed).
  const monthEnd = new Date(monthPeriod(month, zone).to).getTime() - 1_000;
  const pulse: Pulse = {
    id: 'pulse_open_cli',
    occurrenceKey: null,
    questionIds: runtime.core.bank
      .active('pulse')
      .slice(0, 2)
      .map((q) => q.id),
    opensAt: new Date(now.getTime() - HOUR).toISOString(),
    closesAt: new Date(Math.min(now.getTime() + HOUR, monthEnd)).toISOString(),
    closedAt: null,
  };
  await runtime.store.pulses.create(pulse);
  const voters = ['p0', 'p1', 'p2'];
  for (const userId of voters) await runtime.core.people.ensure({ platform: 'local', userId });

  const digests = async () => {
    const texts: Record<string, string> = {};
    for (const format of FORMATS) {
      const run = await h.run(['digest', '--month', month, '--format', format]);
      expect(run.code, `${format}: ${run.err}`).toBe(0);
      texts[format] = timeless(run.out);
    }
    return texts;
  };
  const before = await digests();

  for (const [i, userId] of voters.entries())
    for (const [q, questionId] of pulse.questionIds.entries())
      expect(
        (
          await runtime.core.pulses.vote({
            actor: { platform: 'local', userId },
            pulseId: pulse.id,
            questionId,
            value: q === 0 ? ([5, 4, 1][i] as number) : 5,
          })
        ).status,
      ).toBe('recorded');

  const show = await h.run(['results', 'show', pulse.id, '--lang', 'en']);
  expect(show.code).toBe(1);
  expect(show.out).toBe('');
  expect(show.err).toMatch(
    /^The pulse is still open, so no figures are shown yet\. The results come when it closes, /,
  );
  expect(show.err).not.toMatch(/\d+ ?%/);
  const nynorsk = await h.run(['results', 'show', pulse.id, '--lang', 'nn']);
  expect(nynorsk.err).toMatch(/^Pulsmålinga er framleis open/);
  expect(await digests()).toEqual(before);

  await runtime.store.pulses.close(pulse.id, new Date().toISOString());
  const closed = await h.run(['results', 'show', pulse.id, '--lang', 'en']);
  expect(closed).toMatchObject({ code: 0, err: '' });
  expect(closed.out).toContain('67% agree');
  expect(closed.out).toContain('100% agree');
  const after = await digests();
  for (const format of FORMATS) expect(after[format], format).not.toEqual(before[format]);
  const json = JSON.parse(after.json ?? '{}') as { participation: { respondents: { value: number } } };
  expect(json.participation.respondents.value).toBe(3);
});
