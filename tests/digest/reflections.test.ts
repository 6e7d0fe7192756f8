import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/digest.js';
import { renderDigestMarkdown } from '../../src/core/digest/render-markdown.js';
import { renderDigestHtml } from '../../src/web/dashboard/render-html.js';
import { sectorNamer } from '../../src/web/dashboard-routes.js';
import { buildReflection, buildStory } from '../support/builders.js';
import { addPeople, createWorld, type World } from './world.js';

const AT = '2025-03-10T10:00:00.000Z';

/**
 * Threshold 5. refl-tverrfaglighet-1: two named and two unnamed answers (four: unnamed ones held back).
 * refl-nettverk-1: one named and five unnamed (six: all shown).
 */
describe('reflection answers and recurring themes on the dashboard', () => {
  let world: World;
  let digest: Digest;

  beforeAll(async () => {
    world = await createWorld({ now: '2025-04-02T08:00:00.000Z' });
    const [anna, bjorn, cato] = (await addPeople(world, 'oppvekst', 3)) as [string, string, string];
    const person = await world.t.store.people.get(anna);
    if (person) await world.t.store.people.upsert({ ...person, displayName: 'Anna' }, AT);
    const { content } = world.t.store;
    const add = (questionId: string, text: string, authorKey: string | null = null) =>
      content.addReflection(buildReflection({ questionId, text, authorKey, createdAt: AT }));
    await add('refl-tverrfaglighet-1', 'Samarbeidet med helsestasjonen om tidlig innsats.', anna);
    await add('refl-tverrfaglighet-1', 'Vi samarbeider for lite med teknisk.', bjorn);
    await add('refl-tverrfaglighet-1', 'Hemmelig hjertesukk om kantina.');
    await add('refl-tverrfaglighet-1', 'Enda et hjertesukk om kantina.');
    await add('refl-nettverk-1', 'Nettverket i regionen har gitt oss mye.', cato);
    for (const text of [
      'Biblioteket lærte oss mye.',
      'Nettverk på tvers.',
      'Samarbeid gir læring.',
      'Ja.',
      'Ok.',
    ])
      await add('refl-nettverk-1', text);
    await content.addStory(
      buildStory({
        title: 'Digital innsjekk',
        whatChanged: 'Et samarbeid som ga kortere kø.',
        createdAt: AT,
      }),
    );
    digest = await world.core.digests.forMonth('2025-03');
  });
  afterAll(() => world.close());

  it('shows named answers, and unnamed ones only from the threshold', () => {
    const small = digest.reflectionAnswers.find((q) => q.questionId === 'refl-tverrfaglighet-1');
    expect(small).toMatchObject({ answers: 4, anonymous: [], anonymousWithheld: 2 });
    expect(small?.named.map((a) => a.name)).toContain('Anna');
    const big = digest.reflectionAnswers.find((q) => q.questionId === 'refl-nettverk-1');
    expect(big).toMatchObject({ answers: 6, anonymousWithheld: 0 });
    expect(big?.anonymous).toHaveLength(5);
    const options = { locale: 'nb' as const, bank: world.core.bank, sectorName: sectorNamer(world, 'nb') };
    for (const text of [
      renderDigestHtml(digest, { ...options, dashboard: { keep: {} } }),
      renderDigestMarkdown(digest, options),
      JSON.stringify(digest),
    ]) {
      expect(text).toContain('Samarbeidet med helsestasjonen');
      expect(text).toContain('Biblioteket lærte oss mye.');
      expect(text).not.toContain('hjertesukk');
    }
    expect(renderDigestHtml(digest, options)).toContain(
      '2 svar uten navn vises ikke: spørsmålet fikk færre enn 5 svar.',
    );
  });

  it('counts themes by Norwegian stem and by writer, without stop words or held-back answers', () => {
    const themes = new Map(digest.themes.map((x) => [x.word, x.texts]));
    // "Samarbeidet", "samarbeider", "Samarbeid", "samarbeid": one stem, four texts.
    const samarbeid = digest.themes.find((x) => x.word.startsWith('samarbeid'));
    expect(samarbeid?.texts).toBe(4);
    // "Nettverket" (Cato) and "Nettverk" (one unnamed answer): two writers, not several.
    expect(themes.has('nettverk') || themes.has('nettverket')).toBe(false);
    for (const word of ['med', 'oss', 'hjertesukk', 'kantina', 'helsestasjonen'])
      expect(themes.has(word)).toBe(false);
  });
});
