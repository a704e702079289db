import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Report } from '../model/report.ts';
import { embedJson, escapeHtml, renderHtml } from './render-html.ts';

const hostile: Article = {
  id: 'a1',
  source: 'inputs/herald.html',
  title: 'Ferry <b>delays</b> & cancellations',
  outlet: 'Herald & Times',
  byline: ['Ann Lee', 'Bo Chan'],
  published: '2024-05-02',
  originalSource: 'Wire Service',
  url: 'https://herald.example/ferry',
  text: 'Ferries were cancelled on Monday. Staff & crew said <script>alert(1)</script> was posted.\u2028Next line </script><!-- x',
  removed: [
    { text: 'Subscribe now <img src=x onerror=alert(2)>', reason: 'boilerplate' },
    { text: 'Related: other news', reason: 'related-links' },
  ],
};

const plain: Article = {
  id: 'a2',
  source: 'inputs/courier.html',
  title: 'Monday ferry chaos',
  outlet: 'Courier',
  text: 'All ferries were cancelled on Monday, the operator said. About 40 sailings were affected.',
  removed: [],
};

function cite(article: Article, quote: string): Citation {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${article.id}: ${quote}`);
  return { articleId: article.id, start, end: start + quote.length, quote };
}

function sampleReport(): Report {
  return {
    version: 1,
    articles: [hostile, plain],
    stories: [
      {
        id: 'ferry',
        title: 'Ferry cancellations <Monday>',
        articleIds: ['a1', 'a2'],
        brief: [
          {
            text: 'Ferries were cancelled on Monday.',
            support: [
              cite(hostile, 'Ferries were cancelled on Monday.'),
              cite(plain, 'All ferries were cancelled on Monday'),
            ],
          },
          {
            text: 'Staff said <script>alert(1)</script> was posted.',
            support: [cite(hostile, 'Staff & crew said')],
          },
        ],
        claims: [
          {
            id: 'c1',
            text: 'Ferries were cancelled on Monday.',
            status: 'corroborated',
            independentSources: 2,
            support: [
              cite(hostile, 'Ferries were cancelled on Monday.'),
              cite(plain, 'All ferries were cancelled on Monday'),
            ],
          },
          {
            id: 'c2',
            text: 'Every ferry was cancelled.',
            status: 'contested',
            independentSources: 1,
            support: [cite(plain, 'All ferries were cancelled on Monday')],
            conflicts: [
              {
                kind: 'numeric',
                note: 'Only some sailings, says the Herald',
                citations: [cite(hostile, 'Ferries were cancelled')],
              },
            ],
          },
          {
            id: 'c3',
            text: 'About 40 sailings were affected.',
            status: 'single-source',
            independentSources: 1,
            support: [cite(plain, 'About 40 sailings were affected.')],
          },
        ],
        figures: [
          {
            measure: 'sailings affected',
            status: 'conflicting',
            values: [
              {
                value: 40,
                qualifier: 'about',
                unit: 'sailings',
                asOf: '2024-05-02',
                support: [cite(plain, 'About 40')],
              },
              { value: 1200, unit: 'sailings', support: [cite(hostile, 'Ferries')] },
            ],
          },
        ],
        timeline: [
          { date: '2024-05-03', text: 'Service resumed.', support: [] },
          { date: '2024-05-01', text: 'Strike called.', support: [] },
        ],
        entities: [
          {
            name: 'Harbour Ferries',
            type: 'organization',
            aliases: ['the operator', 'HF'],
            articleIds: ['a2'],
          },
        ],
        provenance: [{ articleId: 'a1', kind: 'rewrite-of', target: 'a2', evidence: 'same second sentence' }],
      },
    ],
    problems: [{ source: 'inputs/<bad>.html', severity: 'error', message: 'could not parse & skipped' }],
  };
}

function embeddedData(html: string): { articles: Array<{ id: string; text: string }> } {
  const match = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(match, 'embedded report data');
  return JSON.parse(match[1]);
}

test('escapeHtml escapes all markup-significant characters', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
  assert.equal(escapeHtml('plain'), 'plain');
});

test('embedJson cannot close the script element and round-trips exactly', () => {
  const value = { text: 'a </script><!-- b \u2028 c \u2029 & d' };
  const json = embedJson(value);
  assert.ok(!json.includes('<'));
  assert.ok(!json.includes('\u2028'));
  assert.ok(!json.includes('\u2029'));
  assert.deepEqual(JSON.parse(json), value);
});

test('article text is escaped as text, never emitted as markup', () => {
  const html = renderHtml(sampleReport());
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.ok(!html.includes('<img src=x'));
  assert.ok(!html.includes('<b>delays</b>'));
  assert.ok(html.includes('Staff said &lt;script&gt;alert(1)&lt;/script&gt; was posted.'));
  assert.ok(html.includes('Ferry &lt;b&gt;delays&lt;/b&gt; &amp; cancellations'));
  assert.ok(html.includes('Subscribe now &lt;img src=x onerror=alert(2)&gt;'));
  assert.ok(html.includes('Ferry cancellations &lt;Monday&gt;'));
  assert.ok(html.includes('<code>inputs/&lt;bad&gt;.html</code> could not parse &amp; skipped'));
  // Exactly two script elements: the data block and the page script.
  assert.equal(html.match(/<script/gi)?.length, 2);
  assert.equal(html.match(/<\/script>/gi)?.length, 2);
});

test('embedded data holds the exact article texts', () => {
  const data = embeddedData(renderHtml(sampleReport()));
  assert.equal(data.articles.length, 2);
  assert.equal(data.articles[0].text, hostile.text);
  assert.equal(data.articles[1].text, plain.text);
});

test('the page is self-contained', () => {
  const html = renderHtml(sampleReport());
  assert.ok(
    html.includes(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    ),
  );
  assert.doesNotMatch(html, /\s(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
  assert.doesNotMatch(html, /<link\b/i);
  assert.doesNotMatch(html, /<script[^>]*\ssrc=/i);
  assert.doesNotMatch(html, /@import|url\(/i);
  assert.doesNotMatch(html, /<iframe|<img|<object|<embed/i);
  // The article URL is shown, but only as text.
  assert.ok(html.includes('<dd>https://herald.example/ferry</dd>'));
});

test('all brief sentences are present with citation buttons carrying exact offsets', () => {
  const report = sampleReport();
  const html = renderHtml(report);
  for (const sentence of report.stories[0].brief)
    assert.ok(html.includes(escapeHtml(sentence.text)), sentence.text);
  const c = cite(plain, 'All ferries were cancelled on Monday');
  assert.ok(
    html.includes(`class="cite" data-article="a2" data-start="${c.start}" data-end="${c.end}" data-n="2"`),
  );
  const cites = html.match(/<button type="button" class="cite"/g) ?? [];
  // 3 brief + 2 corroborated + 2 contested + 1 single + 2 figures
  assert.equal(cites.length, 10);
});

test('claims, figures, timeline, entities, sources and problems are rendered', () => {
  const html = renderHtml(sampleReport());
  assert.ok(html.includes('2 independent sources'));
  assert.match(
    html,
    /<div class="side against"><h5><span class="kind">numeric<\/span> Only some sailings, says the Herald<\/h5>/,
  );
  assert.ok(html.includes('<span class="badge neutral">single source</span>'));
  assert.ok(
    html.includes(
      '<span class="qualifier">about</span> <strong>40</strong> <span class="unit">sailings</span>',
    ),
  );
  assert.ok(html.includes('<strong>1,200</strong>'));
  assert.ok(html.includes('<time>2024-05-02</time>'));
  assert.ok(
    html.includes('<span class="badge bad" title="sources give different values">conflicting</span>'),
  );
  assert.ok(html.indexOf('Strike called.') < html.indexOf('Service resumed.'));
  assert.ok(html.includes('<th scope="row">Harbour Ferries</th>'));
  assert.ok(html.includes('the operator, HF'));
  assert.ok(html.includes('<dd>Ann Lee, Bo Chan</dd>'));
  assert.ok(html.includes('<dd>Wire Service</dd>'));
  assert.match(html, /<details class="removed"><summary>Removed text \(2\)<\/summary>/);
  assert.ok(html.includes('<span class="reason">related-links</span>'));
  assert.ok(html.includes('This article is a rewrite of <a class="source-ref" href="#story-1-source-2"'));
  assert.ok(html.includes('is a rewrite of this article'));
  assert.ok(html.includes('<h2>Problems <span class="count">1</span></h2>'));
  // A single story needs no story navigation.
  assert.ok(!html.includes('class="story-nav"'));
});

test('each story has a sources × claims matrix, figures by source and a provenance graph', () => {
  const html = renderHtml(sampleReport());
  const order = [
    'class="brief"',
    'class="matrix"',
    'class="claims"',
    'class="figures"',
    'class="provenance-graph"',
    'class="sources"',
  ];
  const at = order.map((cls) => html.indexOf(`<section ${cls}>`));
  assert.ok(
    at.every((i) => i > 0),
    'all sections present',
  );
  assert.deepEqual(
    [...at].sort((x, y) => x - y),
    at,
    'in reading order',
  );
  // Matrix: the corroborated and the contested claim; the single-source claim has no row.
  assert.equal(html.match(/<tr class="mx-row /g)?.length, 2);
  // Herald [1] is only in the conflict of the contested claim.
  const against = cite(hostile, 'Ferries were cancelled');
  assert.ok(
    html.includes(
      `<button type="button" class="cite mx-mark contradicts" data-article="a1" data-start="${against.start}" data-end="${against.end}" data-n="1"`,
    ),
  );
  // Herald is a rewrite of the Courier: marked in its column header and drawn in the graph.
  assert.ok(html.includes('<span class="mx-derived">↻ rewrite of [2]</span>'));
  assert.match(
    html,
    /<g class="pv-edge rewrite-of" data-kind="rewrite-of"><title>[^<]*same second sentence<\/title>/,
  );
  // Matrix rows link to the claims they summarise.
  assert.ok(html.includes('<li class="claim contested" id="story-1-claim-2">'));
  assert.ok(html.includes('href="#story-1-claim-2"'));
});

test('several stories get a navigation list', () => {
  const report = sampleReport();
  report.stories.push({ ...report.stories[0], id: 'second', title: 'Second story' });
  const html = renderHtml(report);
  assert.match(html, /<nav class="story-nav"[^>]*>.*href="#story-1">.*href="#story-2">Second story<\/a>/s);
});

test('an empty report renders a complete page saying there are no stories', () => {
  const html = renderHtml({ version: 1, articles: [], stories: [] }, { title: 'Empty & done' });
  assert.match(html, /^<!doctype html>/);
  assert.ok(html.trimEnd().endsWith('</html>'));
  assert.ok(html.includes('<title>Empty &amp; done</title>'));
  assert.ok(html.includes('No stories were found in the input.'));
  assert.ok(!html.includes('class="problems"'));
  assert.deepEqual(embeddedData(html).articles, []);
});

test('a report with stories does not claim to have none', () => {
  assert.ok(!renderHtml(sampleReport()).includes('No stories were found'));
});
