import type { TeamsConnector } from './gateway.js';

/** A member as the Teams roster API returns it (`TeamsChannelAccount`), the fields Kulturpuls reads. */
export interface TeamsMember {
  /** The Teams user id (`29:…`), what a new 1:1 chat is opened with. */
  id: string;
  aadObjectId?: string;
  name?: string;
  /** The e-mail address, or the UPN when Teams has no address: roles given by e-mail match on it. */
  email?: string;
}

export interface MemberLookup {
  serviceUrl: string;
  /** A conversation the person is in: the team, one of its channels, a group chat or their 1:1 chat. */
  conversationId: string;
  /** Their Teams user id (`29:…`) or Entra object id; the roster API takes either. */
  userId: string;
}

const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : undefined);

/**
 * `GET {serviceUrl}/v3/conversations/{conversationId}/members/{userId}`. Undefined when the person is
 * not in that conversation (404) or the bot may not read it (403); other failures throw.
 */
export async function lookupTeamsMember(
  connector: Pick<TeamsConnector, 'getMember'>,
  lookup: MemberLookup,
): Promise<TeamsMember | undefined> {
  let raw: Record<string, unknown>;
  try {
    raw = await connector.getMember(lookup.serviceUrl, lookup.conversationId, lookup.userId);
  } catch (error) {
    const status = (error as { response?: { status?: number } }).response?.status;
    if (status === 403 || status === 404) return undefined;
    throw error;
  }
  const id = text(raw.id);
  if (!id) return undefined;
  const aadObjectId = text(raw.aadObjectId);
  const name = text(raw.name);
  const email = text(raw.email) ?? text(raw.userPrincipalName);
  return {
    id,
    ...(aadObjectId ? { aadObjectId } : {}),
    ...(name ? { name } : {}),
    ...(email ? { email } : {}),
  };
}

/**
 * The people of a conversation's roster (Teams ids, `29:…`), page by page (the unpaged `GET …/members`
 * is deprecated for large teams), until `enough` are found. Bots (`28:…`) are left out.
 */
export async function rosterPeople(
  connector: Pick<TeamsConnector, 'getPagedMembers'>,
  where: { serviceUrl: string; conversationId: string },
  enough = Number.POSITIVE_INFINITY,
): Promise<string[]> {
  if (!connector.getPagedMembers) throw new Error('roster_unsupported');
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await connector.getPagedMembers(where.serviceUrl, where.conversationId, token);
    for (const member of page.members ?? []) {
      const id = String(member.id ?? '');
      if (id && !id.startsWith('28:')) ids.push(id);
    }
    token = page.continuationToken || undefined;
  } while (token && ids.length < enough);
  return ids.slice(0, enough);
}
