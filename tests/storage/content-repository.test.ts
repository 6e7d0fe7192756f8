import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildNomination, buildReflection, buildStory } from '../support/builders.js';
import { createTestStore, type TestStore } from '../support/database.js';

const march = { from: '2025-03-01T00:00:00.000Z', to: '2025-04-01T00:00:00.000Z' };

describe('content repository', () => {
  let t: TestStore;
  beforeEach(async () => {
    t = await createTestStore();
  });
  afterEach(() => t.close());

  it('stores reflections and finds them by period and author', async () => {
    const { content } = t.store;
    const named = buildReflection({ authorKey: 'slack:U1', createdAt: '2025-03-05T10:00:00.000Z' });
    const anonymous = buildReflection({ createdAt: '2025-03-31T23:59:59.999Z', sector: 'helse' });
    await content.addReflection(named);
    await content.addReflection(anonymous);
    await content.addReflection(buildReflection({ createdAt: '2025-04-01T00:00:00.000Z' }));

    expect(await content.reflectionsIn(march)).toEqual([named, anonymous]);
    expect(await content.reflectionsBy('slack:U1')).toEqual([named]);
  });

  it('tracks learning-loop next steps until they are marked done', async () => {
    const { content } = t.store;
    const step = buildReflection({
      kind: 'learning',
      tryNext: 'Prøve ut ukentlig idémøte',
      nextStepOwner: 'Enhetsleder',
      createdAt: '2025-03-01T00:00:00.000Z',
    });
    await content.addReflection(step);
    await content.addReflection(buildReflection({ kind: 'learning', createdAt: '2025-03-01T00:00:00.000Z' }));
    await content.addReflection(
      buildReflection({ tryNext: 'Senere', createdAt: '2025-03-20T00:00:00.000Z' }),
    );

    expect((await content.openNextSteps('2025-03-15T00:00:00.000Z')).map((r) => r.id)).toEqual([step.id]);
    expect(await content.markNextStepDone(step.id, '2025-03-16T00:00:00.000Z')).toBe(true);
    expect(await content.markNextStepDone(step.id, '2025-03-17T00:00:00.000Z')).toBe(false);
    expect(await content.markNextStepDone('missing', '2025-03-17T00:00:00.000Z')).toBe(false);
    expect(await content.openNextSteps('2025-03-15T00:00:00.000Z')).toEqual([]);
  });

  it('stores stories with sectors and booleans, and counts reactions', async () => {
    const { content } = t.store;
    const story = buildStory({
      sectors: ['helse', 'omsorg'],
      inUse: false,
      createdAt: '2025-03-02T00:00:00.000Z',
    });
    await content.addStory(story);
    await content.addStory(
      buildStory({ createdAt: '2025-02-02T00:00:00.000Z', phase: null, dimension: null }),
    );
    await content.addReaction(story.id);
    await content.addReaction(story.id);

    expect(await content.getStory(story.id)).toEqual({ ...story, reactions: 2 });
    expect((await content.storiesIn(march)).map((s) => s.id)).toEqual([story.id]);
    expect(await content.storiesBy(story.authorKey)).toHaveLength(2);
  });

  it('moves a nomination through its statuses', async () => {
    const { content } = t.store;
    const nomination = buildNomination({ createdAt: '2025-03-03T00:00:00.000Z' });
    await content.addNomination(nomination);
    expect(await content.getNomination(nomination.id)).toEqual(nomination);

    expect(
      await content.setNominationStatus(nomination.id, 'accepted', '2025-03-04T00:00:00.000Z'),
    ).toMatchObject({
      status: 'accepted',
      decidedAt: '2025-03-04T00:00:00.000Z',
      recognisedByKey: null,
    });
    expect(
      await content.setNominationStatus(
        nomination.id,
        'recognised',
        '2025-03-05T00:00:00.000Z',
        'slack:ULEADER',
      ),
    ).toMatchObject({ status: 'recognised', recognisedByKey: 'slack:ULEADER' });
    expect(
      await content.setNominationStatus('missing', 'declined', '2025-03-05T00:00:00.000Z'),
    ).toBeUndefined();
    expect((await content.nominationsIn(march)).map((n) => n.id)).toEqual([nomination.id]);
  });

  it('finds nominations a person made or received', async () => {
    const { content } = t.store;
    const made = buildNomination({ nominatorKey: 'slack:U1', nomineeKey: 'slack:U2' });
    const received = buildNomination({ nominatorKey: 'slack:U3', nomineeKey: 'slack:U1' });
    const team = buildNomination({ nomineeKind: 'team', nomineeKey: null, teamName: 'Legevakten' });
    for (const n of [made, received, team]) await content.addNomination(n);
    expect((await content.nominationsOf('slack:U1')).map((n) => n.id).sort()).toEqual(
      [made.id, received.id].sort(),
    );
  });

  it("forgets a person's attributed content and nothing else", async () => {
    const { content } = t.store;
    const me = 'slack:UFORGET';
    await content.addStory(buildStory({ authorKey: me }));
    const otherStory = buildStory();
    await content.addStory(otherStory);
    await content.addReflection(buildReflection({ authorKey: me }));
    const anonymous = buildReflection();
    await content.addReflection(anonymous);
    await content.addNomination(buildNomination({ nominatorKey: me }));
    await content.addNomination(buildNomination({ nomineeKey: me }));
    const recognisedByMe = buildNomination({ status: 'recognised', recognisedByKey: me });
    await content.addNomination(recognisedByMe);

    expect(await content.forget(me)).toBe(4);
    expect(await content.storiesBy(me)).toEqual([]);
    expect(await content.reflectionsBy(me)).toEqual([]);
    expect(await content.nominationsOf(me)).toEqual([]);
    expect(await content.getStory(otherStory.id)).toBeDefined();
    expect(await content.reflectionsIn({ from: '2000-01-01', to: '2100-01-01' })).toEqual([anonymous]);
    expect((await content.getNomination(recognisedByMe.id))?.recognisedByKey).toBeNull();
  });
});
