import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, Citation, Claim, Report, Story } from '../model/report.ts';
import { StoryContext } from './html-context.ts';
import { buildMatrix, classifyCell, derivedFrom, inMatrix, renderMatrix } from './html-matrix.ts';

function article(id: string, text: string, outlet?: string): Article {
  return { id, source: `inputs/${id}.txt`, title: `Title of ${id}`, outlet, text, removed: [] };
}

const a = article(
  'a',
  'The bridge closed at noon. Ten people were hurt. Police said it was an accident.',
  'Alpha News',
);
const b = article('b', 'Officials closed the bridge at noon. Police called it an accident.', 'Beta <Daily>');
const c = article(
  'c',
  'The bridge never closed, a council spokesman insisted. Two people were hurt.',
  'Gamma',
);
const d = article('d', 'The bridge closed at noon. Ten people were hurt, police said.', 'Delta');

function cite(from: Article, quote: string): Citation {
  const start = from.text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in ${from.id}: ${quote}`);
  return { articleId: from.id, start, end: start + quote.length, quote };
}

const closed: Claim = {
  id: 'closed',
  text: 'The bridge closed at noon.',
  status: 'contested',
  independentSources: 2,
  support: [cite(a, 'The bridge closed at noon.'), cite(b, 'Officials closed the bridge at noon.')],
  conflicts: [
    { kind: 'polarity', note: 'The council denies it', citations: [cite(c, 'The bridge never closed')] },
  ],
};
const accident: Claim = {
  id: 'accident',
  text: 'Police said it was an <em>accident</em>.',
  status: 'corroborated',
  independentSources: 2,
  support: [cite(a, 'Police said it was an accident.'), cite(b, 'Police called it an accident.')],
};
const hurtSingle: Claim = {
  id: 'hurt-single',
  text: 'Two people were hurt.',
  status: 'single-source',
  independentSources: 1,
  support: [cite(c, 'Two people were hurt.')],
};
const hurtCopied: Claim = {
  id: 'hurt-copied',
  text: 'Ten people were hurt.',
  status: 'single-source',
  independentSources: 1,
  support: [cite(a, 'Ten people were hurt.'), cite(d, 'Ten people were hurt')],
};
const both: Claim = {
  id: 'both',
  text: 'Ten people were hurt at noon.',
  status: 'contested',
  independentSources: 1,
  support: [cite(a, 'Ten people were hurt.')],
  conflicts: [
    { kind: 'numeric', note: 'Two, not ten', citations: [cite(c, 'Two people'), cite(a, 'Ten people')] },
  ],
};

function story(claims: Claim[]): Story {
  return {
    id: 's',
    title: 'Bridge',
    articleIds: ['a', 'b', 'c', 'd'],
    brief: [],
    claims,
    figures: [],
    timeline: [],
    entities: [],
    provenance: [
      { articleId: 'd', kind: 'rewrite-of', target: 'a', evidence: 'same sentences' },
      { articleId: 'a', kind: 'cites', target: 'Wire' },
    ],
  };
}

function context(claims: Claim[]): StoryContext {
  const report: Report = { version: 1, articles: [a, b, c, d], stories: [story(claims)] };
  return new StoryContext(report.stories[0], 0, new Map(report.articles.map((x) => [x.id, x])));
}

test('cells are agrees, contradicts or silent; an article only in a conflict contradicts', () => {
  assert.equal(classifyCell(closed, 'a').state, 'agrees');
  assert.equal(classifyCell(closed, 'b').state, 'agrees');
  assert.equal(classifyCell(closed, 'c').state, 'contradicts');
  assert.equal(classifyCell(closed, 'd').state, 'silent');
  const against = classifyCell(closed, 'c');
  assert.equal(against.support.length, 0);
  assert.equal(against.against[0].citation.quote, 'The bridge never closed');
  assert.equal(against.against[0].conflict.note, 'The council denies it');
  // Cited on both sides of the same claim.
  assert.equal(classifyCell(both, 'a').state, 'both');
});

test('rows are contested or multi-article claims, in report order', () => {
  assert.equal(inMatrix(closed), true);
  assert.equal(inMatrix(accident), true);
  assert.equal(inMatrix(hurtSingle), false);
  assert.equal(inMatrix(hurtCopied), true, 'single-source, but repeated by a rewrite');
  const matrix = buildMatrix(story([hurtSingle, accident, closed, hurtCopied]), ['a', 'b', 'c', 'd']);
  assert.deepEqual(
    matrix.rows.map((r) => r.claim.id),
    ['accident', 'closed', 'hurt-copied'],
  );
  assert.deepEqual(
    matrix.rows.map((r) => r.cells.map((cell) => cell.state)),
    [
      ['agrees', 'agrees', 'silent', 'silent'],
      ['agrees', 'agrees', 'contradicts', 'silent'],
      ['agrees', 'silent', 'silent', 'agrees'],
    ],
  );
  assert.deepEqual(
    matrix.rows.map((r) => r.index),
    [1, 2, 3],
  );
});

test('at most the row limit, keeping contested claims and report order', () => {
  const many: Claim[] = Array.from({ length: 30 }, (_, i) => ({
    ...accident,
    id: `k${i}`,
    text: `Claim ${i}`,
  }));
  many[27] = { ...closed, id: 'late-contested' };
  const matrix = buildMatrix(story(many), ['a', 'b', 'c', 'd'], 25);
  assert.equal(matrix.rows.length, 25);
  assert.equal(matrix.eligible, 30);
  assert.equal(matrix.rows.at(-1)?.claim.id, 'late-contested');
  assert.deepEqual(
    matrix.rows.map((r) => r.index),
    [...matrix.rows.map((r) => r.index)].sort((x, y) => x - y),
  );
  const html = renderMatrix(context(many));
  assert.ok(html.includes('Showing 25 of 30 claims'));
  assert.equal(html.match(/<tr class="mx-row /g)?.length, 25);
});

test('rewrites and copies of story articles are found', () => {
  const links = derivedFrom(story([]), (id) => ['a', 'b', 'c', 'd'].includes(id));
  assert.deepEqual([...links], [['d', { kind: 'rewrite-of', target: 'a' }]]);
});

test('the matrix renders symbols, colours, clickable quotes and a legend', () => {
  const html = renderMatrix(context([hurtSingle, accident, closed, hurtCopied]));
  assert.match(html, /<section class="matrix"><h3>Sources × claims<\/h3>/);
  for (const key of ['✓ agrees', '✗ contradicts', '· silent'])
    assert.ok(html.includes(key), `legend: ${key}`);
  assert.equal(html.match(/<tr class="mx-row /g)?.length, 3);
  assert.equal(html.match(/<th scope="col" class="mx-source/g)?.length, 4);
  // The article only in the conflict: a red ✗ that opens its exact quote.
  const q = cite(c, 'The bridge never closed');
  assert.ok(
    html.includes(
      `<td class="mx-cell contradicts"><button type="button" class="cite mx-mark contradicts" data-article="c" data-start="${q.start}" data-end="${q.end}" data-n="3"`,
    ),
  );
  assert.ok(html.includes('contradicts (polarity: The council denies it): “The bridge never closed”'));
  const agree = cite(b, 'Officials closed the bridge at noon.');
  assert.ok(
    html.includes(
      `<td class="mx-cell agrees"><button type="button" class="cite mx-mark agrees" data-article="b" data-start="${agree.start}" data-end="${agree.end}" data-n="2"`,
    ),
  );
  assert.equal(html.match(/class="cite mx-mark agrees"/g)?.length, 6);
  assert.equal(html.match(/class="cite mx-mark contradicts"/g)?.length, 1);
  assert.equal(html.match(/<td class="mx-cell silent"/g)?.length, 5);
  assert.ok(html.includes('<span class="mx-mark silent" aria-label="silent">·</span>'));
  // Independent sources per row, status badges and links to the claims.
  assert.match(html, /<td class="mx-indep" title="2 independent sources">2<\/td>/);
  assert.match(html, /<td class="mx-indep" title="1 independent source">1<\/td>/);
  assert.ok(html.includes('<span class="badge bad">contested</span>'));
  assert.ok(html.includes('href="#story-1-claim-3"'));
  // Column headers: numbers, outlet on hover, and the rewrite marked.
  assert.match(html, /<th scope="col" class="mx-source" title="\[2\] Title of b — Beta &lt;Daily&gt;">/);
  assert.match(
    html,
    /<th scope="col" class="mx-source derived" title="\[4\] Title of d — Delta — rewrite of \[1\] Title of a — Alpha News"><a href="#story-1-source-4">\[4\]<\/a><span class="mx-derived">↻ rewrite of \[1\]<\/span><\/th>/,
  );
  // Claim text is escaped.
  assert.ok(html.includes('Police said it was an &lt;em&gt;accident&lt;/em&gt;.'));
  assert.ok(!html.includes('<em>accident'));
  assert.ok(!html.includes('<Daily>'));
});

test('long claim texts are shortened, with the full text on hover', () => {
  const long = { ...accident, text: `${'Very long words repeated '.repeat(8)}until the end.` };
  const html = renderMatrix(context([long]));
  assert.ok(html.includes(`title="${long.text}"`));
  assert.match(html, /<a href="#story-1-claim-1" title="[^"]+">[^<]{20,90}…<\/a>/);
});

test('a claim cited on both sides shows both marks', () => {
  const html = renderMatrix(context([both]));
  assert.match(
    html,
    /<td class="mx-cell both"><button[^>]*mx-mark agrees[^>]*>✓<\/button><button[^>]*mx-mark contradicts[^>]*>✗<\/button><\/td>/,
  );
  assert.ok(html.includes('✓✗ both'));
});

test('no multi-source claims, no matrix', () => {
  assert.equal(renderMatrix(context([hurtSingle])), '');
});
