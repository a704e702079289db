import type { Claim, Report } from '../model/report.ts';
import { escapeHtml, plural, StoryContext, section } from './html-context.ts';
import { renderFigures } from './html-figures.ts';
import { renderMatrix } from './html-matrix.ts';
import { renderProvenance } from './html-provenance.ts';
import { PROVENANCE_LABEL } from './labels.ts';

export { escapeHtml } from './html-context.ts';

export interface RenderHtmlOptions {
  /** Page title and heading; defaults to "Corroborate report". */
  title?: string;
}

export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/**
 * Serialises data for a `<script type="application/json">` block. `<`, `>` and `&` become JSON
 * escapes so the block cannot be closed or turned into a comment, and U+2028/U+2029 are escaped
 * for tools that treat the content as JavaScript. JSON.parse gives back the exact value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What the page script needs: each article's clean text and the labels shown above it. */
interface EmbeddedArticle {
  id: string;
  title?: string;
  outlet?: string;
  published?: string;
  text: string;
}

function renderBrief(ctx: StoryContext): string {
  const { brief } = ctx.story;
  if (brief.length === 0) return section('brief', 'Brief', '<p class="muted">No brief sentences.</p>');
  const sentences = brief.map(
    (s) =>
      `<span class="sentence">${escapeHtml(s.text)}${s.support.length ? ' ' : ''}${ctx.cites(s.support)}</span>`,
  );
  return section(
    'brief',
    'Brief',
    `<p class="brief-text">${sentences.join(' ')}</p>` +
      '<p class="hint">Numbers in brackets are sources: select one to read the cited passage in its article.</p>',
  );
}

function claimText(claim: Claim): string {
  const attribution = claim.attribution?.length
    ? ` <span class="attribution">according to ${escapeHtml(claim.attribution.join(', '))}</span>`
    : '';
  return `<span class="claim-text">${escapeHtml(claim.text)}</span>${attribution}`;
}

function renderClaims(ctx: StoryContext): string {
  const claims = ctx.story.claims.map((claim, index) => ({ claim, id: ctx.claimAnchor(index) }));
  if (claims.length === 0) return '';
  const corroborated = claims.filter((c) => c.claim.status === 'corroborated');
  const contested = claims.filter((c) => c.claim.status === 'contested');
  const single = claims.filter((c) => c.claim.status === 'single-source');
  let body = '';
  if (corroborated.length) {
    const items = corroborated.map(
      ({ claim: c, id }) =>
        `<li class="claim corroborated" id="${id}">${claimText(c)} ${ctx.cites(c.support)} ` +
        `<span class="badge ok">${plural(c.independentSources, 'independent source', 'independent sources')}</span></li>`,
    );
    body += `<h4>Corroborated <span class="count">${corroborated.length}</span></h4><ul class="claims-list">${items.join('')}</ul>`;
  }
  if (contested.length) {
    const items = contested.map(({ claim: c, id }) => {
      const sides = [
        `<div class="side"><h5>Reported</h5>${ctx.quotes(c.support)}</div>`,
        ...(c.conflicts ?? []).map(
          (conflict) =>
            `<div class="side against"><h5>${conflict.kind ? `<span class="kind">${escapeHtml(conflict.kind)}</span> ` : ''}` +
            `${escapeHtml(conflict.note)}</h5>${ctx.quotes(conflict.citations)}</div>`,
        ),
      ];
      return (
        `<li class="claim contested" id="${id}"><div>${claimText(c)} <span class="badge bad">contested</span> ` +
        `<span class="badge neutral">${plural(c.independentSources, 'independent source', 'independent sources')}</span></div>` +
        `<div class="sides">${sides.join('')}</div></li>`
      );
    });
    body += `<h4>Contested <span class="count">${contested.length}</span></h4><ul class="claims-list">${items.join('')}</ul>`;
  }
  if (single.length) {
    const items = single.map(
      ({ claim: c, id }) =>
        `<li class="claim single-source" id="${id}">${claimText(c)} ${ctx.cites(c.support)} <span class="badge neutral">single source</span></li>`,
    );
    body += `<h4>Single-source <span class="count">${single.length}</span></h4><ul class="claims-list">${items.join('')}</ul>`;
  }
  return section('claims', 'Claims', body);
}

