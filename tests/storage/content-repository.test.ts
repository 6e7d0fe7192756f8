import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNomination, buildReflection, buildStory } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const march = { from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };

describe('content repository', () => {
  let t: TestStore;
  beforeEach(() => {
    t = createTestStore();
  });
  afterEach(() => t.close());

  it('stores reflections and finds them by period and author', () => {
    const { content } = t.store;
    const named = buildReflection({ authorKey: 'slack:U1', createdAt: '2025-03-05T10:00:00.000Z' });
    const anonymous = buildReflection({ createdAt: '2025-03-31T23:59:59.999Z', sector: 'helse' });
    content.addReflection(named);
    content.addReflection(anonymous);
    content.addReflection(buildReflection({ createdAt: '2025-04-01T00:00:00.000Z' }));

    expect(content.reflectionsIn(march)).toEqual([named, anonymous]);
    expect(content.reflectionsBy('slack:U1')).toEqual([named]);
  });

  it('tracks learning-loop next steps until they are marked done', () => {
    const { content } = t.store;
    const step = buildReflection({
      kind: 'learning',
      tryNext: 'Prøve ut ukentlig idémøte',
      nextStepOwner: 'Enhetsleder',
      createdAt: '2025-03-01T00:00:00.000Z',
    });
    content.addReflection(step);
    content.addReflection(buildReflection({ kind: 'learning', createdAt: '2025-03-01T00:00:00.000Z' }));
    content.addReflection(buildReflection({ tryNext: 'Senere', createdAt: '2025-03-20T00:00:00.000Z' }));

    expect(content.openNextSteps('2025-03-15T00:00:00.000Z').map((r) => r.id)).toEqual([step.id]);
    expect(content.markNextStepDone(step.id, '2025-03-16T00:00:00.000Z')).toBe(true);
    expect(content.markNextStepDone(step.id, '2025-03-17T00:00:00.000Z')).toBe(false);
    expect(content.markNextStepDone('missing', '2025-03-17T00:00:00.000Z')).toBe(false);
    expect(content.openNextSteps('2025-03-15T00:00:00.000Z')).toEqual([]);
  });

  it('stores stories with sectors and booleans, and counts reactions', () => {
    const { content } = t.store;
    const story = buildStory({
      sectors: ['helse', 'omsorg'],
      inUse: false,
      createdAt: '2025-03-02T00:00:00.000Z',
    });
    content.addStory(story);
    content.addStory(buildStory({ createdAt: '2025-02-02T00:00:00.000Z', phase: null, dimension: null }));
    content.addReaction(story.id);
    content.addReaction(story.id);

    expect(content.getStory(story.id)).toEqual({ ...story, reactions: 2 });
    expect(content.storiesIn(march).map((s) => s.id)).toEqual([story.id]);
    expect(content.storiesBy(story.authorKey)).toHaveLength(2);
  });

  it('moves a nomination through its statuses', () => {
    const { content } = t.store;
    const nomination = buildNomination({ createdAt: '2025-03-03T00:00:00.000Z' });
    content.addNomination(nomination);
    expect(content.getNomination(nomination.id)).toEqual(nomination);

    expect(content.setNominationStatus(nomination.id, 'accepted', '2025-03-04T00:00:00.000Z')).toMatchObject({
      status: 'accepted',
      decidedAt: '2025-03-04T00:00:00.000Z',
      recognisedByKey: null,
    });
    expect(
      content.setNominationStatus(nomination.id, 'recognised', '2025-03-05T00:00:00.000Z', 'slack:ULEADER'),
    ).toMatchObject({ status: 'recognised', recognisedByKey: 'slack:ULEADER' });
    expect(content.setNominationStatus('missing', 'declined', '2025-03-05T00:00:00.000Z')).toBeUndefined();
    expect(content.nominationsIn(march).map((n) => n.id)).toEqual([nomination.id]);
  });

  it('finds nominations a person made or received', () => {
    const { content } = t.store;
    const made = buildNomination({ nominatorKey: 'slack:U1', nomineeKey: 'slack:U2' });
    const received = buildNomination({ nominatorKey: 'slack:U3', nomineeKey: 'slack:U1' });
    const team = buildNomination({ nomineeKind: 'team', nomineeKey: null, teamName: 'Legevakten' });
    for (const n of [made, received, team]) content.addNomination(n);
    expect(
      content
        .nominationsOf('slack:U1')
        .map((n) => n.id)
        .sort(),
    ).toEqual([made.id, received.id].sort());
  });

  it("forgets a person's attributed content and nothing else", () => {
    const { content } = t.store;
    const me = 'slack:UFORGET';
    content.addStory(buildStory({ authorKey: me }));
    const otherStory = buildStory();
    content.addStory(otherStory);
    content.addReflection(buildReflection({ authorKey: me }));
    const anonymous = buildReflection();
    content.addReflection(anonymous);
    content.addNomination(buildNomination({ nominatorKey: me }));
    content.addNomination(buildNomination({ nomineeKey: me }));
    const recognisedByMe = buildNomination({ status: 'recognised', recognisedByKey: me });
    content.addNomination(recognisedByMe);

    expect(content.forget(me)).toBe(4);
    expect(content.storiesBy(me)).toEqual([]);
    expect(content.reflectionsBy(me)).toEqual([]);
    expect(content.nominationsOf(me)).toEqual([]);
    expect(content.getStory(otherStory.id)).toBeDefined();
    expect(content.reflectionsIn({ from: '2000-01-01', to: '2100-01-01' })).toEqual([anonymous]);
    expect(content.getNomination(recognisedByMe.id)?.recognisedByKey).toBeNull();
  });
});
