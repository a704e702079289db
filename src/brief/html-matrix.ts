// Sources × claims matrix: for each multi-source or contested claim, what each article of the story
// says about it — agrees (cited in support), contradicts (cited in a conflict) or silent.
import type { Citation, Claim, Conflict, Story } from '../model/report.ts';
import { escapeHtml, plural, type StoryContext, section, shorten } from './html-context.ts';

export type CellState = 'agrees' | 'contradicts' | 'both' | 'silent';

export interface MatrixCell {
  articleId: string;
  state: CellState;
  /** The article's citations in the claim's support, earliest first. */
  support: Citation[];
  /** The article's citations in the claim's conflicts, with the conflict they belong to. */
  against: Array<{ citation: Citation; conflict: Conflict }>;
}

export interface MatrixRow {
  claim: Claim;
  /** Position of the claim in the story's claims. */
  index: number;
  cells: MatrixCell[];
}

export interface Matrix {
  articleIds: string[];
  rows: MatrixRow[];
  /** Claims that qualified for a row before the row limit was applied. */
  eligible: number;
}

export const MATRIX_ROW_LIMIT = 25;

const byStart = (a: Citation, b: Citation) => a.start - b.start || a.end - b.end;

/** What one article says about one claim. */
export function classifyCell(claim: Claim, articleId: string): MatrixCell {
  const support = claim.support.filter((c) => c.articleId === articleId).sort(byStart);
  const against: MatrixCell['against'] = [];
  for (const conflict of claim.conflicts ?? [])
    for (const citation of conflict.citations)
      if (citation.articleId === articleId) against.push({ citation, conflict });
  against.sort((a, b) => byStart(a.citation, b.citation));
  const state: CellState =
    support.length && against.length
      ? 'both'
      : support.length
        ? 'agrees'
        : against.length
          ? 'contradicts'
          : 'silent';
  return { articleId, state, support, against };
}

function citedArticles(claim: Claim): Set<string> {
  const ids = new Set(claim.support.map((c) => c.articleId));
  for (const conflict of claim.conflicts ?? []) for (const c of conflict.citations) ids.add(c.articleId);
  return ids;
}

/** A claim gets a row when it is contested or cited by more than one article. */
export function inMatrix(claim: Claim): boolean {
  return claim.status !== 'single-source' || citedArticles(claim).size > 1;
}

/**
 * The matrix for a story: one column per article (in `articleIds` order) and up to `limit` rows in
 * report order. When there are more claims than rows, contested claims are kept first.
 */
export function buildMatrix(story: Story, articleIds: string[], limit = MATRIX_ROW_LIMIT): Matrix {
  const eligible = story.claims.map((claim, index) => ({ claim, index })).filter((r) => inMatrix(r.claim));
  let chosen = eligible;
  if (eligible.length > limit) {
    const contested = eligible.filter((r) => r.claim.status === 'contested');
    const others = eligible.filter((r) => r.claim.status !== 'contested');
    chosen = [...contested, ...others].slice(0, limit).sort((a, b) => a.index - b.index);
  }
  const rows = chosen.map(({ claim, index }) => ({
    claim,
    index,
    cells: articleIds.map((id) => classifyCell(claim, id)),
  }));
  return { articleIds, rows, eligible: eligible.length };
}

/** For each article that is a rewrite or copy of another article of the story: that link. */
export function derivedFrom(
  story: Story,
  known: (id: string) => boolean,
): Map<string, { kind: 'rewrite-of' | 'copy-of'; target: string }> {
  const out = new Map<string, { kind: 'rewrite-of' | 'copy-of'; target: string }>();
  for (const link of story.provenance) {
    if (link.kind !== 'rewrite-of' && link.kind !== 'copy-of') continue;
    if (!known(link.target) || out.has(link.articleId)) continue;
    out.set(link.articleId, { kind: link.kind, target: link.target });
  }
  return out;
}

const STATUS_BADGE: Record<Claim['status'], [string, string]> = {
  corroborated: ['ok', 'corroborated'],
  contested: ['bad', 'contested'],
  'single-source': ['neutral', 'single source'],
};

const SYMBOL: Record<CellState, string> = { agrees: '✓', contradicts: '✗', both: '✓✗', silent: '·' };

