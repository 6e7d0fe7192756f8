// Pure: is an inbound body shaped like a Bot Framework activity? Checked after the SDK's token check and
// before anything is stored, so a malformed activity is answered 400 and leaves no row behind.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const optionalText = (value: unknown) => value === undefined || value === null || typeof value === 'string';
const account = (value: unknown) =>
  isRecord(value) &&
  isText(value.id) &&
  optionalText(value.name) &&
  optionalText(value.aadObjectId) &&
  value.id.length <= 512;
const accounts = (value: unknown) => value === undefined || (Array.isArray(value) && value.every(account));

/** Activity types Kulturpuls acts on; these need a sender and a conversation. */
const HANDLED = ['message', 'invoke', 'conversationUpdate', 'installationUpdate'];

export function activityProblem(body: unknown): string | undefined {
  if (!isRecord(body)) return 'not_an_object';
  if (!isText(body.type)) return 'no_type';
  for (const key of ['id', 'name', 'action', 'text', 'serviceUrl', 'locale'] as const) {
    if (!optionalText(body[key])) return `bad_${key}`;
  }
  if (body.id !== undefined && body.id !== null && (body.id as string).length > 512) return 'bad_id';
  if (body.channelData !== undefined && body.channelData !== null && !isRecord(body.channelData))
    return 'bad_channel_data';
  if (!accounts(body.membersAdded) || !accounts(body.membersRemoved)) return 'bad_members';
  if (body.recipient !== undefined && !account(body.recipient)) return 'bad_recipient';
  if (body.from !== undefined && !account(body.from)) return 'bad_from';
  const conversation = body.conversation;
  if (conversation !== undefined && !(isRecord(conversation) && isText(conversation.id)))
    return 'bad_conversation';
  if (!HANDLED.includes(body.type)) return undefined;
  if (conversation === undefined) return 'no_conversation';
  if ((body.type === 'message' || body.type === 'invoke') && body.from === undefined) return 'no_sender';
  return undefined;
}
