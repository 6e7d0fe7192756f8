import { PRACTICES } from '../bank/practices.js';
import type { Digest } from './digest.js';
import type { Formatter } from './format.js';
import type { Suggestion } from './next-actions.js';
import { MIN_ANSWERS_FOR_CHANGE } from './noise.js';

/** What a change compares, and when it is within the noise: the glossary under every change table. */
export const changeExplain = (f: Formatter) =>
  `${f.t('dig.change.explain')} ${f.t('dig.noise.explain', { min: MIN_ANSWERS_FOR_CHANGE })}`;

/** The culture index's window and its like-with-like changes, as sentences every format shares. */
export function indexTexts(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const index = digest.index;
  const texts = [t('dig.index.window', { span: f.span(index.window), count: index.dimensions })];
  if (index.change !== null && index.comparedWith)
    texts.push(
      t('dig.index.change', {
        span: f.span(index.comparedWith),
        count: index.comparedStatements,
        delta: f.change(index.change, index.changeWithinNoise),
      }),
    );
  else if (index.mean !== null) texts.push(t('dig.index.noChange'));
  if (index.baselineChange !== null && index.baseline)
    texts.push(
      t('dig.index.sinceStart', {
        span: f.span(index.baseline),
        delta: f.change(index.baselineChange, index.baselineWithinNoise),
      }),
    );
  return texts;
}

export interface ActionItem {
  text: string;
  practice: string | null;
  question: string | null;
}

function suggest(s: Suggestion, f: Formatter): Pick<ActionItem, 'practice' | 'question'> {
  const question = s.reflectionId ? f.question(s.reflectionId) : null;
  return {
    practice: f.t('dig.actions.practice', { practice: PRACTICES[s.practice][f.locale] }),
    question: question ? f.t('dig.actions.ask', { question }) : null,
  };
}

/** "What should we do now?": what to look at, each with something to take to the next team meeting. */
export function actionItems(digest: Digest, f: Formatter): { items: ActionItem[]; overdue: string | null } {
  const { t, num } = f;
  const a = digest.actions;
  const items: ActionItem[] = [];
  if (a.weakest)
    items.push({
      text: t('dig.actions.weakest', {
        statement: f.statement(a.weakest.questionId),
        score: num(a.weakest.mean),
      }),
      ...suggest(a.weakest.suggestion, f),
    });
  const change = a.biggestChange;
  // A change within the noise is told as such, with nothing to do about it.
  if (change)
    items.push({
      text: t(change.withinNoise ? 'dig.actions.changeNoise' : 'dig.actions.change', {
        statement: f.statement(change.questionId),
        delta: f.signed(change.change),
        span: f.span(change.from),
      }),
      ...(change.withinNoise ? { practice: null, question: null } : suggest(change.suggestion, f)),
    });
  if (a.sectorGap)
    items.push({
      text: t('dig.actions.gap', {
        high: f.sector(a.sectorGap.high.sector),
        highScore: num(a.sectorGap.high.mean),
        low: f.sector(a.sectorGap.low.sector),
        lowScore: num(a.sectorGap.low.mean),
      }),
      ...suggest(a.sectorGap.suggestion, f),
    });
  if (items.length === 0) items.push({ text: t('dig.actions.none'), practice: null, question: null });
  return { items, overdue: a.overdue ? t('dig.actions.overdue', { count: a.overdue }) : null };
}
