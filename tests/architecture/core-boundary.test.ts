import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADAPTERS,
  boundaryViolations,
  coreInterfaceMembers,
  coreUses,
  distinctUses,
  readSource,
} from './core-boundary.js';
import { SRC, sourceFiles } from './layers.js';

describe('chat adapters use the core only through the Core interface (src/core/core.ts)', () => {
  let allowed: Set<string>;
  beforeAll(() => {
    allowed = coreInterfaceMembers();
  });

  it('reads the interface: the conversation, the view queries, narrow people use cases, no repository', () => {
    for (const member of [
      'conversation',
      'conversation.say',
      'home',
      'feed',
      'dashboard',
      'inbound.firstTime',
      'people.get',
    ])
      expect(allowed.has(member), member).toBe(true);
    // Not on it: the full core's services, the store's repositories, people's internals.
    for (const member of ['platformState', 'personalData', 'pulses', 'render', 'people.viewer', 'settings'])
      expect(allowed.has(member), member).toBe(false);
  });

  it.each(ADAPTERS)('src/%s uses nothing of the core outside the interface, and no repository', (adapter) => {
    const files = sourceFiles(join(SRC, adapter));
    expect(files.length).toBeGreaterThan(3);
    const broken = files.flatMap((file) => boundaryViolations(file, readSource(file), allowed));
    expect(broken).toEqual([]);
  });

  it('the check catches a planted adapter that reaches past the interface', () => {
    const file = join(SRC, 'slack/planted.ts');
    const planted = [
      "import { createCore } from '../core/create-core.js';",
      "import type { CoreContext } from '../core/context.js';",
      "import type { InboundEventRepository } from '../core/ports.js';",
      "import { createPeople } from '../core/people.js';",
      "import type { Actor } from '../core/people.js';",
      'export async function planted(deps: SlackDeps, actor: Actor) {',
      "  await deps.core.platformState.inbound.remember('x', 'now');",
      "  await deps.core.personalData.export('slack:U1');",
      "  await deps.core.people.viewer('slack:U1');",
      '  const { pulses, conversation } = deps.core;',
      '  const { roles, upsert } = deps.core.people;',
      "  deps.core['render'];",
      '  await deps.core.people.get(actor.userId);',
      '  await deps.core.home(actor);',
      '}',
      "type Wider = Pick<Core, 'settings' | 'people'>;",
    ].join('\n');
    const broken = boundaryViolations(file, planted, allowed);
    expect(broken.sort()).toEqual(
      [
        'slack/planted.ts: core.[computed]',
        'slack/planted.ts: core.people.upsert',
        'slack/planted.ts: core.people.viewer',
        'slack/planted.ts: core.personalData.export',
        'slack/planted.ts: core.platformState.inbound',
        'slack/planted.ts: core.pulses',
        'slack/planted.ts: core.settings',
        'slack/planted.ts: imports CoreContext from core/context.ts',
        'slack/planted.ts: imports InboundEventRepository from core/ports.ts',
        'slack/planted.ts: imports core/context.ts',
        'slack/planted.ts: imports core/create-core.ts',
        'slack/planted.ts: imports createCore from core/create-core.ts',
        'slack/planted.ts: imports createPeople from core/people.ts',
      ].sort(),
    );
  });

  it('counts what each adapter uses of the core (distinct core.x.y members)', () => {
    const counts = Object.fromEntries(
      ADAPTERS.map((adapter) => {
        const files = sourceFiles(join(SRC, adapter));
        return [adapter, distinctUses(files.flatMap((file) => coreUses(readSource(file), file)))];
      }),
    );
    // App Home and the local feed are one view query each now, not a dozen calls.
    expect(counts.slack).toContain('home');
    expect(counts.slack).not.toContain('personalData.export');
    expect(counts.local).toContain('feed');
    for (const adapter of ADAPTERS) expect(counts[adapter]?.length, relative(SRC, adapter)).toBeLessThan(20);
  });
});
