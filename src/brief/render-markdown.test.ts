import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Report } from '../model/report.ts';
import { escapeMarkdown, renderMarkdown } from './render-markdown.ts';

const a1: Article = {
  id: 'a1',
  source: 'inputs/herald.html',
  title: 'Bridge closed after crash',
  outlet: 'City Herald',
  published: '2024-03-01T09:00:00Z',
  text: 'The Harbour Bridge was closed on Friday. Police said 12 people were hurt | some seriously. The mayor blamed the weather.',
  removed: [],
};

const a2: Article = {
  id: 'a2',
  source: 'inputs/courier.html',
  title: 'Crash shuts harbour crossing',
  outlet: 'Daily Courier',
  published: '2024-03-01T11:30:00Z',
  text: 'The Harbour Bridge was closed on Friday. Officials said 15 people were injured. The mayor denied blaming the weather.',
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
    generator: 'corroborate test',
    articles: [a1, a2],
    stories: [
      {
        id: 's1',
        title: 'Harbour Bridge crash',
        articleIds: ['a1', 'a2'],
        brief: [
          {
            text: 'The Harbour Bridge was closed on Friday.',
            support: [
              cite(a1, 'The Harbour Bridge was closed on Friday.'),
              cite(a2, 'The Harbour Bridge was closed on Friday.'),
            ],
          },
          {
            text: 'Reports of the number of injured differ.',
            support: [cite(a2, 'Officials said 15 people were injured.')],
          },
        ],
        claims: [
          {
            id: 'c1',
            text: 'The Harbour Bridge was closed on Friday.',
            status: 'corroborated',
            independentSources: 2,
            support: [
              cite(a1, 'The Harbour Bridge was closed on Friday.'),
              cite(a2, 'The Harbour Bridge was closed on Friday.'),
            ],
          },
          {
            id: 'c2',
            text: 'The mayor blamed the weather.',
            status: 'contested',
            independentSources: 1,
            support: [cite(a1, 'The mayor blamed the weather.')],
            conflicts: [
              {
                kind: 'polarity',
                note: 'The Courier says the mayor denied it.',
                citations: [cite(a2, 'The mayor denied blaming the weather.')],
              },
            ],
          },
          {
            id: 'c3',
            text: 'Officials counted the injured.',
            status: 'single-source',
            independentSources: 1,
            support: [cite(a2, 'Officials said 15 people were injured.')],
          },
        ],
        figures: [
          {
            measure: 'injured | hurt',
            status: 'conflicting',
            values: [
              {
                value: 12,
                unit: 'people',
                qualifier: 'at least',
                asOf: '2024-03-01',
                support: [cite(a1, 'Police said 12 people were hurt | some seriously.')],
              },
              { value: 15, unit: 'people', support: [cite(a2, 'Officials said 15 people were injured.')] },
            ],
          },
        ],
        timeline: [
          { date: '2024-03-02', text: 'Inquiry announced.', support: [] },
          {
            date: '2024-03-01',
            text: 'Bridge closed.',
            support: [cite(a1, 'The Harbour Bridge was closed')],
          },
        ],
        entities: [
          {
            name: 'Harbour Bridge',
            type: 'place',
            aliases: ['the bridge', 'harbour crossing'],
            articleIds: ['a1'],
          },
        ],
        provenance: [
          { articleId: 'a2', kind: 'rewrite-of', target: 'a1', evidence: 'shared opening sentence' },
        ],
      },
    ],
    problems: [{ source: 'inputs/broken.html', severity: 'warning', message: 'no article text found' }],
  };
}

