import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, ProvenanceLink, Story } from '../model/report.ts';
import { StoryContext } from './html-context.ts';
import { layoutProvenance, renderProvenance, renderProvenanceSvg } from './html-provenance.ts';

function article(id: string, outlet?: string, url?: string): Article {
  return {
    id,
    source: `${id}.txt`,
    title: `Story from ${id}`,
    outlet,
    url,
    text: `Text of ${id}.`,
    removed: [],
  };
}

const articles = [
  article('wire-1', 'Wire <Agency> & Co', 'https://wire.example/story'),
  article('rewrite-2', 'Rewrite Hub'),
  article('copy-3'),
  article('local-4', 'Local Paper'),
];

const provenance: ProvenanceLink[] = [
  { articleId: 'wire-1', kind: 'first-report', target: 'wire-1', evidence: 'earliest publication time' },
  { articleId: 'rewrite-2', kind: 'rewrite-of', target: 'wire-1', evidence: '14 of 16 sentences <align>' },
  { articleId: 'copy-3', kind: 'copy-of', target: 'wire-1', evidence: 'identical text' },
  {
    articleId: 'rewrite-2',
    kind: 'declared-original',
    target: 'www.wire.example',
    evidence: 'names its original',
  },
  { articleId: 'copy-3', kind: 'cites', target: 'Reuters & <Partners>', evidence: 'credited in the text' },
  { articleId: 'local-4', kind: 'cites', target: 'reuters & <partners>', evidence: 'credited in the text' },
  { articleId: 'local-4', kind: 'cites', target: 'Wire <Agency> & Co' },
];

function context(links = provenance): StoryContext {
  const story: Story = {
    id: 's',
    title: 'Story',
    articleIds: articles.map((a) => a.id),
    brief: [],
    claims: [],
    figures: [],
    timeline: [],
    entities: [],
    provenance: links,
  };
  return new StoryContext(story, 0, new Map(articles.map((a) => [a.id, a])));
}

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;

