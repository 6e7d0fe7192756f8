import type { ContentRepository, KaffeRepository, NextStepRepository } from '../../core/ports.js';
import type { KaffeMember, KaffePair, NextStep, Nomination, Reflection, Story } from '../../core/records.js';
import { byKey, openAll, openOne, personColumns, textColumn } from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer } from './sealer.js';

export function sealedContent(inner: InnerRepositories, sealer: Sealer): ContentRepository {
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

  return {
    addReflection: (reflection) => content.addReflection(sealReflection(reflection)),
    reflectionsIn: (period) => openAll(content.reflectionsIn(period), openReflection),
    reflectionsBy: (author) => openAll(content.reflectionsBy(writers.token(author)), openReflection),
    openNextSteps: (before) => openAll(content.openNextSteps(before), openReflection),
    markNextStepDone: (id, at) => content.markNextStepDone(id, at),
    addStory: (story) => content.addStory(sealStory(story)),
    getStory: (id) => openOne(content.getStory(id), openStory),
    storiesIn: (period) => openAll(content.storiesIn(period), openStory),
    storiesBy: (author) => openAll(content.storiesBy(authors.token(author)), openStory),
    addReaction: (storyId) => content.addReaction(storyId),
    storyPostedAt: (platform, messageRef) =>
      content.storyPostedAt(platform, sealer.token('deliveries.message', messageRef)),
    setStoryReaction: (input) => content.setStoryReaction(input),
    addNomination: (nomination) => content.addNomination(sealNomination(nomination)),
    getNomination: (id) => openOne(content.getNomination(id), openNomination),
    setNominationStatus: (id, status, at, recognisedBy) =>
      openOne(
        content.setNominationStatus(id, status, at, recognisedBy && nominees.token(recognisedBy)),
        openNomination,
      ),
    nominationsIn: (period) => openAll(content.nominationsIn(period), openNomination),
    nominationsOf: (person) => openAll(content.nominationsOf(nominees.token(person)), openNomination),
    forget: (person) =>
      content.forget({
        stories: authors.token(person),
        reflections: writers.token(person),
        nominations: nominees.token(person),
      }),
  };
}

export function sealedNextSteps(inner: InnerRepositories, sealer: Sealer): NextStepRepository {
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
    get: (id) => openOne(steps.get(id), openStep),
    due: (today) => openAll(steps.due(today), openStep),
    markReminded: (id, at) => steps.markReminded(id, at),
    answer: (id, outcome, at, dueOn) => steps.answer(id, outcome, at, dueOn),
    setLearned: (id, learned, at) => steps.setLearned(id, learned, at),
    overdue: (today) => openAll(steps.overdue(today), openStep),
    answeredIn: (period) => openAll(steps.answeredIn(period), openStep),
    ownedBy: (person) => openAll(steps.ownedBy(owners.token(person)), openStep),
    forget: (person) => steps.forget(owners.token(person)),
  };
}

export function sealedKaffe(inner: InnerRepositories, sealer: Sealer): KaffeRepository {
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
    member: (person) => openOne(kaffe.member(people.token(person)), openMember),
    members: async () => (await openAll(kaffe.members(), openMember)).sort(byKey((m) => m.personKey)),
    lastRounds: (platform, count) => kaffe.lastRounds(platform, count),
    pairsIn: (platform, rounds) => openAll(kaffe.pairsIn(platform, rounds), openPair),
    addRound: (pairs, skipped) => kaffe.addRound(pairs.map(sealPair), skipped.map(people.token)),
    getPair: (id) => openOne(kaffe.getPair(id), openPair),
    setMet: (id, side, met) => kaffe.setMet(id, side, met),
    pairsCreatedIn: (period) => openAll(kaffe.pairsCreatedIn(period), openPair),
    pairsOf: (person) => openAll(kaffe.pairsOf(people.token(person)), openPair),
    forget: (person) => kaffe.forget(people.token(person)),
    deletePairsBefore: (cutoff) => kaffe.deletePairsBefore(cutoff),
  };
}
