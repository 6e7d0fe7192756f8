import type { CoreContext } from '../context.js';
import { formatDate, formatDateTime, translator } from '../i18n/translate.js';
import { ACTIONS, type Message } from '../message.js';
import type { Repositories } from '../ports.js';
import { figuresFinal, openPulseText } from '../privacy/pulse-figures.js';
import type { PersonKey, Pulse, Question, Target } from '../records.js';
import type { Locale } from '../vocabulary.js';
import { pulseResults } from './pulse-results.js';
import { closedPulseMessage, resultsMessage } from './results-message.js';

export const DEFAULT_SHARE_DELAY_HOURS = 24;
/** "Dette gjør vi med det" is one sentence, not a report. */
export const RESULTS_NOTE_MAX_LENGTH = 280;

export type ResultsNoteResult =
  | { status: 'shared'; pulseId: string; message: Message }
  | {
      status: 'unknown_pulse' | 'not_closed' | 'already_shared' | 'empty' | 'too_long' | 'not_allowed';
      text: string;
    };

/** The localized answer to a note, on every surface (chat, CLI). */
export function resultsNoteReply(result: ResultsNoteResult, locale: Locale, pulseId: string): string {
  const t = translator(locale);
  switch (result.status) {
    case 'shared':
      return t('results.note.saved');
    case 'unknown_pulse':
      return t('results.error.unknownPulse', { id: pulseId });
    case 'not_closed':
      return t('results.error.notClosed', { text: result.text });
    case 'already_shared':
      return t('results.error.alreadyShared', { text: result.text });
    case 'empty':
      return t('results.error.empty');
    case 'too_long':
      return t('results.error.tooLong', {
        length: result.text.length,
        max: RESULTS_NOTE_MAX_LENGTH,
        text: result.text,
      });
    case 'not_allowed':
      return t('results.error.notAllowed', { text: result.text });
  }
}

/** What the note's transaction decided; the message of a shared note is made after the commit. */
type NoteOutcome = Exclude<ResultsNoteResult, { status: 'shared' }> | { status: 'shared'; pulse: Pulse };

/** A pulse's results for a lead: shown once it has closed, refused while it is open (no figure at all). */
export type ResultsPreview =
  | {
      status: 'shown';
      message: Message /** Shared in the channel already: no note can go with them now. */;
      shared: boolean;
      /** The day the pulse opened, as people name it ("onsdag 3. desember"). */
      date: string;
    }
  | { status: 'open'; text: string }
  | { status: 'unknown_pulse' };

const closedKey = (pulseId: string) => `closed:${pulseId}`;
const sharedKey = (pulseId: string) => `closed-shared:${pulseId}`;
const resultsKey = (pulseId: string) => `results:${pulseId}`;

/**
 * Closing the loop: a closed pulse's channel posts are replaced by their closed form, and its results
 * go back to the same channels after `results.shareDelayHours`, or at once when a lead adds a note.
 * Both go through the outbox, so each happens once per channel, with retries.
 */
