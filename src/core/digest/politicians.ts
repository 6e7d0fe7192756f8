import type { Digest } from './digest.js';
import { actionItems } from './digest-texts.js';
import type { Formatter } from './format.js';
import { withheldTexts } from './markdown-text.js';

const STORIES = 5;
const LEARNINGS = 3;

/** One block of the politicians' version; Markdown and HTML are rendered from the same blocks. */
export type PoliticiansBlock =
  | { kind: 'h2' | 'h3' | 'p'; text: string; lead?: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'rule' };

/**
 * Plain language for local politicians: few numbers, more stories. No person is named (the
 * nominees agreed to be shown to the innovation leads, not to a wider audience); teams are.
 */
export function politiciansBlocks(digest: Digest, f: Formatter): PoliticiansBlock[] {
  const { t, num } = f;
  const blocks: PoliticiansBlock[] = [{ kind: 'p', text: t('pol.intro') }];
  const actions = actionItems(digest, f);
  blocks.push(
    { kind: 'h2', text: t('dig.actions.title') },
    { kind: 'ul', items: actions.items.map((i) => [i.text, i.practice].filter(Boolean).join(' ')) },
  );
  const index = digest.index;
  blocks.push({ kind: 'h2', text: t('pol.culture') });
  if (index.mean === null) blocks.push({ kind: 'p', text: t('pol.indexWithheld') });
  else {
    let sentence = `${t('pol.index', { score: num(index.mean) })} ${t('dig.index.window', { span: f.span(index.window), count: index.dimensions })}`;
    // Only a change over the same statements in both periods (pulses rotate their statements).
    if (index.baselineChange !== null && index.baseline && Math.abs(index.baselineChange) >= 0.05)
      sentence += ` ${t(index.baselineChange > 0 ? 'pol.sinceStartUp' : 'pol.sinceStartDown', {
        delta: num(Math.abs(index.baselineChange)),
        month: f.span(index.baseline),
      })}`;
    blocks.push({ kind: 'p', text: sentence });
  }
  const rate = digest.participation.rate;
  if (rate.shown && rate.value.share !== null)
    blocks.push({ kind: 'p', text: t('pol.participation', { rate: f.percent(rate.value.share) }) });
  const a = digest.activity.last12Months;
  blocks.push(
    { kind: 'p', text: t('pol.activity', { count: a.stories, inUse: a.inUse, spreading: a.spreading }) },
    { kind: 'h2', text: t('pol.stories') },
  );
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  const stories = digest.prizeRanking.slice(0, STORIES).flatMap((id) => byId.get(id) ?? []);
  if (stories.length === 0) blocks.push({ kind: 'p', text: t('digest.none') });
  for (const story of stories)
    blocks.push(
      { kind: 'h3', text: story.title },
      { kind: 'p', text: `${story.whatChanged} ${t('pol.benefits', { who: story.whoBenefits })}` },
      { kind: 'p', lead: t('pol.learned'), text: story.learned },
    );
  const recognised = digest.nominations.filter((n) => n.status === 'recognised');
  if (recognised.length > 0)
    blocks.push(
      { kind: 'h2', text: t('pol.recognitions') },
      {
        kind: 'ul',
        items: recognised.map((n) => {
          const who = n.nomineeKind === 'team' && n.teamName ? n.teamName : t('pol.anEmployee');
          return `${who} (${f.dimensionLabel(n.dimension)}): ${n.reason}`;
        }),
      },
    );
  if (digest.learning.length > 0)
    blocks.push(
      { kind: 'h2', text: t('pol.learning') },
      { kind: 'ul', items: digest.learning.slice(0, LEARNINGS).map((item) => item.text) },
    );
  blocks.push({ kind: 'rule' }, { kind: 'p', text: withheldTexts(digest, f).at(-1) ?? '' });
  return blocks;
}
