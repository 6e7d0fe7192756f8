import type { teamsUser } from './teams-activities.js';

// One page of `GET /v3/conversations/{id}/pagedmembers` as Microsoft documents it ("Get paged
// members", Bot Framework REST API): a continuation token and TeamsChannelAccount objects.
export const DOCUMENTED_PAGE = {
  continuationToken: 'a22jd31dkdl1dd2e3ds',
  members: [
    {
      id: '29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1-cHHle4zOE6U4ttcc',
      name: 'Anon TestUser',
      objectId: '6b7b3b2a-2c4b-4175-8582-41c9e685c1b5',
      givenName: 'Anon',
      surname: 'TestUser',
      email: 'AnonTestUser@contoso.onmicrosoft.com',
      userPrincipalName: 'anon@contoso.onmicrosoft.com',
      tenantId: '0f7f2b4c-8b5b-4d5a-9c9c-6ffb7a1d3e2a',
      userRole: 'user',
    },
  ],
};

/** A roster entry shaped like the documented one, for one of our test people. */
export const account = (u: ReturnType<typeof teamsUser>) => ({
  ...DOCUMENTED_PAGE.members[0],
  id: u.id,
  name: u.name,
  objectId: u.aadObjectId,
  aadObjectId: u.aadObjectId,
});
