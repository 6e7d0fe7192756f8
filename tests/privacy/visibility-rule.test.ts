// The one visibility rule for nominations, including what the surfaces' walk does not reach: a team
// nomination (no nominee to ask), a reader who is nobody in particular, and a channel.
import { describe, expect, it } from 'vitest';
import { maySeeNomination, pendingListAccess, type Viewer } from '../../src/core/privacy/visibility.js';
import type { Role } from '../../src/core/vocabulary.js';
import { buildNomination } from '../support/builders.js';

const as = (key: string | null, ...roles: Role[]): Viewer => ({
  key,
  roles: new Set<Role>(['employee', ...roles]),
});
const NOMINATOR = as('slack:UNOMINATOR');
const NOMINEE = as('slack:UNOMINEE');
const MANAGER = as('slack:UMANAGER', 'manager');
const ADMIN = as('slack:UADMIN', 'admin');
const COLLEAGUE = as('slack:UCOLLEAGUE');

describe('who sees a nomination', () => {
  it('a team nomination (accepted at once): the nominator and managers privately, everyone once recognised', () => {
    const team = buildNomination({
      nomineeKind: 'team',
      nomineeKey: null,
      teamName: 'Team Vann',
      status: 'accepted',
    });
    const seen = (viewer: Viewer) => maySeeNomination(team, viewer, 'private');
    expect([NOMINATOR, MANAGER, ADMIN, COLLEAGUE, as(null)].map(seen)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(maySeeNomination(team, MANAGER, 'shared')).toBe(false);
    const recognised = { ...team, status: 'recognised' as const };
    expect(maySeeNomination(recognised, as(null), 'shared')).toBe(true);
  });

  it('declined stays with the nominee, whoever else asks and wherever', () => {
    const declined = buildNomination({ status: 'declined' });
    for (const viewer of [NOMINATOR, MANAGER, ADMIN, COLLEAGUE, as(null, 'lead')])
      expect(maySeeNomination(declined, viewer, 'private')).toBe(false);
    expect(maySeeNomination(declined, NOMINEE, 'private')).toBe(true);
    expect(maySeeNomination(declined, NOMINEE, 'shared')).toBe(false);
  });

  it('the pending list: managers, leads and admins in private; a hint in a channel; refused to others', () => {
    expect(pendingListAccess(MANAGER, 'private')).toBe('shown');
    expect(pendingListAccess(ADMIN, 'shared')).toBe('private_only');
    expect(pendingListAccess(NOMINEE, 'private')).toBe('not_allowed');
  });
});
