import type { Article, Citation, Claim, Figure, ProvenanceLink, Report, Story } from '../model/report.ts';
import { figureValueText } from './html-figures.ts';
import { PROVENANCE_LABEL } from './labels.ts';

/** Characters that can start Markdown inline syntax anywhere in a line (GFM included). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;

/** A line starting with these would become a heading, list item or rule. */
function escapeBlockStart(text: string): string {
  if (/^(#{1,6}|[-+=])(\s|$)/.test(text)) return `\\${text}`;
  const ordered = /^(\d{1,9})[.)](\s|$)/.exec(text);
  return ordered ? `${ordered[1]}\\${text.slice(ordered[1].length)}` : text;
}

/** Escapes text taken from articles so it renders literally, on one line, also inside table cells. */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeBlockStart(flat.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY_LIKE, '&amp;'));
}

function code(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
  return flat.includes('`') ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}

function quoted(text: string): string {
  return `“${escapeMarkdown(text)}”`;
}

/** Numbers sources per story: the story's articles in order, then any other cited article. */
export function sourceNumbers(story: Story): Map<string, number> {
  const numbers = new Map<string, number>();
  const add = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  };
  for (const id of story.articleIds) add(id);
  const cite = (citations: Citation[] | undefined) => {
    for (const c of citations ?? []) add(c.articleId);
  };
  for (const s of story.brief) cite(s.support);
  for (const claim of story.claims) {
    cite(claim.support);
    for (const conflict of claim.conflicts ?? []) cite(conflict.citations);
  }
  for (const figure of story.figures) for (const v of figure.values) cite(v.support);
  for (const entry of story.timeline) cite(entry.support);
  for (const link of story.provenance) add(link.articleId);
  return numbers;
}

function markers(citations: Citation[] | undefined, numbers: Map<string, number>): string {
  const seen = new Set<number>();
  for (const c of citations ?? []) {
    const n = numbers.get(c.articleId);
    if (n !== undefined) seen.add(n);
  }
  return [...seen]
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');
}

function withMarkers(text: string, citations: Citation[] | undefined, numbers: Map<string, number>): string {
  const m = markers(citations, numbers);
  return m ? `${text} ${m}` : text;
}

function quoteLines(citations: Citation[], numbers: Map<string, number>, indent: string): string[] {
  return citations.map((c) => `${indent}- ${markers([c], numbers) || code(c.articleId)} ${quoted(c.quote)}`);
}

function claimHeading(claim: Claim, numbers: Map<string, number>): string {
  let line = escapeMarkdown(claim.text);
  if (claim.attribution?.length)
    line += ` — according to ${claim.attribution.map(escapeMarkdown).join(', ')}`;
  if (claim.status === 'corroborated') {
    const n = claim.independentSources;
    line += ` — **${n} independent source${n === 1 ? '' : 's'}**`;
  }
  return withMarkers(line, claim.support, numbers);
}

function renderClaims(story: Story, numbers: Map<string, number>): string[] {
  const out: string[] = [];
  const groups: Array<[Claim['status'], string]> = [
    ['corroborated', 'Corroborated claims'],
    ['contested', 'Contested claims'],
    ['single-source', 'Single-source claims'],
  ];
  for (const [status, heading] of groups) {
    const claims = story.claims.filter((c) => c.status === status);
    if (claims.length === 0) continue;
    out.push(`### ${heading}`, '');
    for (const claim of claims) {
      out.push(`- ${claimHeading(claim, numbers)}`);
      if (status === 'contested') {
        out.push('  - Reported:');
        out.push(...quoteLines(claim.support, numbers, '    '));
        for (const conflict of claim.conflicts ?? []) {
          const kind = conflict.kind ? ` (${conflict.kind})` : '';
          out.push(`  - Disputed${kind}: ${escapeMarkdown(conflict.note)}`);
          out.push(...quoteLines(conflict.citations, numbers, '    '));
        }
      } else {
        out.push(...quoteLines(claim.support, numbers, '  '));
      }
    }
    out.push('');
  }
  return out;
}

function renderFigures(figures: Figure[], numbers: Map<string, number>): string[] {
  if (figures.length === 0) return [];
  const out = [
    '### Figures',
    '',
    '| Measure | Value | As of | Sources | Status |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const figure of figures) {
    for (const value of figure.values) {
      const cells = [
        escapeMarkdown(figure.measure),
        escapeMarkdown(figureValueText(value)),
        value.asOf ? escapeMarkdown(value.asOf) : '—',
        markers(value.support, numbers) || '—',
        figure.status,
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
  }
  out.push('');
  return out;
}

function byDate<T extends { date: string }>(entries: T[]): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index))
    .map(({ entry }) => entry);
}

