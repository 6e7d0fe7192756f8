export type { DimensionGroup } from './dimension-labels.js';
export { DIMENSION_GROUP, DIMENSION_LABELS } from './dimension-labels.js';
export type { QuestionBank } from './question-bank.js';
export { BUILT_IN_QUESTIONS, buildQuestionBank } from './question-bank.js';
export { SCALE_LABELS, SCALE_SHORT_LABEL_MAX_LENGTH, SCALE_SHORT_LABELS } from './scale-labels.js';
