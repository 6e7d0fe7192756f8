import { benchmarkSection } from '../benchmark/benchmark-texts.js';
import type { Digest, ScoreLine } from './digest.js';
import { actionItems, changeExplain, indexTexts } from './digest-texts.js';
import { type Formatter, formatter, type RenderOptions } from './format.js';
import { escapeMarkdown, prizeLabel, withheldTexts } from './markdown-text.js';
import { renderPoliticiansMarkdown } from './render-politicians.js';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function renderDigestMarkdown(digest: Digest, options: RenderOptions): string {
  if (options.audience === 'politicians') return renderPoliticiansMarkdown(digest, options);
  const f = formatter(digest, options);
  const { t, num } = f;
  const p = digest.participation;
  const lines: string[] = [
    `# ${t('digest.heading', { month: f.month(digest.month) })}`,
    '',
    `${escapeMarkdown(digest.organisation)} · ${t('digest.generated', { at: f.time(digest.generatedAt).slice(0, 10) })}`,
    '',
    ...actionsSection(digest, f),
    `## ${t('digest.section.participation')}`,
    '',
    `- ${t('digest.pulses')}: ${p.pulses}`,
    `- ${t('dash.respondents')}: ${f.gated(p.respondents, String)}`,
    `- ${t('digest.responses')}: ${f.gated(p.responses, String)}`,
    `- ${t('digest.rate')}: ${f.rate(p.rate)}`,
    '',
    t('rate.explained'),
    '',
  ];
  if (p.sectors.length > 0) {
    lines.push(
      row([t('digest.col.sector'), t('dash.respondents')]),
      '| --- | ---: |',
      ...p.sectors.map((s) => row([escapeMarkdown(f.sector(s.sector)), f.gated(s.respondents, String)])),
      '',
    );
  }

  lines.push(`## ${t('dash.section.index')}`, '', t('dash.index.explain'), '');
  lines.push(
    `- ${t('dash.section.index')}: ${f.index()}`,
    ...indexTexts(digest, f).map((x) => `- ${x}`),
    '',
    `### ${t('dash.section.trend')}`,
    '',
    row([t('dash.col.month'), t('dash.section.index')]),
    '| --- | ---: |',
    ...digest.index.trend.map((point) =>
      row([f.month(point.month), point.mean === null ? '–' : num(point.mean)]),
    ),
    '',
    changeExplain(f),
    '',
    ...dimensionTable(
      digest.dimensions.filter((l) => l.group === 'leadership'),
      f,
      'dig.section.leadership',
    ),
    ...dimensionTable(
      digest.dimensions.filter((l) => l.group !== 'leadership'),
      f,
      'dig.section.climate',
    ),
    ...benchmarkMarkdown(digest, f),
    `## ${t('digest.section.questions')}`,
    '',
    row([
      t('digest.col.statement'),
      t('digest.col.n'),
      t('digest.col.mean'),
      t('digest.col.change'),
      t('dig.col.comparedWith'),
      t('digest.col.distribution'),
    ]),
    '| --- | ---: | ---: | ---: | --- | --- |',
    ...digest.questions.map((line) => scoreRow(f, line, escapeMarkdown(f.statement(line.id)), false)),
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

function benchmarkMarkdown(digest: Digest, f: Formatter): string[] {
  if (!digest.benchmark) return [];
  const s = benchmarkSection(digest.benchmark, f);
  const table =
    s.rows.length === 0
      ? []
      : [row(s.header), '| --- | ---: | ---: | ---: |', ...s.rows.map((r) => row(r.map(escapeMarkdown))), ''];
  return [`## ${s.heading}`, '', s.status, '', ...table, ...s.sentences.map((x) => `- ${x}`), ''];
}

function actionsSection(digest: Digest, f: Formatter): string[] {
  const { items, overdue } = actionItems(digest, f);
  const lines = [`## ${f.t('dig.actions.title')}`, ''];
  for (const item of items) {
    lines.push(`- ${escapeMarkdown(item.text)}`);
    for (const extra of [item.practice, item.question]) if (extra) lines.push(`  - ${escapeMarkdown(extra)}`);
  }
  if (overdue) lines.push(`- ${overdue}`);
  return [...lines, ''];
}

function scoreRow(f: Formatter, line: ScoreLine, label: string, sinceStart: boolean): string {
  const change = [f.change(line.change, line.changeWithinNoise), f.span(line.changeFrom)];
  const since = sinceStart ? [f.change(line.baselineChange, line.baselineWithinNoise)] : [];
  return row([
    label,
    f.n(line.result),
    f.score(line.result),
    ...change,
    ...since,
    f.distribution(line.result),
  ]);
}

function dimensionTable(
  lines: ScoreLine[],
  f: Formatter,
  heading: 'dig.section.leadership' | 'dig.section.climate',
) {
  const { t } = f;
  if (lines.length === 0) return [];
  return [
    `## ${t(heading, { span: f.span(lines[0]?.period ?? null) })}`,
    '',
    row([
      t('digest.col.dimension'),
      t('digest.col.n'),
      t('digest.col.mean'),
      t('digest.col.change'),
      t('dig.col.comparedWith'),
      t('dash.col.baseline'),
      t('digest.col.distribution'),
    ]),
    '| --- | ---: | ---: | ---: | --- | ---: | --- |',
    ...lines.map((line) => scoreRow(f, line, f.dimension(line), true)),
    '',
  ];
}

function storySections(digest: Digest, f: Formatter): string[] {
  const { t } = f;
  const yes = (v: boolean) => (v ? t('form.yes') : t('form.no'));
  const lines = [`## ${t('digest.section.stories')}`, ''];
  if (digest.stories.length === 0) lines.push(t('digest.none'), '');
  else lines.push(`_${t('digest.stories.rankedBy')}_`, '');
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
  lines.push(...kaffeLines(digest, f));
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
  lines.push(...checkBackLines(digest, f));
  lines.push('', `## ${t('dig.section.reflections')}`, '');
  if (digest.reflectionAnswers.length === 0) lines.push(t('digest.none'));
  for (const q of digest.reflectionAnswers) {
    lines.push(`### ${escapeMarkdown(f.question(q.questionId) ?? q.questionId)}`, '');
    for (const a of q.named)
      lines.push(`- ${escapeMarkdown(a.text)}${a.name ? ` – ${escapeMarkdown(a.name)}` : ''}`);
    for (const text of q.anonymous) lines.push(`- ${escapeMarkdown(text)} – ${t('dig.reflections.unnamed')}`);
    if (q.anonymousWithheld)
      lines.push(
        `- ${t('dig.reflections.withheld', { count: q.anonymousWithheld, n: Math.max(digest.minGroupSize, 3) })}`,
      );
    lines.push('');
  }
  lines.push(`## ${t('dig.section.themes')}`, '', t('dig.themes.explain'), '');
  if (digest.themes.length === 0) lines.push(t('digest.none'));
  for (const x of digest.themes)
    lines.push(`- ${escapeMarkdown(t('dig.themes.item', { word: x.word, count: x.texts }))}`);
  lines.push('');
  return lines;
}

function withheldSection(digest: Digest, f: Formatter): string[] {
  return [`## ${f.t('dash.section.withheld')}`, '', ...withheldTexts(digest, f).map((x) => `- ${x}`), ''];
}

/** A `###` heading and one bullet per item, after a blank line. */
const subsection = (heading: string, items: string[]): string[] => [
  '',
  `### ${heading}`,
  '',
  ...items.map((x) => `- ${x}`),
];

function checkBackLines(digest: Digest, f: Formatter): string[] {
  if (digest.checkBacks.length === 0) return [];
  const { t } = f;
  return subsection(
    t('loop.digest.heading'),
    digest.checkBacks.map(
      (c) =>
        `${escapeMarkdown(c.text)}: ${t(`loop.outcome.${c.outcome}`)}${c.learned ? ` – ${t('loop.digest.learned')}: ${escapeMarkdown(c.learned)}` : ''}`,
    ),
  );
}

function kaffeLines(digest: Digest, f: Formatter): string[] {
  const k = digest.kaffe;
  if (k.pairs === 0) return [];
  const { t } = f;
  return [
    ...subsection(
      t('kaffe.digest.heading'),
      k.sectorPairs.map((p) =>
        t('kaffe.digest.row', {
          a: escapeMarkdown(f.sector(p.a)),
          b: escapeMarkdown(f.sector(p.b)),
          share: Math.round(p.metShare * 100),
          pairs: p.pairs,
        }),
      ),
    ),
    ...(k.withheld > 0 ? ['', t('kaffe.digest.withheld', { min: digest.minGroupSize })] : []),
  ];
}
