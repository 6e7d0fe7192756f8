import { PRACTICES } from '../bank/practices.js';
import type { Digest } from './digest.js';
import type { Formatter } from './format.js';
import type { Suggestion } from './next-actions.js';

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
        delta: f.signed(index.change),
      }),
    );
  else if (index.mean !== null) texts.push(t('dig.index.noChange'));
  if (index.baselineChange !== null && index.baseline)
    texts.push(
      t('dig.index.sinceStart', { span: f.span(index.baseline), delta: f.signed(index.baselineChange) }),
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
  if (a.biggestChange)
    items.push({
      text: t('dig.actions.change', {
        statement: f.statement(a.biggestChange.questionId),
        delta: f.signed(a.biggestChange.change),
        span: f.span(a.biggestChange.from),
      }),
      ...suggest(a.biggestChange.suggestion, f),
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