function articleRef(id: string, numbers: Map<string, number>): string {
  const n = numbers.get(id);
  return n === undefined ? code(id) : `[${n}]`;
}

function renderProvenance(
  links: ProvenanceLink[],
  numbers: Map<string, number>,
  articles: Map<string, Article>,
): string[] {
  if (links.length === 0) return [];
  const out = ['### Provenance', ''];
  for (const link of links) {
    let line = `- ${articleRef(link.articleId, numbers)} ${PROVENANCE_LABEL[link.kind]}`;
    if (link.target) {
      const target =
        numbers.has(link.target) || articles.has(link.target)
          ? articleRef(link.target, numbers)
          : escapeMarkdown(link.target);
      line += link.kind === 'first-report' ? ` (${target})` : ` ${target}`;
    }
    if (link.evidence) line += ` — ${quoted(link.evidence)}`;
    out.push(line);
  }
  out.push('');
  return out;
}

function renderSources(numbers: Map<string, number>, articles: Map<string, Article>): string[] {
  const out = ['### Sources', ''];
  for (const [id, n] of numbers) {
    const article = articles.get(id);
    const parts = [code(id)];
    if (article?.title) parts.push(`**${escapeMarkdown(article.title)}**`);
    if (article?.outlet) parts.push(escapeMarkdown(article.outlet));
    if (article?.published) parts.push(escapeMarkdown(article.published));
    if (!article) parts.push('_(article not in report)_');
    out.push(`${n}. ${parts.join(' — ')}`);
    for (const s of article?.signals ?? []) out.push(`   - _signal:_ ${escapeMarkdown(s.note)}`);
  }
  out.push('');
  return out;
}

function renderStory(story: Story, articles: Map<string, Article>): string[] {
  const numbers = sourceNumbers(story);
  const out = [`## ${escapeMarkdown(story.title) || code(story.id)}`, ''];

  out.push('### Brief', '');
  out.push(
    story.brief.length === 0
      ? '_No brief sentences._'
      : story.brief.map((s) => withMarkers(escapeMarkdown(s.text), s.support, numbers)).join(' '),
  );
  out.push('');

  out.push(...renderClaims(story, numbers));
  out.push(...renderFigures(story.figures, numbers));

  if (story.timeline.length > 0) {
    out.push('### Timeline', '');
    for (const entry of byDate(story.timeline)) {
      out.push(
        `- **${escapeMarkdown(entry.date)}** — ${withMarkers(escapeMarkdown(entry.text), entry.support, numbers)}`,
      );
    }
    out.push('');
  }

  if (story.entities.length > 0) {
    out.push('### Entities', '');
    for (const entity of story.entities) {
      let line = `- **${escapeMarkdown(entity.name)}** (${entity.type})`;
      const aliases = entity.aliases.filter((a) => a !== entity.name);
      if (aliases.length > 0) line += ` — also: ${aliases.map(escapeMarkdown).join(', ')}`;
      const refs = entity.articleIds.map((id) => articleRef(id, numbers)).join('');
      if (refs) line += ` ${refs}`;
      out.push(line);
    }
    out.push('');
  }

  out.push(...renderProvenance(story.provenance, numbers, articles));
  out.push(...renderSources(numbers, articles));
  return out;
}

export function renderMarkdown(report: Report): string {
  const articles = new Map(report.articles.map((a) => [a.id, a] as const));
  const storyCount = report.stories.length;
  const summary = [
    `${report.articles.length} article${report.articles.length === 1 ? '' : 's'}`,
    `${storyCount} stor${storyCount === 1 ? 'y' : 'ies'}`,
  ];
  if (report.generator) summary.push(`generated by ${escapeMarkdown(report.generator)}`);
  const out = ['# Corroborate report', '', summary.join(' · '), ''];

  if (storyCount === 0) {
    out.push('_No stories were found in the input._', '');
  }
  for (const story of report.stories) out.push(...renderStory(story, articles));

  const problems = report.problems ?? [];
  if (problems.length > 0) {
    out.push('## Problems', '');
    for (const p of problems)
      out.push(`- **${p.severity}** — ${code(p.source)}: ${escapeMarkdown(p.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
