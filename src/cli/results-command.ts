import { parseArgs } from 'node:util';
import type { Message } from '../core/message.js';
import { resultsNoteReply } from '../core/pulses/results-service.js';
import { LOCALES, type Locale } from '../core/vocabulary.js';
import { withRuntime } from './commands.js';
import { type CliIo, type ExitCode, UsageError } from './io.js';

const USAGE =
  'usage: kulturpuls results list | results show PULSE_ID [--lang nb|nn|en] | results note PULSE_ID "SENTENCE"';

function plain(message: Message): string {
  return message.blocks
    .map((block) => ('text' in block ? block.text : ''))
    .filter(Boolean)
    .join('\n\n');
}

/** `kulturpuls results …`: recent pulses, a preview of their results, and the lead's one sentence. */
export function resultsCommand(io: CliIo, args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: { lang: { type: 'string' } },
    allowPositionals: true,
  });
  const [action, pulseId, ...words] = positionals;
  const lang = values.lang;
  if (lang !== undefined && !LOCALES.includes(lang as Locale)) throw new UsageError(USAGE);
  if (action !== 'list' && (!pulseId || (action !== 'show' && action !== 'note')))
    throw new UsageError(USAGE);
  return withRuntime(io, async (runtime): Promise<ExitCode> => {
    const results = runtime.core.results;
    const locale = (lang as Locale | undefined) ?? runtime.settings.defaultLocale;
    if (action === 'list') {
      const to = new Date(runtime.clock.now().getTime() + 31 * 86_400_000).toISOString();
      const from = new Date(runtime.clock.now().getTime() - 92 * 86_400_000).toISOString();
      const pulses = await runtime.store.pulses.pulsesIn({ from, to });
      if (pulses.length === 0) io.out('No pulses in the last three months.');
      for (const pulse of pulses.reverse()) {
        const state = await runtime.store.results.get(pulse.id);
        const status = !pulse.closedAt
          ? `open until ${pulse.closesAt}`
          : state?.sharedAt
            ? `results shared ${state.sharedAt}`
            : `results due ${state?.dueAt ?? 'when a lead adds a note'}`;
        io.out(`${pulse.id}  closes ${pulse.closesAt}  ${status}`);
      }
      return 0;
    }
    const id = pulseId ?? '';
    if (action === 'show') {
      const preview = await results.preview(id, locale);
      if (preview.status !== 'shown') {
        io.err(
          preview.status === 'open'
            ? preview.text
            : resultsNoteReply({ status: 'unknown_pulse', text: '' }, locale, id),
        );
        return 1;
      }
      io.out(plain(preview.message));
      return 0;
    }
    const outcome = await results.note({ pulseId: id, text: words.join(' '), by: null });
    if (outcome.status !== 'shared') {
      io.err(resultsNoteReply(outcome, locale, id));
      return 1;
    }
    io.out(`${resultsNoteReply(outcome, locale, id)}\n\n${plain(outcome.message)}`);
    return 0;
  });
}