function renderTimeline(ctx: StoryContext): string {
  const entries = ctx.story.timeline
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date < b.entry.date ? -1 : a.entry.date > b.entry.date ? 1 : a.index - b.index));
  if (entries.length === 0) return '';
  const items = entries.map(
    ({ entry }) =>
      `<li><time>${escapeHtml(entry.date)}</time><span>${escapeHtml(entry.text)} ${ctx.cites(entry.support)}</span></li>`,
  );
  return section('timeline', 'Timeline', `<ol class="timeline-list">${items.join('')}</ol>`);
}

function renderEntities(ctx: StoryContext): string {
  const entities = ctx.story.entities;
  if (entities.length === 0) return '';
  const rows = entities.map((e) => {
    const aliases = e.aliases.filter((a) => a !== e.name);
    return (
      `<tr><th scope="row">${escapeHtml(e.name)}</th><td><span class="type type-${escapeHtml(e.type)}">${escapeHtml(e.type)}</span></td>` +
      `<td>${aliases.length ? escapeHtml(aliases.join(', ')) : '<span class="muted">—</span>'}</td>` +
      `<td>${e.articleIds.map((id) => ctx.ref(id)).join(' ')}</td></tr>`
    );
  });
  return section(
    'entities',
    'Entities',
    '<table class="entities-table"><thead><tr><th scope="col">Name</th><th scope="col">Type</th>' +
      `<th scope="col">Also called</th><th scope="col">Sources</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

function provenanceTarget(ctx: StoryContext, target: string): string {
  if (ctx.numbers.has(target) || ctx.articles.has(target)) return ctx.ref(target);
  return `<span class="target">${escapeHtml(target)}</span>`;
}

function renderProvenanceItems(ctx: StoryContext, articleId: string): string {
  const items: string[] = [];
  for (const link of ctx.story.provenance) {
    const evidence = link.evidence ? ` <span class="evidence">(${escapeHtml(link.evidence)})</span>` : '';
    if (link.articleId === articleId) {
      const target = link.target
        ? link.kind === 'first-report'
          ? ` (${provenanceTarget(ctx, link.target)})`
          : ` ${provenanceTarget(ctx, link.target)}`
        : '';
      items.push(`<li>This article ${PROVENANCE_LABEL[link.kind]}${target}${evidence}</li>`);
    } else if (link.target === articleId) {
      items.push(
        `<li>${ctx.ref(link.articleId)} ${PROVENANCE_LABEL[link.kind]} this article${evidence}</li>`,
      );
    }
  }
  return items.length ? `<ul class="provenance">${items.join('')}</ul>` : '';
}

function field(name: string, value: string | undefined): string {
  return value ? `<dt>${name}</dt><dd>${escapeHtml(value)}</dd>` : '';
}

function renderSourceCard(ctx: StoryContext, articleId: string, n: number): string {
  const article = ctx.articles.get(articleId);
  if (!article) {
    return (
      `<article class="source-card missing" id="${ctx.sourceAnchor(n)}"><h4><span class="num">[${n}]</span> ` +
      `<code>${escapeHtml(articleId)}</code></h4><p class="muted">This article is not in the report.</p></article>`
    );
  }
  const byline = Array.isArray(article.byline) ? article.byline.join(', ') : article.byline;
  const removed = article.removed.length
    ? `<details class="removed"><summary>Removed text (${article.removed.length})</summary><ul>${article.removed
        .map(
          (r) =>
            `<li><span class="reason">${escapeHtml(r.reason)}</span> <span class="removed-text">${escapeHtml(r.text)}</span></li>`,
        )
        .join('')}</ul></details>`
    : '<p class="muted small">No text was removed.</p>';
  return (
    `<article class="source-card" id="${ctx.sourceAnchor(n)}">` +
    `<h4><span class="num">[${n}]</span> ${escapeHtml(article.title ?? article.id)}</h4>` +
    '<dl>' +
    field('Outlet', article.outlet) +
    field('Byline', byline) +
    field('Published', article.published) +
    field('Original source', article.originalSource) +
    field('Address', article.url) +
    field('File', article.source) +
    field('Id', article.id) +
    '</dl>' +
    renderProvenanceItems(ctx, articleId) +
    removed +
    `<button type="button" class="open-article" data-article="${escapeHtml(article.id)}" data-n="${n}">Read article text</button>` +
    '</article>'
  );
}

function renderSources(ctx: StoryContext): string {
  const cards = [...ctx.numbers].map(([id, n]) => renderSourceCard(ctx, id, n));
  return section(
    'sources',
    `Sources <span class="count">${cards.length}</span>`,
    `<div class="cards">${cards.join('')}</div>`,
  );
}

function renderStory(ctx: StoryContext): string {
  return (
    `<section class="story" id="${ctx.anchor}" data-story="${escapeHtml(ctx.story.id)}">` +
    `<h2>${escapeHtml(ctx.story.title || ctx.story.id)}</h2>` +
    `<p class="meta">${plural(ctx.story.articleIds.length, 'article', 'articles')} · ` +
    `${plural(ctx.story.claims.length, 'claim', 'claims')}</p>` +
    renderBrief(ctx) +
    renderMatrix(ctx) +
    renderClaims(ctx) +
    renderFigures(ctx) +
    renderTimeline(ctx) +
    renderEntities(ctx) +
    renderProvenance(ctx) +
    renderSources(ctx) +
    '</section>'
  );
}

function renderNav(contexts: StoryContext[]): string {
  if (contexts.length < 2) return '';
  const items = contexts.map(
    (ctx) =>
      `<li><a href="#${ctx.anchor}">${escapeHtml(ctx.story.title || ctx.story.id)}</a> ` +
      `<span class="muted">${plural(ctx.story.articleIds.length, 'article', 'articles')}</span></li>`,
  );
  return `<nav class="story-nav" aria-label="Stories"><h2>Stories</h2><ol>${items.join('')}</ol></nav>`;
}

function renderProblems(report: Report): string {
  const problems = report.problems ?? [];
  if (problems.length === 0) return '';
  const items = problems.map(
    (p) =>
      `<li><span class="badge ${p.severity === 'error' ? 'bad' : 'warn'}">${escapeHtml(p.severity)}</span> ` +
      `<code>${escapeHtml(p.source)}</code> ${escapeHtml(p.message)}</li>`,
  );
  return `<section class="problems" id="problems"><h2>Problems <span class="count">${problems.length}</span></h2><ul>${items.join('')}</ul></section>`;
}

const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--soft:#f6f8fa;--line:#d1d9e0;--accent:#0969da;
--ok:#1a7f37;--ok-bg:#dafbe1;--warn:#7d4e00;--warn-bg:#fff8c5;--bad:#b3261e;--bad-bg:#ffebe9;--mark:#ffe16b;--reader-w:min(34rem,100vw)}
*{box-sizing:border-box}
html{scroll-behavior:smooth}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.page{max-width:70rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
@media (min-width:72rem){body.reading .page{margin-left:1rem;margin-right:calc(var(--reader-w) + 1rem)}}
h1{font-size:1.75rem;margin:0 0 .25rem}
h2{font-size:1.4rem;margin:0 0 .25rem}
h3{font-size:1.1rem;margin:1.75rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}
h4{font-size:1rem;margin:1rem 0 .4rem}
h5{font-size:.9rem;margin:0 0 .4rem}
.meta,.muted,.hint{color:var(--muted)}
.meta{margin:0 0 1rem}
.hint{font-size:.85rem;margin:.4rem 0 0}
.small{font-size:.85rem}
.count{display:inline-block;min-width:1.5em;padding:0 .4em;border-radius:1em;background:var(--soft);border:1px solid var(--line);font-size:.8rem;font-weight:500;text-align:center;color:var(--muted)}
.story{padding:1.25rem 0 2rem;border-top:2px solid var(--line)}
.story-nav{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;margin:1rem 0}
.story-nav h2{font-size:1rem}
.story-nav ol{margin:0;padding-left:1.5rem}
a{color:var(--accent)}
.source-ref{text-decoration:none;font-weight:600}
.brief-text{font-size:1.1rem;line-height:1.7;margin:0}
.sentence{margin-right:.15em}
.cites{white-space:nowrap}
.cite{font:inherit;font-size:.75em;font-weight:600;vertical-align:super;line-height:1;color:var(--accent);background:none;border:0;padding:0 .1em;margin:0;cursor:pointer;border-radius:3px}
.cite:hover,.cite:focus-visible{background:#ddf4ff;outline:1px solid var(--accent)}
.cite.active{background:var(--mark);color:var(--fg)}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:.05rem .5rem;border-radius:1em;white-space:nowrap;vertical-align:.1em}
.badge.ok{background:var(--ok-bg);color:var(--ok)}
.badge.bad{background:var(--bad-bg);color:var(--bad)}
.badge.warn{background:var(--warn-bg);color:var(--warn)}
.badge.neutral{background:var(--soft);color:var(--muted);border:1px solid var(--line)}
.claims-list{list-style:none;margin:0;padding:0}
.claim{padding:.45rem .75rem;margin:.35rem 0;border-left:3px solid var(--line);background:var(--soft);border-radius:0 6px 6px 0}
.claim.corroborated{border-left-color:var(--ok)}
.claim.contested{border-left-color:var(--bad)}
.attribution{color:var(--muted);font-style:italic}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem;margin-top:.5rem}
.side{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
.side.against{border-color:#f5c2bf}
.kind{font-size:.7rem;text-transform:uppercase;letter-spacing:.04em;color:var(--bad)}
.quotes{margin:0;padding-left:1.1rem}
.quotes li{margin:.2rem 0}
q{font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .6rem;border-bottom:1px solid var(--line)}
thead th{background:var(--soft);font-size:.85rem;color:var(--muted)}
tbody th{font-weight:600}
.qualifier,.unit{color:var(--muted)}
.timeline-list{list-style:none;margin:0;padding:0 0 0 .75rem;border-left:2px solid var(--line)}
.timeline-list li{display:flex;gap:.75rem;padding:.25rem 0}
.timeline-list time{flex:0 0 auto;font-variant-numeric:tabular-nums;font-weight:600;min-width:6.5rem}
.type{font-size:.8rem;padding:.05rem .45rem;border-radius:4px;background:var(--soft);border:1px solid var(--line)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:.75rem}
.source-card{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;background:var(--bg)}
.source-card h4{margin:0 0 .5rem}
.source-card:target{outline:2px solid var(--accent)}
.num{color:var(--accent)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:0 0 .5rem;font-size:.88rem}
dt{color:var(--muted)}
dd{margin:0;overflow-wrap:anywhere}
.provenance{font-size:.88rem;margin:.25rem 0 .5rem;padding-left:1.1rem}
.target{overflow-wrap:anywhere}
.evidence{color:var(--muted)}
details.removed{font-size:.88rem;margin:.25rem 0 .5rem}
details.removed summary{cursor:pointer;color:var(--muted)}
details.removed ul{padding-left:1.1rem;margin:.25rem 0}
.reason{font-size:.75rem;font-weight:600;background:var(--warn-bg);color:var(--warn);padding:0 .4rem;border-radius:4px}
.removed-text{text-decoration:line-through;text-decoration-color:#bbb;color:var(--muted)}
button.open-article,.reader-close{font:inherit;font-size:.85rem;padding:.2rem .7rem;border:1px solid var(--line);border-radius:6px;background:var(--soft);color:var(--fg);cursor:pointer}
button.open-article:hover,.reader-close:hover{background:#eaeef2}
.problems{margin-top:2rem;padding:1rem;border:1px solid #f5c2bf;border-radius:8px;background:#fffafa}
.problems ul{margin:.5rem 0 0;padding-left:1.1rem}
.empty{font-size:1.1rem;color:var(--muted);padding:2rem 0}
.reader{position:fixed;top:0;right:0;bottom:0;width:var(--reader-w);display:flex;flex-direction:column;background:var(--bg);border-left:1px solid var(--line);box-shadow:-6px 0 18px rgba(31,35,40,.08);z-index:10}
.reader[hidden]{display:none}
.reader-head{display:flex;gap:.75rem;align-items:flex-start;justify-content:space-between;padding:.9rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
.reader-title{font-weight:600;margin:0}
.reader-sub{font-size:.85rem;color:var(--muted);margin:.1rem 0 0}
.reader-note{font-size:.85rem;color:var(--bad);margin:.25rem 0 0}
.reader-text{flex:1;overflow-y:auto;padding:1rem 1.1rem 3rem;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.65}
mark.quote-highlight{background:var(--mark);color:inherit;padding:.05em 0;border-radius:2px;box-shadow:0 0 0 2px var(--mark)}
.mx-legend{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem .6rem;font-size:.85rem;color:var(--muted);margin:0 0 .5rem}
.mx-key{font-weight:600;padding:.05rem .45rem;border-radius:4px}
.mx-key.agrees{background:var(--ok-bg);color:var(--ok)}
.mx-key.contradicts{background:var(--bad-bg);color:var(--bad)}
.mx-key.silent{background:var(--soft);color:var(--muted);border:1px solid var(--line)}
.mx-key.both{background:var(--warn-bg);color:var(--warn)}
.mx-key.derived{color:#8250df;background:#fbefff}
.mx-scroll{overflow-x:auto;border:1px solid var(--line);border-radius:8px}
.matrix-table{width:auto;min-width:100%;font-size:.9rem}
.matrix-table th,.matrix-table td{padding:.3rem .45rem;vertical-align:middle}
.matrix-table tbody tr:hover th,.matrix-table tbody tr:hover td.silent,.matrix-table tbody tr:hover td.mx-indep{background-color:#f0f3f6}
.matrix-table .mx-claim{position:sticky;left:0;z-index:1;background:var(--bg);min-width:15rem;max-width:28rem;font-weight:400;box-shadow:inset -1px 0 var(--line)}
.matrix-table thead .mx-claim,.matrix-table tfoot .mx-claim{background:var(--soft);font-weight:600}
.matrix-table tfoot td,.matrix-table tfoot th{background:var(--soft);border-bottom:0}
.mx-row.contested .mx-claim{box-shadow:inset 3px 0 var(--bad),inset -1px 0 var(--line)}
.mx-row.corroborated .mx-claim{box-shadow:inset 3px 0 var(--ok),inset -1px 0 var(--line)}
.mx-claim a{color:var(--fg);text-decoration:none}
.mx-claim a:hover{text-decoration:underline}
.mx-claim .badge{font-size:.68rem}
.mx-source{text-align:center;min-width:3.2rem;line-height:1.25}
.mx-source a{text-decoration:none;font-weight:700}
.mx-derived{display:block;font-size:.7rem;font-weight:600;color:#8250df;white-space:nowrap}
.mx-indep{text-align:center;font-variant-numeric:tabular-nums;color:var(--muted)}
.matrix-table td.mx-indep{font-weight:600}
.mx-cell{text-align:center;white-space:nowrap;border-left:1px solid #eef1f4}
.mx-cell.agrees{background:var(--ok-bg)}
.mx-cell.contradicts{background:var(--bad-bg)}
.mx-cell.both{background:var(--warn-bg)}
.cite.mx-mark{font-size:1.05rem;font-weight:700;vertical-align:baseline;line-height:1.2;padding:.05rem .4rem}
.cite.mx-mark.agrees{color:var(--ok)}
.cite.mx-mark.contradicts{color:var(--bad)}
.mx-mark.silent{color:#8c959f;font-weight:700}
.mx-total{text-align:center;font-size:.8rem;white-space:nowrap}
.mx-total .ok{color:var(--ok)}
.mx-total .bad{color:var(--bad)}
.mx-sources{list-style:none;display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding:0;margin:.5rem 0 0;font-size:.85rem;color:var(--muted)}
.fig-summary{margin:0 0 .5rem;display:flex;gap:.4rem;flex-wrap:wrap}
.figures-table tbody.fig+tbody.fig{border-top:2px solid var(--line)}
.figures-table tbody.fig th{border-left:3px solid var(--line)}
.figures-table tbody.fig.conflicting th{border-left-color:var(--bad)}
.figures-table tbody.fig.changing th{border-left-color:#d4a72c}
.figures-table tbody.fig.consistent th{border-left-color:var(--ok)}
.fig-value strong{font-variant-numeric:tabular-nums}
.alt{color:var(--muted);font-size:.88em}
.pv-scroll{overflow-x:auto}
.pv-graph{display:block;max-width:100%;height:auto}
.pv-node.article{cursor:pointer}
.pv-node.article:hover rect,.pv-node.article:focus-visible rect{stroke:var(--accent);stroke-width:2}
.pv-node:focus{outline:none}
.pv-edge:hover .pv-line{stroke-width:3.5}
.pv-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;padding:0;margin:.5rem 0 0;font-size:.85rem;color:var(--muted)}
.pv-legend svg{vertical-align:middle}
.pv-first{color:#9a6700}
@media print{.reader,.cite,.hint,button.open-article{display:none}.cite.mx-mark{display:inline-block}}
`;

// Runs in the page: opens the reader panel on the article a citation points at and highlights
// exactly text.slice(start, end), taken from the embedded JSON so offsets are honoured.
const SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var articles = new Map();
  data.articles.forEach(function (a) { articles.set(a.id, a); });
  var reader = document.getElementById('reader');
  var title = reader.querySelector('.reader-title');
  var sub = reader.querySelector('.reader-sub');
  var note = reader.querySelector('.reader-note');
  var body = reader.querySelector('.reader-text');
  var active = null;

  function setActive(el) {
    if (active) active.classList.remove('active');
    active = el;
    if (active) active.classList.add('active');
  }

  function open(trigger) {
    var id = trigger.getAttribute('data-article');
    var n = trigger.getAttribute('data-n');
    var hasSpan = trigger.hasAttribute('data-start');
    var article = articles.get(id);
    reader.hidden = false;
    document.body.classList.add('reading');
    reader.setAttribute('data-article', id);
    body.textContent = '';
    note.textContent = '';
    setActive(hasSpan ? trigger : null);
    if (!article) {
      title.textContent = (n ? '[' + n + '] ' : '') + id;
      sub.textContent = '';
      note.textContent = 'This article is not in the report.';
      return;
    }
    title.textContent = (n ? '[' + n + '] ' : '') + (article.title || article.id);
    sub.textContent = [article.outlet, article.published].filter(Boolean).join(' · ');
    var text = article.text;
    if (!hasSpan) {
      body.appendChild(document.createTextNode(text));
      body.scrollTop = 0;
      return;
    }
    var start = Number(trigger.getAttribute('data-start'));
    var end = Number(trigger.getAttribute('data-end'));
    var s = Math.max(0, Math.min(text.length, start));
    var e = Math.max(s, Math.min(text.length, end));
    if (s !== start || e !== end) note.textContent = 'The cited span lies partly outside this article\\u2019s text.';
    var mark = document.createElement('mark');
    mark.className = 'quote-highlight';
    mark.textContent = text.slice(s, e);
    body.appendChild(document.createTextNode(text.slice(0, s)));
    body.appendChild(mark);
    body.appendChild(document.createTextNode(text.slice(e)));
    mark.scrollIntoView({ block: 'center' });
  }

  function close() {
    reader.hidden = true;
    document.body.classList.remove('reading');
    setActive(null);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var trigger = target.closest('.cite, .open-article');
    if (trigger) {
      event.preventDefault();
      open(trigger);
    } else if (target.closest('.reader-close')) {
      close();
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && !reader.hidden) {
      close();
      return;
    }
    var target = event.target;
    if ((event.key === 'Enter' || event.key === ' ') && target instanceof Element &&
        target.matches('.open-article[role="button"]')) {
      event.preventDefault();
      open(target);
    }
  });
})();
`;

export function renderHtml(report: Report, options: RenderHtmlOptions = {}): string {
  const title = options.title ?? 'Corroborate report';
  const articles = new Map(report.articles.map((a) => [a.id, a] as const));
  const contexts = report.stories.map((story, index) => new StoryContext(story, index, articles));
  const embedded: { version: 1; articles: EmbeddedArticle[] } = {
    version: 1,
    articles: report.articles.map((a) => ({
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      text: a.text,
    })),
  };
  const summary = [
    plural(report.articles.length, 'article', 'articles'),
    plural(report.stories.length, 'story', 'stories'),
  ];
  if (report.problems?.length) summary.push(plural(report.problems.length, 'problem', 'problems'));
  if (report.generator) summary.push(`generated by ${escapeHtml(report.generator)}`);

  const stories = contexts.length
    ? contexts.map(renderStory).join('\n')
    : '<p class="empty">No stories were found in the input.</p>';

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="page">
<header><h1>${escapeHtml(title)}</h1><p class="meta">${summary.join(' · ')}</p></header>
${renderNav(contexts)}
<main>
${stories}
</main>
${renderProblems(report)}
</div>
<aside id="reader" class="reader" hidden aria-label="Article text" aria-live="polite">
<div class="reader-head"><div><p class="reader-title"></p><p class="reader-sub"></p><p class="reader-note"></p></div>
<button type="button" class="reader-close" aria-label="Close article">Close</button></div>
<div class="reader-text"></div>
</aside>
<script type="application/json" id="report-data">${embedJson(embedded)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
