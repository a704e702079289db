// Provenance graph: an inline SVG drawn here, with the story's articles in a column on the left and
// the outside sources they name (declared original hosts, cited agencies) on the right.
import type { ProvenanceLink } from '../model/report.ts';
import { escapeHtml, type StoryContext, section, shorten } from './html-context.ts';

export type EdgeKind = Exclude<ProvenanceLink['kind'], 'first-report'>;

export interface GraphNode {
  key: string;
  kind: 'article' | 'external';
  /** Article id, or the external target as first written. */
  id: string;
  label: string;
  /** Full description for the tooltip. */
  title: string;
  x: number;
  y: number;
  width: number;
  /** External nodes: named as a declared original, as a cited source, or both. */
  roles: Set<'declared-original' | 'cites' | 'other'>;
  first?: string;
}

export interface GraphEdge {
  kind: EdgeKind;
  from: GraphNode;
  to: GraphNode;
  evidence?: string;
}

export interface ProvenanceGraph {
  width: number;
  height: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const NODE_H = 30;
const STEP = 42;
const PAD = 12;
const ARTICLE_X = 96;
const ARTICLE_W = 250;
const EXTERNAL_X = 486;
const EXTERNAL_W = 222;

const externalKey = (target: string) => `x:${target.trim().toLowerCase()}`;

function host(address: string): string | undefined {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+\.[^/?#:\s]+)/i.exec(address.trim());
  return m?.[1].toLowerCase().replace(/^www\./, '');
}

/** The story article whose outlet or web host an outside target names, if any. */
function sameAs(ctx: StoryContext, articleIds: string[], target: string): string | undefined {
  const name = target.trim().toLowerCase();
  const targetHost = host(target);
  for (const id of articleIds) {
    const article = ctx.articles.get(id);
    if (!article) continue;
    if (article.outlet && article.outlet.trim().toLowerCase() === name) return id;
    if (targetHost && article.url && host(article.url) === targetHost) return id;
  }
  return undefined;
}

/** Lays the graph out deterministically: articles by number, outside sources near their citers. */
export function layoutProvenance(ctx: StoryContext): ProvenanceGraph {
  const { story } = ctx;
  const articleIds = new Set(story.articleIds);
  for (const link of story.provenance) {
    articleIds.add(link.articleId);
    if ((ctx.numbers.has(link.target) || ctx.articles.has(link.target)) && link.kind !== 'first-report')
      articleIds.add(link.target);
  }
  const order = (id: string) => ctx.numbers.get(id) ?? Number.MAX_SAFE_INTEGER;
  const articles = [...articleIds].sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  const nodes = new Map<string, GraphNode>();
  articles.forEach((id, row) => {
    const n = ctx.shown(id);
    nodes.set(`a:${id}`, {
      key: `a:${id}`,
      kind: 'article',
      id,
      label: shorten(`[${n}] ${ctx.shortName(id)}`, 34),
      title: `[${n}] ${ctx.label(id)}`,
      x: ARTICLE_X,
      y: PAD + row * STEP,
      width: ARTICLE_W,
      roles: new Set(),
    });
  });

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const externals: GraphNode[] = [];
  for (const link of story.provenance) {
    const from = nodes.get(`a:${link.articleId}`);
    if (!from) continue;
    if (link.kind === 'first-report') {
      from.first = link.evidence ?? 'earliest report in the story';
      continue;
    }
    if (!link.target.trim()) continue;
    let to = nodes.get(`a:${link.target}`);
    if (!to) {
      const key = externalKey(link.target);
      to = nodes.get(key);
      if (!to) {
        const same = sameAs(ctx, articles, link.target);
        const n = same === undefined ? undefined : ctx.shown(same);
        to = {
          key,
          kind: 'external',
          id: link.target.trim(),
          label: n ? `${shorten(link.target, 24)} = [${n}]` : shorten(link.target, 30),
          title: n ? `${link.target.trim()} — the outlet of source [${n}]` : link.target.trim(),
          x: EXTERNAL_X,
          y: 0,
          width: EXTERNAL_W,
          roles: new Set(),
        };
        nodes.set(key, to);
        externals.push(to);
      }
      to.roles.add(link.kind === 'declared-original' || link.kind === 'cites' ? link.kind : 'other');
    }
    const edgeKey = `${from.key}\u0000${to.key}\u0000${link.kind}`;
    if (seen.has(edgeKey)) continue;
    seen.add(edgeKey);
    edges.push({ kind: link.kind, from, to, evidence: link.evidence });
  }

  // Outside sources: ordered by the mean row of the articles naming them, then pushed apart.
  const center = (node: GraphNode) => {
    const ys = edges.filter((e) => e.to === node).map((e) => e.from.y);
    return ys.reduce((s, y) => s + y, 0) / Math.max(1, ys.length);
  };
  const placed = externals
    .map((node) => ({ node, c: center(node) }))
    .sort((a, b) => a.c - b.c || (a.node.title < b.node.title ? -1 : 1));
  let next = PAD;
  for (const { node, c } of placed) {
    node.y = Math.max(next, Math.round(c));
    next = node.y + STEP;
  }

  const bottom = Math.max(...[...nodes.values()].map((n) => n.y), PAD);
  return {
    width: externals.length ? EXTERNAL_X + EXTERNAL_W + PAD : ARTICLE_X + ARTICLE_W + PAD,
    height: bottom + NODE_H + PAD,
    nodes: [...nodes.values()],
    edges,
  };
}

export const EDGE_STYLE: Record<EdgeKind, { stroke: string; dash?: string; label: string }> = {
  'rewrite-of': { stroke: '#8250df', label: 'rewrite of' },
  'copy-of': { stroke: '#b3261e', label: 'copy of' },
  'declared-original': { stroke: '#0969da', dash: '6 4', label: 'declares as original' },
  cites: { stroke: '#59636e', dash: '1 4', label: 'cites' },
};

const mid = (node: GraphNode) => node.y + NODE_H / 2;

function edgePath(edge: GraphEdge): { d: string; endX: number; endY: number } {
  const { from, to } = edge;
  if (to.kind === 'article') {
    // Article to article: a curve bulging into the gutter left of the article column.
    const rows = Math.abs(to.y - from.y) / STEP;
    const bulge = Math.min(ARTICLE_X - 8, 26 + 14 * rows);
    const x = ARTICLE_X;
    const y1 = mid(from) - 4;
    const y2 = mid(to) + 4;
    return { d: `M${x} ${y1}C${x - bulge} ${y1} ${x - bulge} ${y2} ${x - 1} ${y2}`, endX: x, endY: y2 };
  }
  const x1 = from.x + from.width;
  const x2 = to.x;
  const y1 = mid(from);
  const y2 = mid(to);
  const cx = (x1 + x2) / 2;
  return { d: `M${x1} ${y1}C${cx} ${y1} ${cx} ${y2} ${x2 - 1} ${y2}`, endX: x2, endY: y2 };
}

function edgeTitle(edge: GraphEdge): string {
  const name = (node: GraphNode) => (node.kind === 'article' ? node.title : node.id);
  const text = `${name(edge.from)} ${EDGE_STYLE[edge.kind].label} ${name(edge.to)}`;
  return edge.evidence ? `${text} — ${edge.evidence}` : text;
}

function renderEdge(edge: GraphEdge): string {
  const style = EDGE_STYLE[edge.kind];
  const { d, endX, endY } = edgePath(edge);
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const cap = edge.kind === 'cites' ? ' stroke-linecap="round"' : '';
  return (
    `<g class="pv-edge ${edge.kind}" data-kind="${edge.kind}"><title>${escapeHtml(edgeTitle(edge))}</title>` +
    `<path class="pv-hit" d="${d}" fill="none" stroke="transparent" stroke-width="10"/>` +
    `<path class="pv-line" d="${d}" fill="none" stroke="${style.stroke}" stroke-width="${edge.kind === 'cites' ? 2 : 1.75}"${dash}${cap}/>` +
    `<path class="pv-arrow" d="M${endX} ${endY}l-8 -4.5v9z" fill="${style.stroke}"/></g>`
  );
}

function renderNode(ctx: StoryContext, node: GraphNode): string {
  const y = node.y;
  if (node.kind === 'article') {
    const n = ctx.shown(node.id);
    const first = node.first !== undefined;
    const title = first ? `${node.title} — first report (${node.first})` : node.title;
    return (
      `<g class="pv-node article${first ? ' first' : ''} open-article" data-article="${escapeHtml(node.id)}" data-n="${escapeHtml(n)}"` +
      ` role="button" tabindex="0" aria-label="${escapeHtml(`Read source ${n}${first ? ', the first report' : ''}`)}">` +
      `<title>${escapeHtml(title)}</title>` +
      `<rect x="${node.x}" y="${y}" width="${node.width}" height="${NODE_H}" rx="6" fill="${first ? '#fff8c5' : '#f6f8fa'}"` +
      ` stroke="${first ? '#9a6700' : '#8c959f'}" stroke-width="${first ? 2.5 : 1}"/>` +
      `<text x="${node.x + 10}" y="${y + 19.5}" font-size="12.5"${first ? ' font-weight="600"' : ''} fill="#1f2328">` +
      `${first ? '<tspan class="pv-star" fill="#9a6700">★ </tspan>' : ''}${escapeHtml(node.label)}</text></g>`
    );
  }
  const host = node.roles.has('declared-original');
  const roles = [host ? 'declared original' : '', node.roles.has('cites') ? 'cited source' : '']
    .filter(Boolean)
    .join(', ');
  return (
    `<g class="pv-node external${host ? ' host' : ' agency'}"><title>${escapeHtml(`${node.title}${roles ? ` (${roles})` : ''}`)}</title>` +
    `<rect x="${node.x}" y="${y}" width="${node.width}" height="${NODE_H}" rx="15" fill="#fff"` +
    ` stroke="${host ? '#0969da' : '#8c959f'}" stroke-width="1.25"${host ? '' : ' stroke-dasharray="3 2"'}/>` +
    `<text x="${node.x + 12}" y="${y + 19.5}" font-size="12.5" fill="#1f2328">${escapeHtml(node.label)}</text></g>`
  );
}

function legendLine(kind: EdgeKind): string {
  const style = EDGE_STYLE[kind];
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
  const cap = kind === 'cites' ? ' stroke-linecap="round"' : '';
  return (
    `<li><svg width="34" height="10" viewBox="0 0 34 10" aria-hidden="true"><path d="M1 5h24" stroke="${style.stroke}"` +
    ` stroke-width="2"${dash}${cap}/><path d="M33 5l-8 -4.5v9z" fill="${style.stroke}"/></svg> ${style.label}</li>`
  );
}

/** The SVG element alone. */
export function renderProvenanceSvg(ctx: StoryContext): string {
  const graph = layoutProvenance(ctx);
  const articles = graph.nodes.filter((n) => n.kind === 'article').length;
  const externals = graph.nodes.length - articles;
  const label = `Provenance of ${articles} article${articles === 1 ? '' : 's'}${externals ? ` and ${externals} outside source${externals === 1 ? '' : 's'}` : ''}`;
  return (
    `<svg class="pv-graph" viewBox="0 0 ${graph.width} ${graph.height}"` +
    ` width="${graph.width}" height="${graph.height}" role="group" aria-label="${escapeHtml(label)}"` +
    ' font-family="system-ui,-apple-system,Segoe UI,Roboto,Helvetica Neue,Arial,sans-serif">' +
    `${graph.edges.map(renderEdge).join('')}${graph.nodes.map((n) => renderNode(ctx, n)).join('')}</svg>`
  );
}

export function renderProvenance(ctx: StoryContext): string {
  if (ctx.story.provenance.length === 0) return '';
  const kinds = new Set(ctx.story.provenance.map((l) => l.kind));
  const legend = (['rewrite-of', 'copy-of', 'declared-original', 'cites'] as const)
    .filter((k) => kinds.has(k))
    .map(legendLine);
  if (kinds.has('first-report')) legend.push('<li><span class="pv-first">★</span> first report</li>');
  return section(
    'provenance-graph',
    'Provenance',
    `<div class="pv-scroll">${renderProvenanceSvg(ctx)}</div>` +
      `<ul class="pv-legend">${legend.join('')}</ul>` +
      '<p class="hint">Articles of the story on the left, outside sources they name on the right. Hover a line for its evidence; select an article to read it.</p>',
  );
}
