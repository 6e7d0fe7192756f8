// Slack's documented Block Kit limits and structural rules, as a checker over rendered payloads.
// Pinned here as literals from Slack's reference pages, never imported from src/slack/limits.ts (the
// code under test): docs.slack.dev/reference/block-kit/blocks (section, context, header, actions,
// input), /block-kit/block-elements (button, static select, plain-text input), /block-kit/
// composition-objects (option), /views/modal-views and /views/home-tab-views, /methods/chat.postMessage.
export const SLACK_DOCUMENTED = {
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  headerText: 150,
  buttonText: 75,
  buttonUrl: 3000,
  actionId: 255,
  blockId: 255,
  value: 2000,
  actionsElements: 25,
  optionText: 75,
  optionValue: 150,
  optionsPerSelect: 100,
  blocksPerMessage: 50,
  blocksPerView: 100,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  callbackId: 255,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInputMax: 3000,
  // chat.postMessage: "truncated at 40,000 characters".
  fallbackText: 40000,
} as const;
const L = SLACK_DOCUMENTED;

type Json = Record<string, unknown>;
const len = (s: unknown) => [...String(s ?? '')].length;

const MESSAGE_BLOCKS = new Set(['header', 'section', 'context', 'divider', 'actions']);
const VIEW_BLOCKS = new Set([...MESSAGE_BLOCKS, 'input']);

export function blockKitProblems(blocks: Json[], surface: 'message' | 'modal' | 'home'): string[] {
  const problems: string[] = [];
  const max = surface === 'message' ? L.blocksPerMessage : L.blocksPerView;
  const allowed = surface === 'message' ? MESSAGE_BLOCKS : VIEW_BLOCKS;
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  need(blocks.length <= max, `${blocks.length} blocks > ${max}`);

  const element = (el: Json, where: string) => {
    const id = el.action_id as string | undefined;
    if (id) {
      need(len(id) <= L.actionId, `${where}: action_id too long`);
      need(!actionIds.has(id), `${where}: duplicate action_id ${id}`);
      actionIds.add(id);
    }
    if (el.type === 'button') {
      need(len((el.text as Json).text) <= L.buttonText, `${where}: button text`);
      need(len(el.value) <= L.value, `${where}: button value`);
      need(el.url === undefined || len(el.url) <= L.buttonUrl, `${where}: button url`);
    }
    if (el.type === 'static_select' || el.type === 'multi_static_select' || el.type === 'checkboxes') {
      const options = el.options as Json[];
      need(
        options.length >= 1 && options.length <= L.optionsPerSelect,
        `${where}: ${options.length} options`,
      );
      for (const o of options) {
        need(len((o.text as Json).text) <= L.optionText, `${where}: option text`);
        need(len(o.value) <= L.optionValue, `${where}: option value`);
      }
    }
    if (el.type === 'plain_text_input') {
      need(Number(el.max_length ?? 0) <= L.plainTextInputMax, `${where}: max_length`);
      need(
        len(el.initial_value) <= Number(el.max_length ?? L.plainTextInputMax),
        `${where}: initial_value > max_length`,
      );
    }
  };

  blocks.forEach((block, i) => {
    const where = `block ${i} (${String(block.type)})`;
    need(allowed.has(String(block.type)), `${where}: type not allowed on a ${surface}`);
    if (block.block_id) {
      need(len(block.block_id) <= L.blockId, `${where}: block_id too long`);
      need(!blockIds.has(String(block.block_id)), `${where}: duplicate block_id`);
      blockIds.add(String(block.block_id));
    }
    switch (block.type) {
      case 'header':
        need(len((block.text as Json).text) <= L.headerText, `${where}: header text`);
        need((block.text as Json).type === 'plain_text', `${where}: header must be plain_text`);
        break;
      case 'section': {
        const text = block.text as Json | undefined;
        const fields = block.fields as Json[] | undefined;
        need(Boolean(text || fields), `${where}: section without text or fields`);
        if (text)
          need(
            len(text.text) <= L.sectionText && len(text.text) > 0,
            `${where}: section text ${len(text.text)}`,
          );
        if (fields) {
          need(fields.length <= L.sectionFields, `${where}: fields`);
          for (const f of fields) need(len(f.text) <= L.fieldText, `${where}: field text`);
        }
        break;
      }
      case 'context': {
        const elements = block.elements as Json[];
        need(elements.length >= 1 && elements.length <= L.contextElements, `${where}: context elements`);
        for (const e of elements) need(len(e.text) <= L.contextText, `${where}: context text`);
        break;
      }
      case 'actions': {
        const elements = block.elements as Json[];
        need(elements.length >= 1 && elements.length <= L.actionsElements, `${where}: actions elements`);
        for (const e of elements) element(e, where);
        break;
      }
      case 'input':
        need(len((block.label as Json).text) <= L.inputLabel, `${where}: label`);
        need(!block.hint || len((block.hint as Json).text) <= L.inputHint, `${where}: hint`);
        element(block.element as Json, where);
        break;
    }
  });
  return problems;
}

export function messageProblems(message: { text: string; blocks: unknown[] }): string[] {
  return [
    ...(len(message.text) <= L.fallbackText && len(message.text) > 0 ? [] : ['fallback text']),
    ...blockKitProblems(message.blocks as Json[], 'message'),
  ];
}

export function viewProblems(view: Json): string[] {
  const problems = blockKitProblems(view.blocks as Json[], view.type === 'home' ? 'home' : 'modal');
  if (view.type === 'modal') {
    if (len((view.title as Json).text) > L.viewTitle) problems.push('modal title');
    if (view.submit && len((view.submit as Json).text) > L.viewSubmit) problems.push('submit label');
    if (view.close && len((view.close as Json).text) > L.viewClose) problems.push('close label');
    if (len(view.private_metadata) > L.privateMetadata) problems.push('private_metadata');
    if (len(view.callback_id) > L.callbackId) problems.push('callback_id');
  }
  return problems;
}