function renderCell(ctx: StoryContext, cell: MatrixCell): string {
  const n = ctx.shown(cell.articleId);
  const who = `[${n}] ${ctx.shortName(cell.articleId)}`;
  if (cell.state === 'silent') {
    return `<td class="mx-cell silent" title="${escapeHtml(`${who} does not mention this claim`)}"><span class="mx-mark silent" aria-label="silent">·</span></td>`;
  }
  const marks: string[] = [];
  if (cell.support.length) {
    const c = cell.support[0];
    const more = cell.support.length > 1 ? ` (+${cell.support.length - 1} more)` : '';
    marks.push(
      ctx.cite(c, {
        className: 'mx-mark agrees',
        content: SYMBOL.agrees,
        title: `${who} agrees: “${c.quote}”${more}`,
        ariaLabel: `Source ${n} agrees: show the passage`,
      }),
    );
  }
  if (cell.against.length) {
    const { citation: c, conflict } = cell.against[0];
    const kind = conflict.kind ? `${conflict.kind}: ` : '';
    const more = cell.against.length > 1 ? ` (+${cell.against.length - 1} more)` : '';
    marks.push(
      ctx.cite(c, {
        className: 'mx-mark contradicts',
        content: SYMBOL.contradicts,
        title: `${who} contradicts (${kind}${conflict.note}): “${c.quote}”${more}`,
        ariaLabel: `Source ${n} contradicts: show the passage`,
      }),
    );
  }
  return `<td class="mx-cell ${cell.state}">${marks.join('')}</td>`;
}

export function renderMatrix(ctx: StoryContext): string {
  const matrix = buildMatrix(ctx.story, [...ctx.numbers.keys()]);
  if (matrix.rows.length === 0) return '';
  const derived = derivedFrom(ctx.story, (id) => ctx.numbers.has(id));
  const heads = matrix.articleIds.map((id) => {
    const n = ctx.shown(id);
    const anchor = ctx.sourceAnchor(ctx.numbers.get(id) ?? 0);
    const link = derived.get(id);
    const word = link?.kind === 'copy-of' ? 'copy' : 'rewrite';
    const mark = link
      ? `<span class="mx-derived">↻ ${word} of [${escapeHtml(ctx.shown(link.target))}]</span>`
      : '';
    const title = `[${n}] ${ctx.label(id)}${link ? ` — ${word} of [${ctx.shown(link.target)}] ${ctx.label(link.target)}` : ''}`;
    return `<th scope="col" class="mx-source${link ? ' derived' : ''}" title="${escapeHtml(title)}"><a href="#${anchor}">[${escapeHtml(n)}]</a>${mark}</th>`;
  });
  const totals = matrix.articleIds.map((_, col) => {
    let agree = 0;
    let against = 0;
    for (const row of matrix.rows) {
      const state = row.cells[col].state;
      if (state === 'agrees' || state === 'both') agree++;
      if (state === 'contradicts' || state === 'both') against++;
    }
    return `<td class="mx-total"><span class="ok">${agree}✓</span>${against ? ` <span class="bad">${against}✗</span>` : ''}</td>`;
  });
  const rows = matrix.rows.map((row) => {
    const [badge, word] = STATUS_BADGE[row.claim.status];
    const short = shorten(row.claim.text, 90);
    return (
      `<tr class="mx-row ${row.claim.status}"><th scope="row" class="mx-claim">` +
      `<a href="#${ctx.claimAnchor(row.index)}" title="${escapeHtml(row.claim.text)}">${escapeHtml(short)}</a> ` +
      `<span class="badge ${badge}">${word}</span></th>` +
      `<td class="mx-indep" title="${escapeHtml(plural(row.claim.independentSources, 'independent source', 'independent sources'))}">${row.claim.independentSources}</td>` +
      `${row.cells.map((cell) => renderCell(ctx, cell)).join('')}</tr>`
    );
  });
  const key = matrix.articleIds
    .map((id) => {
      const article = ctx.articles.get(id);
      const name = article?.outlet ?? article?.title ?? ctx.shortName(id);
      return `<li title="${escapeHtml(ctx.label(id))}"><span class="num">[${escapeHtml(ctx.shown(id))}]</span> ${escapeHtml(shorten(name, 40))}</li>`;
    })
    .join('');
  const shownNote =
    matrix.eligible > matrix.rows.length
      ? `<p class="hint">Showing ${matrix.rows.length} of ${matrix.eligible} claims with several sources (contested claims first).</p>`
      : '';
  return section(
    'matrix',
    'Sources × claims',
    '<p class="mx-legend"><span class="mx-key agrees">✓ agrees</span> cited in support ' +
      '<span class="mx-key contradicts">✗ contradicts</span> cited against it ' +
      '<span class="mx-key silent">· silent</span> not cited ' +
      (matrix.rows.some((r) => r.cells.some((c) => c.state === 'both'))
        ? '<span class="mx-key both">✓✗ both</span> cited on both sides '
        : '') +
      (derived.size ? '<span class="mx-key derived">↻</span> rewrite or copy of another source' : '') +
      '</p>' +
      '<div class="mx-scroll"><table class="matrix-table"><thead><tr><th scope="col" class="mx-claim">Claim</th>' +
      '<th scope="col" class="mx-indep" title="independent sources">Indep.</th>' +
      `${heads.join('')}</tr></thead><tbody>${rows.join('')}</tbody>` +
      `<tfoot><tr><th scope="row" class="mx-claim">Total</th><td></td>${totals.join('')}</tr></tfoot></table></div>` +
      `<ul class="mx-sources">${key}</ul>${shownNote}` +
      '<p class="hint">Select a ✓ or ✗ to read that source’s passage.</p>',
  );
}