/** Cells of a GFM table row, splitting only on pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

test('renders title, brief with numbered citation markers and the source list', () => {
  const md = renderMarkdown(sampleReport());
  assert.match(md, /^## Harbour Bridge crash$/m);
  assert.ok(
    md.includes(
      'The Harbour Bridge was closed on Friday. [1][2] Reports of the number of injured differ. [2]',
    ),
  );
  assert.match(md, /^1\. `a1` — \*\*Bridge closed after crash\*\* — City Herald — 2024-03-01T09:00:00Z$/m);
  assert.match(md, /^2\. `a2` — \*\*Crash shuts harbour crossing\*\* — Daily Courier/m);
  assert.doesNotMatch(md, /\[3\]/);
});

test('renders claims by status with independent source counts and both sides of a contest', () => {
  const md = renderMarkdown(sampleReport());
  const corroborated = md.slice(md.indexOf('### Corroborated claims'), md.indexOf('### Contested claims'));
  assert.ok(corroborated.includes('**2 independent sources** [1][2]'));
  assert.ok(!corroborated.includes('mayor'));

  const contested = md.slice(md.indexOf('### Contested claims'), md.indexOf('### Single-source claims'));
  assert.ok(contested.includes('- The mayor blamed the weather. [1]'));
  assert.ok(contested.includes('[1] “The mayor blamed the weather.”'));
  assert.ok(contested.includes('Disputed (polarity): The Courier says the mayor denied it.'));
  assert.ok(contested.includes('[2] “The mayor denied blaming the weather.”'));

  const single = md.slice(md.indexOf('### Single-source claims'), md.indexOf('### Figures'));
  assert.ok(single.includes('- Officials counted the injured. [2]'));
  assert.ok(!single.includes('independent source'));
});

test('figures table keeps five columns even when the text contains pipes', () => {
  const md = renderMarkdown(sampleReport());
  const lines = md.split('\n');
  const header = lines.indexOf('| Measure | Value | As of | Sources | Status |');
  assert.ok(header >= 0);
  const rows = lines.slice(header + 2, header + 4);
  for (const row of [lines[header], ...rows]) assert.equal(cells(row).length, 5, row);
  assert.deepEqual(cells(rows[0]), [
    'injured \\| hurt',
    'at least 12 people',
    '2024-03-01',
    '[1]',
    'conflicting',
  ]);
  assert.deepEqual(cells(rows[1]), ['injured \\| hurt', '15 people', '—', '[2]', 'conflicting']);
  assert.equal(lines[header + 4], '');
});

test('timeline is sorted by date; entities, provenance and problems are listed', () => {
  const md = renderMarkdown(sampleReport());
  assert.ok(
    md.indexOf('**2024-03-01** — Bridge closed. [1]') < md.indexOf('**2024-03-02** — Inquiry announced.'),
  );
  assert.ok(md.includes('- **Harbour Bridge** (place) — also: the bridge, harbour crossing [1]'));
  assert.ok(md.includes('- [2] is a rewrite of [1] — “shared opening sentence”'));
  assert.match(md, /^## Problems$/m);
  assert.ok(md.includes('- **warning** — `inputs/broken.html`: no article text found'));
});

test('an empty report says there are no stories and has no problems section', () => {
  const md = renderMarkdown({ version: 1, articles: [], stories: [] });
  assert.match(md, /no stories/i);
  assert.ok(md.includes('0 articles · 0 stories'));
  assert.doesNotMatch(md, /## Problems/);
  assert.doesNotMatch(md, /### Brief/);
});

test('a report with stories does not claim to have none', () => {
  assert.doesNotMatch(renderMarkdown(sampleReport()), /no stories/i);
});

test('escapeMarkdown neutralises inline and block syntax and flattens whitespace', () => {
  assert.equal(escapeMarkdown('a | b'), 'a \\| b');
  assert.equal(escapeMarkdown('*bold* [x](y) <b>'), '\\*bold\\* \\[x\\](y) \\<b\\>');
  assert.equal(escapeMarkdown('# Not a heading'), '\\# Not a heading');
  assert.equal(escapeMarkdown('- not a list'), '\\- not a list');
  assert.equal(escapeMarkdown('1. not a list'), '1\\. not a list');
  assert.equal(escapeMarkdown('line one\n\nline   two'), 'line one line two');
  assert.equal(escapeMarkdown('AT&T &amp; co'), 'AT&T &amp;amp; co');
  assert.equal(escapeMarkdown('plain text, 12.5 percent'), 'plain text, 12.5 percent');
});

test('figure values read the same as on the page: currency first, shares as fractions', () => {
  const md = renderMarkdown({
    version: 1,
    articles: [{ id: 'a', source: 'a.txt', text: 'The fund is £2 million. A third were hurt.', removed: [] }],
    stories: [
      {
        id: 's',
        title: 'T',
        articleIds: ['a'],
        brief: [],
        claims: [],
        figures: [
          { measure: 'fund', status: 'consistent', values: [{ value: 2000000, unit: '£', support: [] }] },
          {
            measure: 'hurt',
            status: 'consistent',
            values: [{ value: 0.333333, unit: 'share', support: [] }],
          },
        ],
        timeline: [],
        entities: [],
        provenance: [],
      },
    ],
  });
  assert.match(md, /£2,000,000/);
  assert.match(md, /one-third \(33%\)/);
  assert.doesNotMatch(md, /0\.333333/);
});
