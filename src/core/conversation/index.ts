export { type ChatCommand, COMMAND_WORDS, parseCommand } from './commands.js';
export { type Conversation, createConversation } from './create-conversation.js';
export { type FormRequest, formRequestOf } from './forms.js';
export type { VoteRequest } from './interactions.js';
export type { MessageReply, Outcome, Reply } from './reply.js';
