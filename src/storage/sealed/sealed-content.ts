import type { ContentRepository, KaffeRepository, NextStepRepository } from '../../core/ports.js';
import type { KaffeMember, KaffePair, NextStep, Nomination, Reflection, Story } from '../../core/records.js';
import { byKey, personColumns, textColumn } from './column-codecs.js';
import type { InnerStore } from './inner-store.js';
import type { Sealer } from './sealer.js';

export function sealedContent(inner: InnerStore, sealer: Sealer): ContentRepository {
  const content = inner.content;
  const authors = personColumns(sealer, 'stories.author');
  const writers = personColumns(sealer, 'reflections.author');
  const owners = textColumn(sealer, 'owner-text');
  const nominees = personColumns(sealer, 'nominations');
  const reasons = textColumn(sealer, 'nominations.reason');

  const sealStory = (story: Story): Story => ({ ...story, authorKey: authors.token(story.authorKey) });
  const openStory = (story: Story): Story => ({ ...story, authorKey: authors.keyOf(story.authorKey) });
  const sealReflection = (r: Reflection): Reflection => ({
    ...r,
    authorKey: writers.maybeToken(r.authorKey),
    nextStepOwner: owners.seal(r.nextStepOwner),
  });
  const openReflection = (r: Reflection): Reflection => ({
    ...r,
    authorKey: writers.maybeKey(r.authorKey),
    nextStepOwner: owners.open(r.nextStepOwner),
  });
  const sealNomination = (n: Nomination): Nomination => ({
    ...n,
    nominatorKey: nominees.token(n.nominatorKey),
    nomineeKey: nominees.maybeToken(n.nomineeKey),
    recognisedByKey: nominees.maybeToken(n.recognisedByKey),
    reason: sealer.seal('nominations.reason', n.reason),
  });
  const openNomination = (n: Nomination): Nomination => ({
    ...n,
    nominatorKey: nominees.keyOf(n.nominatorKey),
    nomineeKey: nominees.maybeKey(n.nomineeKey),
    recognisedByKey: nominees.maybeKey(n.recognisedByKey),
    reason: reasons.open(n.reason) ?? '',
  });
  const maybe = <T>(value: T | undefined, open: (v: T) => T) =>
    value === undefined ? undefined : open(value);

  return {
    addReflection: (reflection) => content.addReflection(sealReflection(reflection)),
    reflectionsIn: (period) => content.reflectionsIn(period).map(openReflection),
    reflectionsBy: (author) => content.reflectionsBy(writers.token(author)).map(openReflection),
    openNextSteps: (before) => content.openNextSteps(before).map(openReflection),
    markNextStepDone: (id, at) => content.markNextStepDone(id, at),
    addStory: (story) => content.addStory(sealStory(story)),
    getStory: (id) => maybe(content.getStory(id), openStory),
    storiesIn: (period) => content.storiesIn(period).map(openStory),
    storiesBy: (author) => content.storiesBy(authors.token(author)).map(openStory),
    addReaction: (storyId) => content.addReaction(storyId),
    storyPostedAt: (platform, messageRef) =>
      content.storyPostedAt(platform, sealer.token('deliveries.message', messageRef)),
    setStoryReaction: (input) => content.setStoryReaction(input),
    addNomination: (nomination) => content.addNomination(sealNomination(nomination)),
    getNomination: (id) => maybe(content.getNomination(id), openNomination),
    setNominationStatus: (id, status, at, recognisedBy) =>
      maybe(
        content.setNominationStatus(id, status, at, recognisedBy && nominees.token(recognisedBy)),
        openNomination,
      ),
    nominationsIn: (period) => content.nominationsIn(period).map(openNomination),
    nominationsOf: (person) => content.nominationsOf(nominees.token(person)).map(openNomination),
    forget: (person) =>
      content.forget({
        stories: authors.token(person),
        reflections: writers.token(person),
        nominations: nominees.token(person),
      }),
  };
}

export function sealedNextSteps(inner: InnerStore, sealer: Sealer): NextStepRepository {
  const steps = inner.nextSteps;
  const owners = personColumns(sealer, 'next-steps.owner');
  const ownerTexts = textColumn(sealer, 'owner-text');
  const openStep = (step: NextStep): NextStep => ({
    ...step,
    ownerKey: owners.maybeKey(step.ownerKey),
    ownerText: ownerTexts.open(step.ownerText),
  });
  return {
    add: (step) =>
      steps.add({
        ...step,
        ownerKey: owners.maybeToken(step.ownerKey),
        ownerText: ownerTexts.seal(step.ownerText),
      }),
    get: (id) => {
      const step = steps.get(id);
      return step && openStep(step);
    },
    due: (today) => steps.due(today).map(openStep),
    markReminded: (id, at) => steps.markReminded(id, at),
    answer: (id, outcome, at, dueOn) => steps.answer(id, outcome, at, dueOn),
    setLearned: (id, learned, at) => steps.setLearned(id, learned, at),
    overdue: (today) => steps.overdue(today).map(openStep),
    answeredIn: (period) => steps.answeredIn(period).map(openStep),
    ownedBy: (person) => steps.ownedBy(owners.token(person)).map(openStep),
    forget: (person) => steps.forget(owners.token(person)),
  };
}

export function sealedKaffe(inner: InnerStore, sealer: Sealer): KaffeRepository {
  const kaffe = inner.kaffe;
  const people = personColumns(sealer, 'kaffe');
  const openMember = (m: KaffeMember): KaffeMember => ({ ...m, personKey: people.keyOf(m.personKey) });
  const sealPair = (p: KaffePair): KaffePair => ({
    ...p,
    aKey: people.maybeToken(p.aKey),
    bKey: people.maybeToken(p.bKey),
  });
  const openPair = (p: KaffePair): KaffePair => ({
    ...p,
    aKey: people.maybeKey(p.aKey),
    bKey: people.maybeKey(p.bKey),
  });
  return {
    join: (person, at) => kaffe.join(people.token(person), at),
    leave: (person) => kaffe.leave(people.token(person)),
    skipNext: (person) => kaffe.skipNext(people.token(person)),
    member: (person) => {
      const found = kaffe.member(people.token(person));
      return found && openMember(found);
    },
    members: () =>
      kaffe
        .members()
        .map(openMember)
        .sort(byKey((m) => m.personKey)),
    lastRounds: (platform, count) => kaffe.lastRounds(platform, count),
    pairsIn: (platform, rounds) => kaffe.pairsIn(platform, rounds).map(openPair),
    addRound: (pairs, skipped) => kaffe.addRound(pairs.map(sealPair), skipped.map(people.token)),
    getPair: (id) => {
      const pair = kaffe.getPair(id);
      return pair && openPair(pair);
    },
    setMet: (id, side, met) => kaffe.setMet(id, side, met),
    pairsCreatedIn: (period) => kaffe.pairsCreatedIn(period).map(openPair),
    pairsOf: (person) => kaffe.pairsOf(people.token(person)).map(openPair),
    forget: (person) => kaffe.forget(people.token(person)),
    deletePairsBefore: (cutoff) => kaffe.deletePairsBefore(cutoff),
  };
}
