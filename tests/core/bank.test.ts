import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_QUESTIONS,
  buildQuestionBank,
  DIMENSION_GROUP,
  DIMENSION_LABELS,
  SCALE_LABELS,
  SCALE_SHORT_LABEL_MAX_LENGTH,
  SCALE_SHORT_LABELS,
} from '../../src/core/bank/index.js';
import type { Question } from '../../src/core/records.js';
import {
  CLIMATE_ITEMS,
  DIMENSIONS,
  LEADERSHIP_DIMENSIONS,
  LOCALES,
  QUESTION_KINDS,
  SCALE,
} from '../../src/core/vocabulary.js';

const SEED_PATH = fileURLToPath(new URL('../../../shared/seed/innovasjonskultur.txt', import.meta.url));

// A copy of the source text's closing questions, so the verbatim check still runs without shared/.
const SEED_QUESTIONS_FALLBACK = [
  'Hvordan kan vi\u00a0skape en gjennomgående innovasjonskultur i vår kommune?',
  'Hva skal til for å lykkes med å skape en brukerorientert innovasjonskultur som aldri stopper opp?',
  'Hvem hos oss skal eie og legge tilrettelegge for vi skal fortsette å innovere og sørge for å ta ut gevinstene av dette arbeidet?',
];

// Ids that have shipped; answers reference them, so each must stay in the bank for good.
const SHIPPED_IDS = [
  'refl-seed-1',
  'refl-seed-2',
  'refl-seed-3',
  'refl-oppmerksomhet-1',
  'refl-tverrfaglighet-1',
  'refl-nettverk-1',
  'refl-anerkjennelse-1',
  'refl-maling-1',
  'refl-laering-1',
  ...LEADERSHIP_DIMENSIONS.flatMap((dimension) => [`pulse-${dimension}-1`, `pulse-${dimension}-2`]),
  ...CLIMATE_ITEMS.map((item) => `pulse-${item}-1`),
  'learn-1',
  'learn-2',
  'learn-3',
];

function buildQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'custom-1',
    kind: 'pulse',
    dimension: 'tillit',
    text: { nb: 'Egen påstand', nn: 'Eigen påstand', en: 'Own statement' },
    reverse: false,
    retired: false,
    source: 'custom',
    ...overrides,
  };
}

function ofKind(kind: Question['kind']): Question[] {
  return BUILT_IN_QUESTIONS.filter((question) => question.kind === kind);
}

function seedQuestionsFromFile(): string[] | undefined {
  if (!existsSync(SEED_PATH)) return undefined;
  const lines = readFileSync(SEED_PATH, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.endsWith('?'));
  return lines.slice(-3);
}

describe('built-in questions', () => {
  it('have unique, stable-looking ids and valid kinds and dimensions', () => {
    const ids = BUILT_IN_QUESTIONS.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of BUILT_IN_QUESTIONS) {
      expect(question.id).toMatch(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);
      expect(QUESTION_KINDS).toContain(question.kind);
      expect(DIMENSIONS).toContain(question.dimension);
      expect(question.retired).toBe(false);
    }
  });

  it('keep every shipped id', () => {
    const ids = new Set(BUILT_IN_QUESTIONS.map((question) => question.id));
    expect(SHIPPED_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('have tidy, non-empty text in every locale', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      expect(Object.keys(question.text).sort()).toEqual([...LOCALES].sort());
      for (const locale of LOCALES) {
        const text = question.text[locale];
        expect(text.trim().length, `${question.id} ${locale}`).toBeGreaterThan(10);
        expect(text, `${question.id} ${locale}`).toBe(text.trim());
        expect(text, `${question.id} ${locale}`).not.toMatch(/ {2}/);
        expect(text, `${question.id} ${locale}`).toMatch(/[.?]$/);
      }
    }
  });

  it('translate rather than copy: nb, nn and en texts differ', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      const { nb, nn, en } = question.text;
      expect(new Set([nb, nn, en]).size, question.id).toBe(3);
    }
  });

  it('are frozen, so no caller can change the shipped bank', () => {
    const [first] = BUILT_IN_QUESTIONS;
    expect(Object.isFrozen(BUILT_IN_QUESTIONS)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.text)).toBe(true);
  });
});

