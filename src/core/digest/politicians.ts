import { benchmarkSection } from '../benchmark/benchmark-texts.js';
import type { Dimension } from '../vocabulary.js';
import type { Digest } from './digest.js';
import type { Formatter } from './format.js';

const STORIES = 5;
const LEARNINGS = 3;

/** One block of the politicians' version; Markdown and HTML are rendered from the same blocks. */
export type PoliticiansBlock =
  | { kind: 'h2' | 'h3' | 'p'; text: string; lead?: string }
  | { kind: 'ul'; items: string[] }
  | { kind: 'rule' };

/** People's text ends a sentence once, whether they wrote the full stop or not (never ".."). */
const withoutEnd = (text: string) => text.trim().replace(/[.!?…]+$/u, '');
const sentence = (text: string) => (/[.!?…»”"]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Written for a municipal council: what the figures say, what the administration does about it,
 * and what employees achieved, in plain words (no team advice, no internal terms). No person is
 * named (the nominees agreed to be shown to the innovation leads, not to a wider audience); teams
 * are.
 */
export function politiciansBlocks(digest: Digest, f: Formatter): PoliticiansBlock[] {
  const { t } = f;
  return [
    { kind: 'p', text: t('council.intro') },
    { kind: 'h2', text: t('council.figures') },
    ...figures(digest, f).map((text) => ({ kind: 'p' as const, text })),
    ...benchmarkBlocks(digest, f),
    { kind: 'h2', text: t('council.followUp') },
    ...followUp(digest, f),
    { kind: 'h2', text: t('council.stories') },
    ...stories(digest, f),
    ...recognitions(digest, f),
    ...(digest.learning.length > 0
      ? [
          { kind: 'h2' as const, text: t('council.learning') },
          {
            kind: 'ul' as const,
            items: digest.learning.slice(0, LEARNINGS).map((item) => sentence(item.text)),
          },
        ]
      : []),
    { kind: 'rule' },
    { kind: 'p', text: t('council.withheld', { n: Math.max(digest.minGroupSize, 3) }) },
  ];
}

/** The comparison without a table: one line per dimension, then whether each difference beats the noise. */
function benchmarkBlocks(digest: Digest, f: Formatter): PoliticiansBlock[] {
  if (!digest.benchmark) return [];
  const s = benchmarkSection(digest.benchmark, f);
  const [, ours, group, national] = s.header;
  const items = s.rows.map(([label, a, b, c]) => `${label}: ${ours} ${a} · ${group} ${b} · ${national} ${c}`);
  return [
    { kind: 'h2', text: s.heading },
    { kind: 'p', text: s.status },
    ...(items.length > 0 ? [{ kind: 'ul' as const, items }] : []),
    ...(s.sentences.length > 0 ? [{ kind: 'ul' as const, items: s.sentences }] : []),
  ];
}

function figures(digest: Digest, f: Formatter): string[] {
  const { t, num } = f;
  const { index, actions } = digest;
  const texts: string[] = [];
  if (index.mean === null) texts.push(t('council.indexWithheld'));
  else {
    let text = t('council.index', { score: num(index.mean), span: f.span(index.window) });
    if (index.baselineChange !== null && index.baseline) {
      const month = f.span(index.baseline);
      const delta = num(Math.abs(index.baselineChange));
      const key = index.baselineWithinNoise
        ? 'council.sinceStartNoise'
        : index.baselineChange > 0
          ? 'council.sinceStartUp'
          : 'council.sinceStartDown';
      text += ` ${t(key, { delta, month })}`;
    }
    texts.push(text);
  }
  const rate = digest.participation.rate;
  if (rate.shown && rate.value.share !== null)
    texts.push(t('council.participation', { rate: f.percent(rate.value.share) }));
  if (actions.weakest)
    texts.push(
      t('council.weakest', {
        statement: f.statement(actions.weakest.questionId),
        score: num(actions.weakest.mean),
      }),
    );
  const change = actions.biggestChange;
  if (change?.withinNoise) texts.push(t('council.changeNoise'));
  else if (change)
    texts.push(
      t(change.change > 0 ? 'council.changeUp' : 'council.changeDown', {
        statement: f.statement(change.questionId),
        delta: num(Math.abs(change.change)),
        span: f.span(change.from),
      }),
    );
  const gap = actions.sectorGap;
  if (gap)
    texts.push(
      t('council.gap', {
        high: f.sector(gap.high.sector),
        highScore: num(gap.high.mean),
        low: f.sector(gap.low.sector),
        lowScore: num(gap.low.mean),
      }),
    );
  const a = digest.activity.last12Months;
  texts.push(t('council.activity', { count: a.stories, inUse: a.inUse, spreading: a.spreading }));
  return texts;
}

/** The areas the leads were pointed to, once each, and the measures still open. */
function followUp(digest: Digest, f: Formatter): PoliticiansBlock[] {
  const { t } = f;
  const { weakest, biggestChange, sectorGap, overdue } = digest.actions;
  const areas = new Map<Dimension, string>();
  const add = (
    dimension: Dimension,
    key: 'council.area.weakest' | 'council.area.change' | 'council.area.gap',
  ) => {
    if (!areas.has(dimension)) areas.set(dimension, t(key, { area: f.dimensionLabel(dimension) }));
  };
  if (weakest) add(weakest.suggestion.dimension, 'council.area.weakest');
  if (biggestChange && !biggestChange.withinNoise)
    add(biggestChange.suggestion.dimension, 'council.area.change');
  if (sectorGap) add(sectorGap.suggestion.dimension, 'council.area.gap');
  const blocks: PoliticiansBlock[] =
    areas.size > 0
      ? [
          { kind: 'p', text: t('council.followUpIntro') },
          { kind: 'ul', items: [...areas.values()] },
        ]
      : [{ kind: 'p', text: t('council.followUpNone') }];
  if (overdue) blocks.push({ kind: 'p', text: t('council.open', { count: overdue }) });
  return blocks;
}

function stories(digest: Digest, f: Formatter): PoliticiansBlock[] {
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  const best = digest.prizeRanking.slice(0, STORIES).flatMap((id) => byId.get(id) ?? []);
  if (best.length === 0) return [{ kind: 'p', text: f.t('digest.none') }];
  return best.flatMap((story): PoliticiansBlock[] => [
    { kind: 'h3', text: withoutEnd(story.title) },
    { kind: 'p', text: sentence(story.whatChanged) },
    ...(story.whoBenefits.trim()
      ? [{ kind: 'p' as const, lead: f.t('council.benefits'), text: sentence(story.whoBenefits) }]
      : []),
    ...(story.learned.trim()
      ? [{ kind: 'p' as const, lead: f.t('council.learned'), text: sentence(story.learned) }]
      : []),
  ]);
}

function recognitions(digest: Digest, f: Formatter): PoliticiansBlock[] {
  const recognised = digest.nominations.filter((n) => n.status === 'recognised');
  if (recognised.length === 0) return [];
  return [
    { kind: 'h2', text: f.t('council.recognitions') },
    {
      kind: 'ul',
      items: recognised.map((n) => {
        const who = n.nomineeKind === 'team' && n.teamName ? n.teamName : f.t('pol.anEmployee');
        return `${who} (${f.dimensionLabel(n.dimension)}): ${sentence(n.reason)}`;
      }),
    },
  ];
}
