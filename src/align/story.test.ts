import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timedArticle } from './fixtures.ts';
import { buildStory } from './story.ts';

const article = timedArticle;

const ARTICLES = [
  article(
    'c',
    'The Greywick bridge was closed on Monday by Harbour Minister Ana Ruiz after cracks were found in two support beams.\n' +
      'A new bakery opened in Port Alder.',
    '2025-03-19T08:00:00Z',
    'Bridge shut after cracks found',
  ),
  article(
    'a',
    'Harbour Minister Ana Ruiz closed the Greywick bridge on Monday after inspectors found cracks in two support beams, ' +
      'according to the Norvik News Agency.\n' +
      'Ruiz said repairs would take a month.\n' +
      'Original Source: www.norvik-news.example',
    '2025-03-18T09:00:00Z',
    'Greywick bridge closed',
  ),
  article(
    'b',
    'Inspectors discovered cracks in two support beams of the Greywick bridge, and Ana Ruiz shut it on Monday.\n' +
      'Ruiz said the repairs would last about a month.',
    '2025-03-18T11:00:00Z',
  ),
];
const texts = new Map(ARTICLES.map((a) => [a.article.id, a.article.text]));
const story = buildStory({ id: 'story-1', articles: ARTICLES, derived: [] });

test('story header: sorted article ids and the earliest titled article gives the title', () => {
  assert.equal(story.id, 'story-1');
  assert.deepEqual(story.articleIds, ['a', 'b', 'c']);
  assert.equal(story.title, 'Greywick bridge closed');
});

test('entities are merged across articles', () => {
  const ruiz = story.entities.find((e) => e.name === 'Ana Ruiz');
  assert.ok(ruiz);
  assert.equal(ruiz.type, 'person');
  assert.deepEqual(ruiz.aliases, ['Ruiz']);
  assert.deepEqual(ruiz.articleIds, ['a', 'b', 'c']);
  assert.ok(!story.entities.some((e) => e.name === 'Ruiz'), 'the surname is not a separate entity');
  assert.ok(!story.entities.some((e) => e.name.includes('Minister')));
});

test('every brief sentence is cited and each quote is the exact text slice', () => {
  assert.ok(story.brief.length >= 2 && story.brief.length <= 10);
  for (const s of story.brief) {
    assert.ok(s.support.length >= 1, s.text);
    for (const c of s.support) assert.equal(c.quote, texts.get(c.articleId)?.slice(c.start, c.end));
    assert.ok(
      s.support.some((c) => c.quote === s.text),
      'the brief sentence is one of its own sources',
    );
  }
  assert.match(story.brief[0].text, /Greywick bridge/);
  assert.ok(!story.brief.some((s) => s.text.includes('bakery')), 'single-source claims are left out');
});

test('the shared fact is corroborated by all three articles and credited to the agency', () => {
  const bridge = story.claims.find((c) => c.text.includes('Greywick bridge'));
  assert.ok(bridge);
  assert.equal(bridge.status, 'corroborated');
  assert.equal(bridge.independentSources, 3);
  assert.deepEqual(bridge.attribution, ['Norvik News Agency']);
});

test('provenance records the declared original, the cited agency and the first report', () => {
  const links = story.provenance.map((p) => [p.articleId, p.kind, p.target]);
  assert.deepEqual(links, [
    ['a', 'declared-original', 'www.norvik-news.example'],
    ['a', 'cites', 'Norvik News Agency'],
    ['a', 'first-report', 'a'],
  ]);
});

test('a person who reports is a cited source; a person who speaks is not', () => {
  const reported = buildStory({
    id: 'story-2',
    articles: [
      article(
        'r',
        'Radio host Dan Reed reported on his show that the Greywick bridge will reopen in May.\n' +
          'Harbour Minister Ana Ruiz said repairs would take a month.',
        '2025-03-20T08:00:00Z',
      ),
    ],
    derived: [],
  });
  const cites = reported.provenance.filter((p) => p.kind === 'cites').map((p) => p.target);
  assert.deepEqual(cites, ['Dan Reed']);
});