describe('reflection questions', () => {
  it('include the three closing questions of the source text verbatim in bokmål', () => {
    const bokmal = ofKind('reflection').map((question) => question.text.nb);
    for (const seed of SEED_QUESTIONS_FALLBACK) expect(bokmal).toContain(seed);
    const seeds = ['refl-seed-1', 'refl-seed-2', 'refl-seed-3'].map(
      (id) => BUILT_IN_QUESTIONS.find((question) => question.id === id)?.text.nb,
    );
    expect(seeds).toEqual(SEED_QUESTIONS_FALLBACK);
  });

  it('match the seed file character for character', (context) => {
    const fromFile = seedQuestionsFromFile();
    context.skip(
      fromFile === undefined,
      `seed file not found at ${SEED_PATH} (shared/ is not beside the repo)`,
    );
    expect(fromFile).toEqual(SEED_QUESTIONS_FALLBACK);
    const bokmal = ofKind('reflection').map((question) => question.text.nb);
    for (const seed of fromFile ?? []) expect(bokmal).toContain(seed);
  });

  it('rotate weekly over about two months, all from the seed', () => {
    const reflections = ofKind('reflection');
    expect(reflections.length).toBeGreaterThanOrEqual(8);
    expect(reflections.length).toBeLessThanOrEqual(11);
    for (const question of reflections) {
      expect(question.source).toBe('seed');
      expect(question.text.nb.endsWith('?')).toBe(true);
    }
  });
});

describe('pulse statements', () => {
  const pulses = ofKind('pulse');

  it('cover each leadership dimension at least twice', () => {
    for (const dimension of LEADERSHIP_DIMENSIONS) {
      const statements = pulses.filter((question) => question.dimension === dimension);
      expect(statements.length, dimension).toBeGreaterThanOrEqual(2);
      for (const statement of statements) expect(statement.source).toBe('seed');
    }
  });

  it('cover each checklist item at least once', () => {
    for (const item of CLIMATE_ITEMS) {
      const statements = pulses.filter((question) => question.dimension === item);
      expect(statements.length, item).toBeGreaterThanOrEqual(1);
      for (const statement of statements) expect(statement.source).toBe('ks-checklist');
    }
  });

  it('score only konflikt in reverse', () => {
    for (const question of BUILT_IN_QUESTIONS) {
      expect(question.reverse, question.id).toBe(question.dimension === 'konflikt');
    }
  });

  it('are short statements about us or my workplace', () => {
    const ours = new Set(['vi', 'oss', 'vår', 'vårt', 'våre']);
    for (const question of pulses) {
      const { nb, en } = question.text;
      const words = nb.toLowerCase().split(/[\s.,?!–]+/);
      const aboutUs = words.some((word) => ours.has(word)) || nb.includes('min arbeidsplass');
      expect(aboutUs, question.id).toBe(true);
      expect(nb.endsWith('.'), question.id).toBe(true);
      expect(nb.length, question.id).toBeLessThanOrEqual(120);
      expect(en.length, question.id).toBeLessThanOrEqual(120);
    }
  });
});

describe('learning prompts', () => {
  it('are two or three monthly prompts on the learning loop', () => {
    const prompts = ofKind('learning');
    expect(prompts.length).toBeGreaterThanOrEqual(2);
    expect(prompts.length).toBeLessThanOrEqual(3);
    for (const prompt of prompts) expect(prompt.dimension).toBe('laering');
  });
});

