import type { QuestionBank } from '../bank/index.js';
import { DIMENSION_LABELS } from '../bank/index.js';
import { formatMonth, formatNumber, translator } from '../i18n/translate.js';
import type { Gated } from '../privacy/threshold.js';
import type { Locale } from '../vocabulary.js';
import type { Aggregate } from './aggregate.js';
import type { Digest, ScoreLine } from './digest.js';

/** Markdown special characters in people's text are escaped so a story cannot restyle the digest. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!|>~<])/g, '\\$1').replace(/\r?\n/g, ' ');
}

export function renderDigestMarkdown(
  digest: Digest,
  locale: Locale,
  bank: QuestionBank,
  sectorName: (id: string | null) => string,
): string {
  const t = translator(locale);
  const num = (value: number) => formatNumber(locale, value);
  const withheld = t('digest.withheld');
  const score = (result: Gated<Aggregate>) => (result.shown ? num(result.value.mean) : withheld);
  const delta = (line: ScoreLine) =>
    line.change === null ? '–' : `${line.change >= 0 ? '+' : ''}${num(line.change)}`;
  const dist = (result: Gated<Aggregate>) =>
    result.shown ? result.value.distribution.join(' / ') : withheld;
  const n = (result: Gated<Aggregate>) =>
    result.shown ? String(result.value.n) : `< ${digest.minGroupSize}`;

  const p = digest.participation;
  const lines = [
    `# ${t('digest.heading', { month: formatMonth(locale, digest.month) })}`,
    '',
    `${escapeMarkdown(digest.organisation)} · ${t('digest.generated', { at: digest.generatedAt.slice(0, 10) })}`,
    '',
    `## ${t('digest.section.participation')}`,
    '',
    `- ${t('digest.pulses')}: ${p.pulses}`,
    `- ${t('digest.invited')}: ${p.invited}`,
    `- ${t('digest.responses')}: ${p.responses.shown ? p.responses.value : withheld}`,
    `- ${t('digest.rate')}: ${p.rate.shown ? `${Math.round(p.rate.value * 100)} %` : withheld}`,
    '',
    `## ${t('digest.section.dimensions')}`,
    '',
    `| ${t('digest.col.dimension')} | ${t('digest.col.n')} | ${t('digest.col.mean')} | ${t('digest.col.change')} | ${t('digest.col.distribution')} |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...digest.dimensions.map(
      (line) =>
        `| ${DIMENSION_LABELS[line.dimension][locale]} | ${n(line.result)} | ${score(line.result)} | ${delta(line)} | ${dist(line.result)} |`,
    ),
    '',
    `## ${t('digest.section.questions')}`,
    '',
    `| ${t('digest.col.statement')} | ${t('digest.col.n')} | ${t('digest.col.mean')} | ${t('digest.col.change')} | ${t('digest.col.distribution')} |`,
    '| --- | ---: | ---: | ---: | --- |',
    ...digest.questions.map((line) => {
      const question = bank.get(line.id);
      const text = question
        ? escapeMarkdown(question.text[locale]) + (question.reverse ? ` (${t('digest.reverse')})` : '')
        : line.id;
      return `| ${text} | ${n(line.result)} | ${score(line.result)} | ${delta(line)} | ${dist(line.result)} |`;
    }),
    '',
  ];
  if (digest.sectors.length > 0) {
    lines.push(
      `## ${t('digest.section.sectors')}`,
      '',
      `| ${t('digest.col.sector')} | ${t('digest.col.n')} | ${t('digest.col.mean')} |`,
      '| --- | ---: | ---: |',
    );
    for (const s of digest.sectors) {
      lines.push(
        `| ${escapeMarkdown(sectorName(s.sector))} | ${s.responses.shown ? s.responses.value : withheld} | ${s.mean.shown ? num(s.mean.value) : withheld} |`,
      );
    }
    lines.push('');
  }
  lines.push(`## ${t('digest.section.stories')}`, '');
  if (digest.stories.length === 0) lines.push(t('digest.none'));
  for (const story of digest.stories) {
    lines.push(
      `### ${escapeMarkdown(story.title)}`,
      '',
      `${escapeMarkdown(story.whatChanged)}`,
      '',
      `- ${t('story.field.whoBenefits')}: ${escapeMarkdown(story.whoBenefits)}`,
      `- ${t('story.field.inUse')}: ${story.inUse ? t('form.yes') : t('form.no')} · ${t('story.field.canSpread')}: ${story.canSpread ? t('form.yes') : t('form.no')}`,
      `- ${t('story.field.learned')}: ${escapeMarkdown(story.learned)}`,
      '',
    );
  }
  lines.push(`## ${t('digest.section.nominations')}`, '');
  if (digest.nominations.length === 0) lines.push(t('digest.none'));
  for (const nomination of digest.nominations) {
    lines.push(
      `- **${DIMENSION_LABELS[nomination.dimension][locale]}**: ${escapeMarkdown(nomination.reason)}${nomination.status === 'recognised' ? ` (${t('digest.recognised')})` : ''}`,
    );
  }
  lines.push('', `## ${t('digest.section.learning')}`, '');
  if (digest.learning.length === 0) lines.push(t('digest.none'));
  for (const item of digest.learning) {
    lines.push(
      `- ${escapeMarkdown(item.text)}${item.tryNext ? ` → ${escapeMarkdown(item.tryNext)}` : ''}${item.nextStepOwner ? ` (${escapeMarkdown(item.nextStepOwner)})` : ''}`,
    );
  }
  lines.push(
    '',
    `---`,
    '',
    t('digest.withheldSummary', {
      cells: digest.withheld.cells,
      sectors: digest.withheld.sectors,
      n: digest.minGroupSize,
    }),
    '',
  );
  return lines.join('\n');
}
