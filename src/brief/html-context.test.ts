import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Story } from '../model/report.ts';
import { escapeHtml, StoryContext, shorten } from './html-context.ts';

test('shorten cuts at a word boundary and keeps short text whole', () => {
  assert.equal(shorten('Short  text\n here', 40), 'Short text here');
  assert.equal(
    shorten('The council said the bridge would stay closed for weeks', 30),
    'The council said the bridge…',
  );
  assert.ok(shorten('x'.repeat(100), 20).length <= 20);
});

test('escapeHtml escapes quotes for attributes', () => {
  assert.equal(escapeHtml(`"a" & 'b'`), '&quot;a&quot; &amp; &#39;b&#39;');
});

test('short names: outlet, else web host, else id; one citation button per source', () => {
  const articles: Article[] = [
    { id: 'a', source: 'a.txt', outlet: 'Alpha', text: 'One two three. Four five.', removed: [] },
    { id: 'b', source: 'b.txt', url: 'https://www.beta.example/x', text: 'Six.', removed: [] },
    { id: 'c', source: 'c.txt', text: 'Seven.', removed: [] },
  ];
  const story: Story = {
    id: 's',
    title: 'S',
    articleIds: ['a', 'b', 'c'],
    brief: [],
    claims: [],
    figures: [],
    timeline: [],
    entities: [],
    provenance: [],
  };
  const ctx = new StoryContext(story, 0, new Map(articles.map((a) => [a.id, a])));
  assert.deepEqual(
    ['a', 'b', 'c'].map((id) => ctx.shortName(id)),
    ['Alpha', 'beta.example', 'c'],
  );
  const html = ctx.sourceCites([
    { articleId: 'b', start: 0, end: 4, quote: 'Six.' },
    { articleId: 'a', start: 15, end: 25, quote: 'Four five.' },
    { articleId: 'a', start: 0, end: 14, quote: 'One two three.' },
  ]);
  assert.equal(html.match(/<button/g)?.length, 2);
  assert.ok(html.indexOf('data-n="1"') < html.indexOf('data-n="2"'));
  assert.ok(html.includes('data-start="0" data-end="14" data-n="1"'));
  assert.ok(html.includes('(and 1 other passage)'));
});
