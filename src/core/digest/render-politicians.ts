import type { Digest } from './digest.js';
import { formatter, type RenderOptions } from './format.js';
import { escapeMarkdown, withheldTexts } from './render-markdown.js';

const STORIES = 5;
const LEARNINGS = 3;

/**
 * Plain language for local politicians: few numbers, more stories. No person is named (the
 * nominees agreed to be shown to the innovation leads, not to a wider audience); teams are.
 */
export function renderPoliticiansMarkdown(digest: Digest, options: RenderOptions): string {
  const f = formatter(digest, options);
  const { t, num } = f;
  const lines = [`# ${t('pol.heading', { month: f.month(digest.month) })}`, '', t('pol.intro'), ''];

  const index = digest.index;
  lines.push(`## ${t('pol.culture')}`, '');
  if (index.mean === null) lines.push(t('pol.indexWithheld'));
  else {
    let sentence = t('pol.index', { score: num(index.mean) });
    if (index.baselineChange !== null && digest.baselineMonth && Math.abs(index.baselineChange) >= 0.05)
      sentence += ` ${t(index.baselineChange > 0 ? 'pol.sinceStartUp' : 'pol.sinceStartDown', {
        delta: num(Math.abs(index.baselineChange)),
        month: f.month(digest.baselineMonth),
      })}`;
    lines.push(sentence);
  }
  const rate = digest.participation.rate;
  if (rate.shown) lines.push('', t('pol.participation', { rate: f.percent(rate.value) }));
  const a = digest.activity;
  lines.push(
    '',
    t('pol.activity', {
      count: a.last12Months.stories,
      inUse: a.last12Months.inUse,
      spreading: a.last12Months.spreading,
    }),
    '',
  );

  lines.push(`## ${t('pol.stories')}`, '');
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  const stories = digest.prizeRanking.slice(0, STORIES).flatMap((id) => byId.get(id) ?? []);
  if (stories.length === 0) lines.push(t('digest.none'), '');
  for (const story of stories) {
    lines.push(
      `### ${escapeMarkdown(story.title)}`,
      '',
      `${escapeMarkdown(story.whatChanged)} ${t('pol.benefits', { who: escapeMarkdown(story.whoBenefits) })}`,
      '',
      `**${t('pol.learned')}** ${escapeMarkdown(story.learned)}`,
      '',
    );
  }
  const recognised = digest.nominations.filter((n) => n.status === 'recognised');
  if (recognised.length > 0) {
    lines.push(`## ${t('pol.recognitions')}`, '');
    for (const n of recognised) {
      const who = n.nomineeKind === 'team' && n.teamName ? escapeMarkdown(n.teamName) : t('pol.anEmployee');
      lines.push(`- ${who} (${f.dimensionLabel(n.dimension)}): ${escapeMarkdown(n.reason)}`);
    }
    lines.push('');
  }
  if (digest.learning.length > 0) {
    lines.push(`## ${t('pol.learning')}`, '');
    for (const item of digest.learning.slice(0, LEARNINGS)) lines.push(`- ${escapeMarkdown(item.text)}`);
    lines.push('');
  }
  lines.push('---', '', withheldTexts(digest, f).at(-1) ?? '', '');
  return lines.join('\n');
}