test('one node per article and per outside target', () => {
  const svg = renderProvenanceSvg(context());
  assert.match(svg, /^<svg class="pv-graph" viewBox="0 0 \d+ \d+"/);
  assert.ok(svg.endsWith('</svg>'));
  assert.equal(count(svg, /<g class="pv-node article/g), 4);
  // www.wire.example, one Reuters node for both spellings, and the wire's own outlet name.
  assert.equal(count(svg, /<g class="pv-node external/g), 3);
  for (const a of articles) assert.ok(svg.includes(`data-article="${a.id}"`), a.id);
  assert.ok(svg.includes('>[1] Wire &lt;Agency&gt; &amp; Co</text>'));
  assert.ok(svg.includes('>[3] copy-3</text>'), 'an article without outlet is labelled by its id');
  assert.ok(svg.includes('>Reuters &amp; &lt;Partners&gt;</text>'));
});

test('edges have the right kinds and styles, with the evidence in their title', () => {
  const svg = renderProvenanceSvg(context());
  assert.equal(count(svg, /<g class="pv-edge rewrite-of"/g), 1);
  assert.equal(count(svg, /<g class="pv-edge copy-of"/g), 1);
  assert.equal(count(svg, /<g class="pv-edge declared-original"/g), 1);
  assert.equal(count(svg, /<g class="pv-edge cites"/g), 3);
  assert.match(
    svg,
    /<g class="pv-edge declared-original"[^>]*>.*?<path class="pv-line"[^>]*stroke-dasharray="6 4"/,
  );
  assert.match(svg, /<g class="pv-edge cites"[^>]*>.*?<path class="pv-line"[^>]*stroke-dasharray="1 4"/);
  const rewrite = /<g class="pv-edge rewrite-of"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  assert.ok(!/<path class="pv-line"[^>]*stroke-dasharray/.test(rewrite), 'rewrite edges are solid');
  assert.ok(
    rewrite.includes(
      '<title>[2] Story from rewrite-2 — Rewrite Hub rewrite of [1] Story from wire-1 — Wire &lt;Agency&gt; &amp; Co — 14 of 16 sentences &lt;align&gt;</title>',
    ),
  );
  assert.ok(svg.includes('declares as original www.wire.example — names its original</title>'));
  assert.ok(svg.includes('cites Reuters &amp; &lt;Partners&gt; — credited in the text</title>'));
  assert.ok(!svg.includes('<align>') && !svg.includes('<Partners>') && !svg.includes('<Agency>'));
  // Every edge ends in an arrowhead drawn as a path: no markers, no url() references.
  assert.equal(count(svg, /class="pv-arrow"/g), 6);
  assert.doesNotMatch(svg, /url\(|marker|href/);
});

test('the first report is marked, and outside targets naming a story article say so', () => {
  const svg = renderProvenanceSvg(context());
  assert.match(svg, /<g class="pv-node article first open-article" data-article="wire-1"/);
  assert.equal(count(svg, /★/g), 1);
  assert.ok(svg.includes('first report (earliest publication time)'));
  assert.ok(svg.includes('>www.wire.example = [1]</text>'), 'the host of the wire article');
  assert.ok(svg.includes('>Wire &lt;Agency&gt; &amp; Co = [1]</text>'), 'the outlet of the wire article');
});

test('the layout is deterministic: articles on the left, targets on the right, no overlaps', () => {
  const graph = layoutProvenance(context());
  const left = graph.nodes.filter((n) => n.kind === 'article');
  const right = graph.nodes.filter((n) => n.kind === 'external');
  assert.deepEqual(
    left.map((n) => n.id),
    ['wire-1', 'rewrite-2', 'copy-3', 'local-4'],
  );
  for (const l of left) for (const r of right) assert.ok(l.x + l.width < r.x);
  const ys = right.map((n) => n.y).sort((a, b) => a - b);
  for (let i = 1; i < ys.length; i++) assert.ok(ys[i] - ys[i - 1] >= 30, 'targets do not overlap');
  for (const n of graph.nodes) assert.ok(n.y + 30 <= graph.height);
  assert.equal(renderProvenanceSvg(context()), renderProvenanceSvg(context()));
});

test('ten articles stay readable', () => {
  const many = Array.from({ length: 10 }, (_, i) =>
    article(`a${i}`, `Outlet number ${i} with a rather long name`),
  );
  const links: ProvenanceLink[] = many.slice(1).map((a, i) => ({
    articleId: a.id,
    kind: i % 2 ? 'rewrite-of' : 'cites',
    target: i % 2 ? 'a0' : `Agency ${i % 3}`,
  }));
  const story: Story = {
    id: 'm',
    title: 'Many',
    articleIds: many.map((a) => a.id),
    brief: [],
    claims: [],
    figures: [],
    timeline: [],
    entities: [],
    provenance: links,
  };
  const ctx = new StoryContext(story, 0, new Map(many.map((a) => [a.id, a])));
  const graph = layoutProvenance(ctx);
  assert.equal(graph.nodes.filter((n) => n.kind === 'article').length, 10);
  assert.equal(graph.nodes.filter((n) => n.kind === 'external').length, 3);
  assert.ok(graph.height < 480);
  const svg = renderProvenanceSvg(ctx);
  assert.ok(svg.includes('…</text>'), 'long labels are shortened');
  assert.ok(svg.includes('<title>[2] Story from a1 — Outlet number 1 with a rather long name</title>'));
});

test('the section has a legend for the kinds present, and is left out without provenance', () => {
  const html = renderProvenance(context());
  assert.match(html, /^<section class="provenance-graph"><h3>Provenance<\/h3>/);
  for (const label of ['rewrite of', 'copy of', 'declares as original', 'cites', 'first report'])
    assert.ok(html.includes(`${label}</li>`), label);
  assert.equal(renderProvenance(context([])), '');
  const onlyCites = renderProvenance(context([provenance[4]]));
  assert.ok(!onlyCites.includes('rewrite of</li>'));
});
