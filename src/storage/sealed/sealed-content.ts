import type { ContentRepository, KaffeRepository, NextStepRepository } from '../../core/ports.js';
import type { KaffeMember, KaffePair, NextStep, Nomination, Reflection, Story } from '../../core/records.js';
import * as t from '../schema/index.js';
import { byKey, personKeys, purposeOf, rowCodec, sealing, tokenColumn } from './column-codecs.js';
import type { InnerRepositories } from './inner-store.js';
import type { Sealer } from './sealer.js';

export function sealedContent(inner: InnerRepositories, sealer: Sealer): ContentRepository {
  const authors = personKeys(sealer, t.stories, 'authorKey');
  const writers = personKeys(sealer, t.reflections, 'authorKey');
  const nominees = personKeys(sealer, t.nominations, 'nomineeKey');
  const stories = rowCodec<Story>(sealer, t.stories);
  const reflections = rowCodec<Reflection>(sealer, t.reflections);
  const nominations = rowCodec<Nomination>(sealer, t.nominations);
  const messageRefs = tokenColumn(sealer, purposeOf(t.deliveries, 'messageRef'), 'message reference');
  const content = sealing(inner.content)
    .open(reflections.open, 'reflectionsIn', 'reflectionsBy', 'openNextSteps')
    .open(stories.open, 'getStory', 'storiesIn', 'storiesBy')
    .open(nominations.open, 'getNomination', 'setNominationStatus', 'nominationsIn', 'nominationsOf')
    .seal(reflections.seal, 'addReflection')
    .seal(writers.token, 'reflectionsBy')
    .seal(stories.seal, 'addStory')
    .seal(authors.token, 'storiesBy')
    .sealAt(1, messageRefs.token, 'storyPostedAt')
    .seal(nominations.seal, 'addNomination')
    .sealAt(3, nominees.token, 'setNominationStatus')
    .seal(nominees.token, 'nominationsOf').repository;
  return {
    ...content,
    forget: (person) =>
      content.forget({
        stories: authors.token(person),
        reflections: writers.token(person),
        nominations: nominees.token(person),
      }),
  };
}

export function sealedNextSteps(inner: InnerRepositories, sealer: Sealer): NextStepRepository {
  const owner = personKeys(sealer, t.nextSteps, 'ownerKey').token;
  const step = rowCodec<NextStep>(sealer, t.nextSteps);
  return sealing(inner.nextSteps)
    .seal(step.seal, 'add')
    .seal(owner, 'ownedBy', 'forget')
    .open(step.open, 'get', 'due', 'overdue', 'answeredIn', 'ownedBy').repository;
}

export function sealedKaffe(inner: InnerRepositories, sealer: Sealer): KaffeRepository {
  const person = personKeys(sealer, t.kaffeMembers, 'personKey').token;
  const member = rowCodec<KaffeMember>(sealer, t.kaffeMembers);
  const pair = rowCodec<KaffePair>(sealer, t.kaffePairs);
  const kaffe = sealing(inner.kaffe)
    .seal(person, 'join', 'leave', 'skipNext', 'member', 'pairsOf', 'forget')
    .open(member.open, 'member', 'members')
    .open(pair.open, 'pairsIn', 'getPair', 'pairsCreatedIn', 'pairsOf').repository;
  return {
    ...kaffe,
    members: async () => (await kaffe.members()).sort(byKey((m) => m.personKey)),
    addRound: (pairs, skipped) => kaffe.addRound(pairs.map(pair.seal), skipped.map(person)),
  };
}
