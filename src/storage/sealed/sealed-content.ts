import type { ContentRepository, KaffeRepository, NextStepRepository } from '../../core/ports.js';
import type { KaffeMember, KaffePair, NextStep, Nomination, Reflection, Story } from '../../core/records.js';
import * as t from '../schema/index.js';
import { byKey, openAll, openOne, personKeys, purposeOf, rowCodec } from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer } from './sealer.js';

export function sealedContent(inner: InnerRepositories, sealer: Sealer): ContentRepository {
  const content = inner.content;
  const authors = personKeys(sealer, t.stories, 'authorKey');
  const writers = personKeys(sealer, t.reflections, 'authorKey');
  const nominees = personKeys(sealer, t.nominations, 'nomineeKey');
  const stories = rowCodec<Story>(sealer, t.stories);
  const reflections = rowCodec<Reflection>(sealer, t.reflections);
  const nominations = rowCodec<Nomination>(sealer, t.nominations);
  const messageRefs = purposeOf(t.deliveries, 'messageRef');

  return {
    ...content,
    addReflection: (reflection) => content.addReflection(reflections.seal(reflection)),
    reflectionsIn: (period) => openAll(content.reflectionsIn(period), reflections.open),
    reflectionsBy: (author) => openAll(content.reflectionsBy(writers.token(author)), reflections.open),
    openNextSteps: (before) => openAll(content.openNextSteps(before), reflections.open),
    addStory: (story) => content.addStory(stories.seal(story)),
    getStory: (id) => openOne(content.getStory(id), stories.open),
    storiesIn: (period) => openAll(content.storiesIn(period), stories.open),
    storiesBy: (author) => openAll(content.storiesBy(authors.token(author)), stories.open),
    storyPostedAt: (platform, messageRef) =>
      content.storyPostedAt(platform, sealer.token(messageRefs, messageRef)),
    addNomination: (nomination) => content.addNomination(nominations.seal(nomination)),
    getNomination: (id) => openOne(content.getNomination(id), nominations.open),
    setNominationStatus: (id, status, at, recognisedBy) =>
      openOne(
        content.setNominationStatus(id, status, at, recognisedBy && nominees.token(recognisedBy)),
        nominations.open,
      ),
    nominationsIn: (period) => openAll(content.nominationsIn(period), nominations.open),
    nominationsOf: (person) => openAll(content.nominationsOf(nominees.token(person)), nominations.open),
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
  const owners = personKeys(sealer, t.nextSteps, 'ownerKey');
  const step = rowCodec<NextStep>(sealer, t.nextSteps);
  return {
    ...steps,
    add: (next) => steps.add(step.seal(next)),
    get: (id) => openOne(steps.get(id), step.open),
    due: (today) => openAll(steps.due(today), step.open),
    overdue: (today) => openAll(steps.overdue(today), step.open),
    answeredIn: (period) => openAll(steps.answeredIn(period), step.open),
    ownedBy: (person) => openAll(steps.ownedBy(owners.token(person)), step.open),
    forget: (person) => steps.forget(owners.token(person)),
  };
}

export function sealedKaffe(inner: InnerRepositories, sealer: Sealer): KaffeRepository {
  const kaffe = inner.kaffe;
  const people = personKeys(sealer, t.kaffeMembers, 'personKey');
  const member = rowCodec<KaffeMember>(sealer, t.kaffeMembers);
  const pair = rowCodec<KaffePair>(sealer, t.kaffePairs);
  return {
    ...kaffe,
    join: (person, at) => kaffe.join(people.token(person), at),
    leave: (person) => kaffe.leave(people.token(person)),
    skipNext: (person) => kaffe.skipNext(people.token(person)),
    member: (person) => openOne(kaffe.member(people.token(person)), member.open),
    members: async () => (await openAll(kaffe.members(), member.open)).sort(byKey((m) => m.personKey)),
    pairsIn: (platform, rounds) => openAll(kaffe.pairsIn(platform, rounds), pair.open),
    addRound: (pairs, skipped) => kaffe.addRound(pairs.map(pair.seal), skipped.map(people.token)),
    getPair: (id) => openOne(kaffe.getPair(id), pair.open),
    pairsCreatedIn: (period) => openAll(kaffe.pairsCreatedIn(period), pair.open),
    pairsOf: (person) => openAll(kaffe.pairsOf(people.token(person)), pair.open),
    forget: (person) => kaffe.forget(people.token(person)),
  };
}
