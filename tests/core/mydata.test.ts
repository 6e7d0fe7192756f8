// `mydata` shows everything stored about the person: the e-mail the platform gave and the chosen
// sector too, or says that none is stored.
import { afterEach, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../support/test-core.js';

let t: TestCore;
afterEach(() => t?.close());

const kari = { platform: 'local' as const, userId: 'kari', displayName: 'Kari Nordmann' };
const shown = async (actor: typeof kari) => JSON.stringify(await t.core.conversation.say(actor, 'mydata'));

it('shows the stored e-mail and the chosen sector by its name, and "not stored" where there is none', async () => {
  t = await createTestCore();
  const sector = t.settings.sectors[0];
  if (!sector) throw new Error('the test settings have sectors');
  await t.store.people.upsert(
    { key: 'local:kari', displayName: 'Kari Nordmann', email: 'kari@kommune.no', sector: sector.id },
    t.clock.now().toISOString(),
  );
  const text = await shown(kari);
  expect(text).toContain('E-post');
  expect(text).toContain('kari@kommune.no');
  expect(text).toContain(sector.name.nb);

  const ola = { platform: 'local' as const, userId: 'ola', displayName: 'Ola' };
  const none = await shown(ola);
  expect(none).toContain('ikke lagret');
  expect(none).not.toContain('kari@kommune.no');
});