describe('buildQuestionBank', () => {
  it('without configuration holds exactly the built-in questions', () => {
    const bank = buildQuestionBank([], []);
    expect(bank.all()).toEqual(BUILT_IN_QUESTIONS);
    expect(bank.active('pulse')).toEqual(ofKind('pulse'));
    expect(bank.get('pulse-konflikt-1')?.reverse).toBe(true);
    expect(bank.get('no-such-id')).toBeUndefined();
  });

  it('retires a question but keeps it for history', () => {
    const bank = buildQuestionBank([], ['pulse-humor-1', 'unknown-id']);
    expect(bank.get('pulse-humor-1')?.retired).toBe(true);
    expect(bank.all().map((question) => question.id)).toContain('pulse-humor-1');
    expect(bank.active('pulse').map((question) => question.id)).not.toContain('pulse-humor-1');
    expect(bank.all()).toHaveLength(BUILT_IN_QUESTIONS.length);
    expect(BUILT_IN_QUESTIONS.find((question) => question.id === 'pulse-humor-1')?.retired).toBe(false);
  });

  it('adds custom questions after the built-in ones', () => {
    const custom = buildQuestion({ id: 'custom-tillit-1' });
    const bank = buildQuestionBank([custom], []);
    expect(bank.all()).toHaveLength(BUILT_IN_QUESTIONS.length + 1);
    expect(bank.active('pulse').at(-1)).toEqual(custom);
    expect(bank.get('custom-tillit-1')).toEqual(custom);
  });

  it('lets a custom question replace a built-in one in place', () => {
    const replacement = buildQuestion({
      id: 'refl-seed-2',
      kind: 'reflection',
      dimension: 'brukerorientering',
    });
    const bank = buildQuestionBank([replacement], []);
    const ids = bank.all().map((question) => question.id);
    expect(ids).toEqual(BUILT_IN_QUESTIONS.map((question) => question.id));
    expect(bank.get('refl-seed-2')?.text.nb).toBe('Egen påstand');
    expect(bank.active('reflection')[1]).toEqual(replacement);
  });

  it('lets a later custom question win and retires custom questions too', () => {
    const first = buildQuestion({ id: 'custom-a', text: { nb: 'Første', nn: 'Første', en: 'First' } });
    const second = buildQuestion({ id: 'custom-a', text: { nb: 'Andre', nn: 'Andre', en: 'Second' } });
    const alreadyRetired = buildQuestion({ id: 'custom-b', retired: true });
    const bank = buildQuestionBank([first, second, alreadyRetired], ['custom-a']);
    expect(bank.get('custom-a')?.text.en).toBe('Second');
    expect(bank.get('custom-a')?.retired).toBe(true);
    expect(bank.get('custom-b')?.retired).toBe(true);
    expect(bank.active('pulse').map((question) => question.id)).not.toContain('custom-a');
    expect(bank.active('pulse').map((question) => question.id)).not.toContain('custom-b');
  });

  it('hands out copies the caller cannot change', () => {
    const custom = buildQuestion();
    const bank = buildQuestionBank([custom], []);
    custom.text.nb = 'Endret etterpå';
    expect(bank.get('custom-1')?.text.nb).toBe('Egen påstand');
    bank.all().pop();
    expect(bank.all()).toHaveLength(BUILT_IN_QUESTIONS.length + 1);
    expect(Object.isFrozen(bank.get('custom-1'))).toBe(true);
  });
});

describe('labels', () => {
  it('name every dimension in every locale and put it in one group', () => {
    for (const dimension of DIMENSIONS) {
      for (const locale of LOCALES)
        expect(DIMENSION_LABELS[dimension][locale].trim(), dimension).not.toBe('');
    }
    for (const dimension of LEADERSHIP_DIMENSIONS) expect(DIMENSION_GROUP[dimension]).toBe('leadership');
    for (const item of CLIMATE_ITEMS) expect(DIMENSION_GROUP[item]).toBe('climate');
    expect(DIMENSION_GROUP.laering).toBe('learning');
    expect(Object.keys(DIMENSION_LABELS).sort()).toEqual([...DIMENSIONS].sort());
  });

  it('label every scale value, with short labels that fit a narrow button', () => {
    expect(SCALE_SHORT_LABEL_MAX_LENGTH).toBe(14);
    for (const locale of LOCALES) {
      const short = SCALE.map((value) => SCALE_SHORT_LABELS[locale][value]);
      const full = SCALE.map((value) => SCALE_LABELS[locale][value]);
      expect(new Set(short).size, locale).toBe(5);
      expect(new Set(full).size, locale).toBe(5);
      for (const label of [...short, ...full]) expect(label.trim(), locale).not.toBe('');
      for (const label of short) expect(label.length, `${locale} ${label}`).toBeLessThanOrEqual(14);
    }
    expect(SCALE_LABELS.nb[1]).toBe('Helt uenig');
    expect(SCALE_LABELS.nb[5]).toBe('Helt enig');
  });
});
