import type { CoreContext } from '../context.js';
import { keepInput, listValue, textValue, validateForm } from '../forms/validate.js';
import { translator } from '../i18n/translate.js';
import type { FormResult, FormValues } from '../message.js';
import { type Actor, knownName, type People } from '../people.js';
import { type ListAccess, maySeeNomination, type Place, pendingListAccess } from '../privacy/visibility.js';
import { type Nomination, type PersonKey, parsePersonKey, personKey, type Target } from '../records.js';
import type { Dimension } from '../vocabulary.js';
import { nominationForm } from './nomination-form.js';

export type DecisionResult =
  | { status: 'accepted' | 'declined' | 'recognised'; nomination: Nomination }
  | { status: 'not_found' | 'not_yours' | 'already_decided' | 'not_allowed' | 'not_accepted' };

export function createNominationService(ctx: CoreContext, people: People) {
  const { store, settings } = ctx;
  // Bot users (the platform tells the adapter its own id at start): a bot cannot be nominated.
  const bots = new Set<string>();

  async function formFor(actor: Actor) {
    const person = await people.ensure(actor);
    const locale = await people.localeOf(person.key);
    const known = await store.people.list(actor.platform);
    const others = known.filter((p) => p.key !== person.key);
    // A list of people is never empty (a choice set without a choice is not a valid card): before
    // anyone else is known, it holds the nominator alone, and choosing oneself is refused as such.
    const colleagues = others.length > 0 ? others : known.filter((p) => p.key === person.key);
    return {
      person,
      locale,
      t: translator(locale),
      form: nominationForm(translator(locale), locale, settings.sectors, colleagues),
    };
  }

  /** Where recognitions are posted: the channels that get the reflection questions, per platform. */
  function recognitionTargets(platform: Target['platform']): Target[] {
    const seen = new Map<string, Target>();
    for (const schedule of settings.schedules) {
      if (!schedule.enabled || schedule.kind !== 'reflection') continue;
      for (const target of schedule.targets) {
        if (target.platform === platform) seen.set(`${target.kind}:${target.id}`, target);
      }
    }
    return [...seen.values()];
  }

  return {
    form: async (actor: Actor) => (await formFor(actor)).form,

    /** Marks a person key as a bot (Kulturpuls itself, Slackbot): nominating it is refused. */
    registerBot(key: string): void {
      bots.add(key);
    },

    async submit(actor: Actor, values: FormValues): Promise<FormResult & { nomination?: Nomination }> {
      const { person, t, form } = await formFor(actor);
      const errors = validateForm(form, values, t);
      const kind = textValue(values, 'nomineeKind') === 'team' ? 'team' : 'person';
      const nomineeId = textValue(values, 'nominee');
      const teamName = textValue(values, 'teamName');
      if (kind === 'person' && !nomineeId) errors.nominee = t('nomination.error.nomineeRequired');
      if (kind === 'person' && nomineeId && personKey(actor.platform, nomineeId) === person.key) {
        errors.nominee = t('nomination.error.self');
      }
      if (kind === 'person' && nomineeId && bots.has(personKey(actor.platform, nomineeId))) {
        errors.nominee = t('nomination.error.bot');
      }
      if (kind === 'team' && !teamName) errors.teamName = t('nomination.error.teamRequired');
      if (Object.keys(errors).length > 0) return { ok: false, errors, form: keepInput(form, values) };

      const now = ctx.nowIso();
      const nomineeKey = kind === 'person' ? personKey(actor.platform, nomineeId) : null;
      const nomination: Nomination = {
        id: ctx.newId('nom'),
        nominatorKey: person.key,
        nomineeKind: kind,
        nomineeKey,
        teamName: kind === 'team' ? teamName : null,
        dimension: textValue(values, 'dimension') as Dimension,
        reason: textValue(values, 'reason'),
        sectors: listValue(values, 'sectors'),
        // A team is not a person to ask; it is published only when a manager recognises it.
        status: kind === 'person' ? 'awaiting_consent' : 'accepted',
        recognisedByKey: null,
        createdAt: now,
        decidedAt: kind === 'person' ? null : now,
      };
      await store.transaction(async (tx) => {
        if (nomineeKey) {
          const known = await tx.people.get(nomineeKey);
          // A nominee picked by id (the Teams people picker) is stored without a name until they come by.
          await tx.people.upsert({ key: nomineeKey, displayName: known?.displayName ?? '' }, now);
        }
        await tx.content.addNomination(nomination);
        if (nomineeKey) {
          await tx.outbox.enqueue(
            {
              dedupeKey: `consent:${nomination.id}`,
              target: { platform: actor.platform, kind: 'dm', id: nomineeId },
              payload: { type: 'consent', nominationId: nomination.id },
              notBefore: now,
            },
            now,
          );
        }
      });
      const key = kind === 'person' ? 'nomination.thanks.person' : 'nomination.thanks.team';
      return {
        ok: true,
        nomination,
        confirmation: { fallbackText: t(key), blocks: [{ type: 'text', text: t(key) }] },
      };
    },

    /** The nominee accepts or declines; nothing is published before they accept. */
    async decide(actor: Actor, nominationId: string, accept: boolean): Promise<DecisionResult> {
      const nomination = await store.content.getNomination(nominationId);
      if (!nomination) return { status: 'not_found' };
      if (nomination.nomineeKey !== personKey(actor.platform, actor.userId)) return { status: 'not_yours' };
      if (nomination.status !== 'awaiting_consent') return { status: 'already_decided' };
      const status = accept ? 'accepted' : 'declined';
      const now = ctx.nowIso();
      return store.transaction(async (tx): Promise<DecisionResult> => {
        const updated = await tx.content.setNominationStatus(nominationId, status, now);
        if (!updated) return { status: 'not_found' };
        // The nominator hears a yes; a no is never passed on (the consent request promises that).
        const nominator = parsePersonKey(updated.nominatorKey);
        if (accept && nominator) {
          const nominee = knownName(await tx.people.get(updated.nomineeKey ?? '')) ?? actor.displayName;
          await tx.outbox.enqueue(
            {
              dedupeKey: `consent-accepted:${updated.id}`,
              target: { platform: nominator.platform, kind: 'dm', id: nominator.userId },
              payload: nominee
                ? { type: 'notice', textKey: 'nomination.consent.acceptedNominator', params: { nominee } }
                : { type: 'notice', textKey: 'nomination.consent.acceptedNominatorUnnamed' },
              notBefore: now,
            },
            now,
          );
        }
        return { status, nomination: updated };
      });
    },

    /** A manager or lead recognises an accepted nomination; the recognition is posted to the channels. */
    async recognise(actor: Actor, nominationId: string): Promise<DecisionResult> {
      const key = personKey(actor.platform, actor.userId);
      if (!(await people.mayRecognise(key))) return { status: 'not_allowed' };
      const nomination = await store.content.getNomination(nominationId);
      if (!nomination) return { status: 'not_found' };
      if (nomination.status === 'recognised') return { status: 'already_decided' };
      if (nomination.status !== 'accepted') return { status: 'not_accepted' };
      const now = ctx.nowIso();
      return store.transaction(async (tx): Promise<DecisionResult> => {
        const updated = await tx.content.setNominationStatus(nominationId, 'recognised', now, key);
        if (!updated) return { status: 'not_found' };
        for (const target of recognitionTargets(actor.platform)) {
          await tx.outbox.enqueue(
            {
              dedupeKey: `recognition:${nominationId}`,
              target,
              payload: { type: 'recognition', nominationId },
              notBefore: now,
            },
            now,
          );
        }
        return { status: 'recognised', nomination: updated };
      });
    },

    /**
     * Accepted nominations waiting for a manager's recognition, for one reader in one place: shown
     * only to managers, leads and admins, and only where nobody else reads along.
     */
    async awaitingRecognition(
      reader: PersonKey,
      place: Place,
      period: { from: string; to: string },
    ): Promise<{ access: ListAccess; nominations: Nomination[] }> {
      const viewer = await people.viewer(reader);
      const access = pendingListAccess(viewer, place);
      if (access !== 'shown') return { access, nominations: [] };
      const nominations = (await store.content.nominationsIn(period)).filter(
        (n) => n.status === 'accepted' && maySeeNomination(n, viewer, place),
      );
      return { access, nominations };
    },
  };
}

export type NominationService = ReturnType<typeof createNominationService>;
