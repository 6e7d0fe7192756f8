import type { Digest } from './digest.js';
import { type Formatter, formatter, type RenderOptions } from './format.js';
import { renderPoliticiansMarkdown } from './render-politicians.js';
import type { PrizeCriterion } from './stories.js';

/**
 * Markdown special characters in people's text are escaped so a story cannot restyle the digest:
 * emphasis, links, HTML and table pipes anywhere, and block markers at the start of the text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/([\\`*_{}[\]<>|~])/g, '\\$1')
    .replace(/^(\s*)([#+\-!]|\d+\.)/, '$1\\$2');
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function prizeLabel(f: Formatter, criterion: PrizeCriterion): string {
  return f.t(`dash.prize.${criterion}`);
}

export function renderDigestMarkdown(digest: Digest, options: RenderOptions): string {
  if (options.audience === 'politicians') return renderPoliticiansMarkdown(digest, options);
  const f = formatter(digest, options);
  const { t, num } = f;
  const p = digest.participation;
  const lines: string[] = [
    `# ${t('digest.heading', { month: f.month(digest.month) })}`,
    '',
    `${escapeMarkdown(digest.organisation)} · ${t('digest.generated', { at: digest.generatedAt.slice(0, 10) })}`,
    '',
    `## ${t('digest.section.participation')}`,
    '',
    `- ${t('digest.pulses')}: ${p.pulses}`,
    `- ${t('digest.invited')}: ${p.invited}`,
    `- ${t('dash.respondents')}: ${f.gated(p.respondents, String)}`,
    `- ${t('digest.responses')}: ${f.gated(p.responses, String)}`,
    `- ${t('digest.rate')}: ${f.gated(p.rate, f.percent)}`,
    '',
  ];
  if (p.sectors.length > 0) {
    lines.push(
      row([t('digest.col.sector'), t('digest.invited'), t('dash.respondents'), t('digest.rate')]),
      '| --- | ---: | ---: | ---: |',
      ...p.sectors.map((s) =>
        row([
          escapeMarkdown(f.sector(s.sector)),
          s.invited,
          f.gated(s.respondents, String),
          f.gated(s.rate, f.percent),
        ]),
      ),
      '',
    );
  }

  lines.push(`## ${t('dash.section.index')}`, '', t('dash.index.explain'), '');
  lines.push(
    `- ${t('dash.section.index')}: ${f.index()}`,
    `- ${t('digest.col.change')}: ${f.signed(digest.index.change)}`,
    `- ${t('dash.col.baseline')}${digest.baselineMonth ? ` (${f.month(digest.baselineMonth)})` : ''}: ${f.signed(digest.index.baselineChange)}`,
    '',
    `### ${t('dash.section.trend')}`,
    '',
    row([t('dash.col.month'), t('dash.section.index')]),
    '| --- | ---: |',
    ...digest.index.trend.map((point) =>
      row([f.month(point.month), point.mean === null ? '–' : num(point.mean)]),
    ),
    '',
    `## ${t('digest.section.dimensions')}`,
    '',
    row([
      t('digest.col.dimension'),
      t('digest.col.n'),
      t('digest.col.mean'),
      t('digest.col.change'),
      t('dash.col.baseline'),
      t('digest.col.distribution'),
    ]),
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...digest.dimensions.map((line) =>
      row([
        f.dimension(line),
        f.n(line.result),
        f.score(line.result),
        f.signed(line.change),
        f.signed(line.baselineChange),
        f.distribution(line.result),
      ]),
    ),
    '',
    `## ${t('digest.section.questions')}`,
    '',
    row([
      t('digest.col.statement'),
      t('digest.col.n'),
      t('digest.col.mean'),
      t('digest.col.change'),
      t('digest.col.distribution'),
    ]),
    '| --- | ---: | ---: | ---: | --- |',
    ...digest.questions.map((line) =>
      row([
        escapeMarkdown(f.statement(line.id)),
        f.n(line.result),
        f.score(line.result),
        f.signed(line.change),
        f.distribution(line.result),
      ]),
    ),
    '',
  );
  if (digest.sectors.length > 0) {
    lines.push(
      `## ${t('digest.section.sectors')}`,
      '',
      row([t('digest.col.sector'), t('digest.col.n'), t('digest.col.mean')]),
      '| --- | ---: | ---: |',
      ...digest.sectors.map((s) =>
        row([escapeMarkdown(f.sector(s.sector)), f.gated(s.responses, String), f.gated(s.mean, num)]),
      ),
      '',
    );
  }
  lines.push(...storySections(digest, f), ...learningSections(digest, f), ...withheldSection(digest, f));
  return lines.join('\n');
}

function storySections(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const yes = (v: boolean) => (v ? t('form.yes') : t('form.no'));
  const lines = [`## ${t('digest.section.stories')}`, ''];
  if (digest.stories.length === 0) lines.push(t('digest.none'), '');
  for (const story of digest.stories) {
    lines.push(
      `### ${escapeMarkdown(story.title)}`,
      '',
      escapeMarkdown(story.whatChanged),
      '',
      ...(story.authorName ? [`- ${t('dash.by', { name: escapeMarkdown(story.authorName) })}`] : []),
      `- ${t('story.field.whoBenefits')}: ${escapeMarkdown(story.whoBenefits)}`,
      `- ${t('story.field.inUse')}: ${yes(story.inUse)} · ${t('story.field.canSpread')}: ${yes(story.canSpread)}`,
      `- ${t('story.field.learned')}: ${escapeMarkdown(story.learned)}`,
      ...(story.nextStepOwner
        ? [`- ${t('story.field.nextStepOwner')}: ${escapeMarkdown(story.nextStepOwner)}`]
        : []),
      ...(story.sectors.length
        ? [`- ${t('digest.col.sector')}: ${story.sectors.map((s) => escapeMarkdown(f.sector(s))).join(', ')}`]
        : []),
      `- ${t('dash.col.reactions')}: ${story.reactions} · ${t('dash.col.score')}: ${story.prize.score}/5 (${story.prize.met.map((c) => prizeLabel(f, c)).join(', ') || '–'})`,
      '',
    );
  }
  lines.push(`## ${t('dash.section.prize')}`, '', t('dash.prize.explain', { min: 3 }), '');
  const byId = new Map(digest.stories.map((s) => [s.id, s]));
  if (digest.prizeCandidates.length === 0) lines.push(t('digest.none'));
  for (const id of digest.prizeCandidates) {
    const story = byId.get(id);
    if (story) lines.push(`- **${escapeMarkdown(story.title)}** (${story.prize.score}/5)`);
  }
  lines.push('', `## ${t('digest.section.nominations')}`, '');
  if (digest.nominations.length === 0) lines.push(t('digest.none'));
  for (const n of digest.nominations) {
    const who = n.nomineeKind === 'team' ? (n.teamName ?? '') : (n.nomineeName ?? t('someone'));
    lines.push(
      `- **${escapeMarkdown(who)}** · ${f.dimensionLabel(n.dimension)}: ${escapeMarkdown(n.reason)}${n.status === 'recognised' ? ` (${t('digest.recognised')})` : ''}`,
    );
  }
  const c = digest.collaboration;
  lines.push('', `## ${t('dash.section.collaboration')}`, '');
  if (c.sectors.length === 0) lines.push(t('digest.none'));
  else {
    lines.push(
      t('dash.collab.summary', { cross: c.crossSector, items: c.items }),
      '',
      row(['', ...c.sectors.map((s) => escapeMarkdown(f.sector(s)))]),
      `| --- |${c.sectors.map(() => ' ---: |').join('')}`,
      ...c.sectors.map((s, i) => row([escapeMarkdown(f.sector(s)), ...(c.matrix[i] ?? []).map(String)])),
    );
  }
  const a = digest.activity;
  lines.push(
    '',
    `## ${t('dash.section.activity')}`,
    '',
    row(['', t('dash.activity.month'), t('dash.activity.year')]),
    '| --- | ---: | ---: |',
    row([t('dash.activity.stories'), a.month.stories, a.last12Months.stories]),
    row([t('dash.activity.inUse'), a.month.inUse, a.last12Months.inUse]),
    row([t('dash.activity.spreading'), a.month.spreading, a.last12Months.spreading]),
    row([t('dash.activity.realised'), a.month.realisedBenefits, a.last12Months.realisedBenefits]),
    '',
  );
  return lines;
}

function learningSections(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const lines = [`## ${t('digest.section.learning')}`, ''];
  if (digest.learning.length === 0) lines.push(t('digest.none'));
  for (const item of digest.learning) {
    lines.push(
      `- ${escapeMarkdown(item.text)}${item.tryNext ? ` → ${t('dash.tryNext')}: ${escapeMarkdown(item.tryNext)}` : ''}${item.nextStepOwner ? ` (${t('dash.col.owner')}: ${escapeMarkdown(item.nextStepOwner)})` : ''}`,
    );
  }
  lines.push('', `## ${t('dash.section.nextSteps')}`, '');
  if (digest.openNextSteps.length === 0) lines.push(t('digest.none'));
  for (const item of digest.openNextSteps) {
    lines.push(
      `- ${escapeMarkdown(item.tryNext ?? item.text)}${item.nextStepOwner ? ` (${t('dash.col.owner')}: ${escapeMarkdown(item.nextStepOwner)})` : ''} · ${t('dash.since', { month: f.month(item.createdAt.slice(0, 7)) })}`,
    );
  }
  lines.push('');
  return lines;
}

export function withheldTexts(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const w = digest.withheld;
  const n = Math.max(digest.minGroupSize, 3);
  const texts: string[] = [];
  if (w.cells) texts.push(t('dash.withheld.cells', { count: w.cells, n }));
  if (w.questions || w.dimensions)
    texts.push(
      t('dash.withheld.lines', {
        count: w.questions + w.dimensions,
        questions: w.questions,
        dimensions: w.dimensions,
      }),
    );
  if (w.sectorParts || w.sectors)
    texts.push(t('dash.withheld.sectors', { count: w.sectorParts, sectors: w.sectors }));
  if (w.participationSectors) texts.push(t('dash.withheld.participation', { count: w.participationSectors }));
  if (!digest.participation.responses.shown) texts.push(t('digest.highlight.participationWithheld', { n }));
  if (texts.length === 0) texts.push(t('dash.withheld.none'));
  texts.push(t('dash.withheld.why', { n }));
  return texts;
}

function withheldSection(digest: Digest, f: Formatter): string[] {
  return [`## ${f.t('dash.section.withheld')}`, '', ...withheldTexts(digest, f).map((x) => `- ${x}`), ''];
}