export function createResultsService(
  ctx: CoreContext,
  roles?: { isLeadOrAdmin(key: PersonKey): Promise<boolean> },
) {
  const { store, settings, bank } = ctx;
  const delayMs = (settings.results?.shareDelayHours ?? DEFAULT_SHARE_DELAY_HOURS) * 3_600_000;

  /** The channels that got the pulse's post. */
  async function channelsOf(tx: Repositories, pulse: Pulse): Promise<Target[]> {
    if (!pulse.occurrenceKey) return [];
    return (await tx.outbox.postsOf(pulse.occurrenceKey))
      .filter((post) => post.target.kind === 'channel' && post.status !== 'failed')
      .map((post) => post.target);
  }

  async function queue(
    tx: Repositories,
    pulse: Pulse,
    dedupeKey: string,
    type: 'pulseClosed' | 'results',
    now: string,
  ): Promise<void> {
    for (const target of await channelsOf(tx, pulse)) {
      // Where posts link to each other, the closed post links to the results post, so it waits for it.
      const linked = dedupeKey === sharedKey(pulse.id) && ctx.capabilities[target.platform].permalinks;
      const payload =
        type === 'results'
          ? { type, pulseId: pulse.id }
          : {
              type,
              pulseId: pulse.id,
              postKey: pulse.occurrenceKey ?? '',
              ...(linked ? { resultsKey: resultsKey(pulse.id) } : {}),
            };
      await tx.outbox.enqueue({ dedupeKey, target, payload, notBefore: now }, now);
    }
  }

  /** Inside a transaction: `tx` is its handle. */
  async function share(tx: Repositories, pulse: Pulse, now: string): Promise<boolean> {
    if (!(await tx.results.markShared(pulse.id, now))) return false;
    await queue(tx, pulse, resultsKey(pulse.id), 'results', now);
    // The closed post then says the results are out.
    await queue(tx, pulse, sharedKey(pulse.id), 'pulseClosed', now);
    return true;
  }

  function view(pulse: Pulse, locale: Locale) {
    const questions = pulse.questionIds.map((id) => bank.get(id)).filter((q): q is Question => !!q);
    return {
      pulse,
      questions,
      locale,
      timeZone: settings.timezone,
      minGroupSize: settings.privacy.minGroupSize,
    };
  }

  return {
    /**
     * Closes the pulses that are due (`close`, the pulse service's `closeDue`) and queues, in the
     * same transaction (`close` gets its handle), the update of their posts and the results to come.
     */
    async closeDue(close: (tx: Repositories) => Promise<Pulse[]>): Promise<Pulse[]> {
      // Most ticks close nothing: a plain read then, no write transaction.
      if ((await store.pulses.dueToClose(ctx.nowIso())).length === 0) return [];
      return store.transaction(async (tx) => {
        const closed = await close(tx);
        const now = ctx.nowIso();
        const dueAt = new Date(ctx.clock.now().getTime() + delayMs).toISOString();
        for (const pulse of closed) {
          await tx.results.create(pulse.id, dueAt);
          await queue(tx, pulse, closedKey(pulse.id), 'pulseClosed', now);
        }
        return closed;
      });
    },

    /** Queues the results that are due or have a lead's note; returns how many pulses were shared. */
    async shareDue(): Promise<number> {
      const now = ctx.nowIso();
      const ready = await store.results.readyToShare(now);
      if (ready.length === 0) return 0;
      return store.transaction(async (tx) => {
        let shared = 0;
        for (const state of ready) {
          const pulse = await tx.pulses.get(state.pulseId);
          if (pulse && (await share(tx, pulse, now))) shared += 1;
        }
        return shared;
      });
    },

    /** A lead's one sentence, "Dette gjør vi med det"; the results go out with it now. `by` null: the CLI. */
    async note(input: { pulseId: string; text: string; by: PersonKey | null }): Promise<ResultsNoteResult> {
      const text = input.text.replace(/\s+/g, ' ').trim();
      if (input.by !== null && !(await roles?.isLeadOrAdmin(input.by)))
        return { status: 'not_allowed', text };
      if (!text) return { status: 'empty', text };
      if (text.length > RESULTS_NOTE_MAX_LENGTH) return { status: 'too_long', text };
      const outcome = await store.transaction(async (tx): Promise<NoteOutcome> => {
        const pulse = await tx.pulses.get(input.pulseId);
        if (!pulse) return { status: 'unknown_pulse', text };
        if (pulse.closedAt === null) return { status: 'not_closed', text };
        const now = ctx.nowIso();
        // Closed before results were shared back (an older pulse): the lead's note shares it now.
        await tx.results.create(pulse.id, now);
        if ((await tx.results.get(pulse.id))?.sharedAt) return { status: 'already_shared', text };
        await tx.results.setNote(pulse.id, text, now);
        await share(tx, pulse, now);
        return { status: 'shared', pulse };
      });
      if (outcome.status !== 'shared') return outcome;
      // The message is read once the note is committed (the figures of a closed pulse no longer change).
      const { pulse } = outcome;
      return {
        status: 'shared',
        pulseId: pulse.id,
        message: resultsMessage(await pulseResults(ctx, pulse), text, settings.defaultLocale),
      };
    },

    /** The pulse that closed last (within three months): what `results` in the chat is about. */
    async latestClosed(): Promise<Pulse | undefined> {
      const now = ctx.clock.now();
      const from = new Date(now.getTime() - 92 * 86_400_000).toISOString();
      return (await store.pulses.pulsesIn({ from, to: now.toISOString() }))
        .filter((p) => figuresFinal(p, now.toISOString()))
        .sort((a, b) => b.closesAt.localeCompare(a.closesAt))[0];
    },

    /**
     * The results as the channel will see them (leads preview them before adding a note). A pulse
     * still open is refused: its figures, looked at before and after one vote, would tell that vote.
     */
    async preview(pulseId: string, locale: Locale = settings.defaultLocale): Promise<ResultsPreview> {
      const pulse = await store.pulses.get(pulseId);
      if (!pulse) return { status: 'unknown_pulse' };
      if (!figuresFinal(pulse, ctx.nowIso()))
        return { status: 'open', text: openPulseText(pulse, locale, settings.timezone) };
      const state = await store.results.get(pulseId);
      const message = resultsMessage(await pulseResults(ctx, pulse), state?.note ?? null, locale);
      return {
        status: 'shown',
        message,
        shared: Boolean(state?.sharedAt),
        date: formatDate(locale, pulse.opensAt, settings.timezone),
      };
    },

    /**
     * The closed form of the pulse's post, saying where and when the results are shared; with
     * `resultsRef` (the results post's reference on a platform that can link to it), a link to them.
     */
    async closedMessage(pulseId: string, locale: Locale, resultsRef?: string): Promise<Message | undefined> {
      const pulse = await store.pulses.get(pulseId);
      if (!pulse) return undefined;
      const state = await store.results.get(pulseId);
      const t = translator(locale);
      const when = (iso: string) => formatDateTime(locale, iso, settings.timezone);
      const pointer = state?.sharedAt
        ? t('results.closed.shared', { when: when(state.sharedAt) })
        : t('results.closed.pending', { when: when(state?.dueAt ?? pulse.closesAt) });
      const closed = closedPulseMessage(view(pulse, locale), pointer);
      if (!resultsRef || !state?.sharedAt) return closed;
      const link = { actionId: ACTIONS.openResults, label: t('results.closed.open'), value: resultsRef };
      return { ...closed, blocks: [...closed.blocks, { type: 'actions', buttons: [link] }] };
    },
  };
}

export type ResultsService = ReturnType<typeof createResultsService>;
