import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimedArticle } from '../annotate/annotate.ts';
import type { Figure } from '../model/report.ts';
import { alignFigures } from './figures.ts';
import { timedArticle } from './fixtures.ts';

const article = timedArticle;

function figuresOf(...articles: TimedArticle[]): Figure[] {
  const texts = new Map(articles.map((a) => [a.article.id, a.article.text]));
  const figures = alignFigures(articles, texts);
  for (const v of figures.flatMap((f) => f.values))
    for (const s of v.support) assert.equal(s.quote, texts.get(s.articleId)?.slice(s.start, s.end));
  return figures;
}

test('different values for the same measure at the same time conflict', () => {
  const [f, ...rest] = figuresOf(
    article('a', 'Up to 400 soldiers were sent to Greywick.'),
    article('b', 'About 250 troops were deployed to Greywick.'),
  );
  assert.equal(rest.length, 0, 'troops and soldiers sent are one measure');
  assert.equal(f.status, 'conflicting');
  assert.match(f.measure, /sent or deployed/);
  assert.deepEqual(
    f.values.map((v) => [v.value, v.qualifier, v.support.map((s) => s.articleId)]),
    [
      [250, 'about', ['b']],
      [400, 'up to', ['a']],
    ],
  );
});

test('values stated as of different dates are changing, ordered by date', () => {
  const [f] = figuresOf(
    article('a', 'As of early March, officials said 500 troops had been deployed.'),
    article('b', 'As of early February, officials said 300 troops had been deployed.'),
  );
  assert.equal(f.status, 'changing');
  assert.deepEqual(
    f.values.map((v) => [v.value, v.asOf]),
    [
      [300, '2025-02'],
      [500, '2025-03'],
    ],
  );
});

test('the same value in several articles is consistent and cites each of them', () => {
  const figures = figuresOf(
    article('a', 'Officials said 300 troops had been deployed.'),
    article('b', 'Some 300 soldiers were sent to the island.'),
    article('c', 'A 64-year-old fisherman was rescued.'),
  );
  const [sent, age] = figures;
  assert.equal(sent.status, 'consistent');
  assert.equal(sent.values.length, 1);
  assert.deepEqual(
    sent.values[0].support.map((s) => s.articleId),
    ['a', 'b'],
  );
  assert.equal(age.measure, 'age of fisherman');
  assert.deepEqual(
    age.values.map((v) => [v.value, v.unit]),
    [[64, 'years old']],
  );
  assert.equal(age.status, 'consistent');
});

test('numbers in captions and numbers with no measure give no figures', () => {
  assert.deepEqual(
    figuresOf(article('a', 'Photo: 300 troops were sent to the pier.\nThe pier reopened.')),
    [],
  );
  assert.deepEqual(figuresOf(article('b', 'Turnout rose sharply and the pier reopened.')), []);
});

test('figures of another time (a year written far from the article date) are a measure of their own', () => {
  const figures = figuresOf(
    article('a', 'The quake killed 10 people on Monday.'),
    article(
      'b',
      'In December 2003, a quake in the city of Bam killed 26,000 people. At least 12 people were killed on Monday.',
    ),
  );
  const now = figures.find((f) => f.measure === 'people killed');
  const then = figures.find((f) => f.measure === 'people killed (2003-12)');
  assert.deepEqual(
    now?.values.map((v) => v.value),
    [10, 12],
  );
  assert.deepEqual(
    then?.values.map((v) => v.value),
    [26000],
  );
});
