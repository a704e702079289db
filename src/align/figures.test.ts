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

test('a month named without its year months before the article, or a year alone, dates another event', () => {
  const figures = figuresOf(
    article('a', 'The quake killed 10 people on Monday.', '2025-11-28T12:00:00Z'),
    article('b', 'In February, a quake in the town of Zarand killed 612 people.', '2025-11-28T12:00:00Z'),
    article(
      'c',
      'A quake in 2003 killed 26,000 in Bam, and 600 died in Zarand in February.',
      '2025-11-28T12:00:00Z',
    ),
  );
  const values = (measure: string) => figures.find((f) => f.measure === measure)?.values.map((v) => v.value);
  assert.deepEqual(values('people killed'), [10]);
  assert.deepEqual(
    values('people killed (2025-02)'),
    [600, 612],
    'each number takes the time written nearest it',
  );
  assert.deepEqual(values('people killed (2003)'), [26000]);
});

test('a recent month or a season does not make a figure one of another time', () => {
  const figures = figuresOf(
    article('a', 'In March, the fighting killed 12 people.', '2025-04-02T12:00:00Z'),
    article('b', 'Last fall, 14 people were killed in the fighting.', '2025-04-02T12:00:00Z'),
  );
  assert.deepEqual(
    figures.map((f) => [f.measure, f.status]),
    [['people killed', 'conflicting']],
  );
});

test('two values of one measure from one article are two things, not a conflict', () => {
  const figures = figuresOf(
    article('a', 'We have four entrances to the building, and three entrances to our offices.'),
    article('b', 'The pier has four entrances.'),
  );
  assert.ok(figures.every((f) => f.status === 'consistent'));
  const one = figuresOf(article('c', 'Police said a 47-year-old man and a 48-year-old man were shot.'));
  assert.deepEqual(
    one
      .map((f) => [f.measure, f.status, f.values.map((v) => v.value)])
      .filter(([m]) => String(m).startsWith('age')),
    [
      ['age of man', 'consistent', [47]],
      ['age of man', 'consistent', [48]],
    ],
  );
});

test('ages of unnamed people are never one measure across articles; a named person is, but two ages are no conflict', () => {
  const figures = figuresOf(
    article('a', 'A 50-year-old man tipped off the police. Anthony Reyes, 38, was arrested.'),
    article('b', 'A 63-year-old woman and a 47-year-old man were hurt. Anthony Reyes, 39, was arrested.'),
  );
  const ages = figures.filter((f) => f.measure.startsWith('age'));
  assert.deepEqual(ages.map((f) => [f.measure, f.status, f.values.map((v) => v.value)]).sort(), [
    ['age of Reyes', 'consistent', [38]],
    ['age of Reyes', 'consistent', [39]],
    ['age of man', 'consistent', [47]],
    ['age of man', 'consistent', [50]],
    ['age of woman', 'consistent', [63]],
  ]);
});

test('numbers that name or describe (a road, a gauge, a time of day) give no figures', () => {
  const figures = figuresOf(
    article('a', 'He was arrested on Interstate 75 at 10 a.m. with a 12-gauge shotgun and three shells.'),
    article('b', 'He was arrested on Interstate 94 at 11 a.m. with a 20-gauge shotgun and four shells.'),
  );
  assert.deepEqual(
    figures.map((f) => [f.measure, f.status, f.values.map((v) => v.value)]),
    [
      ['shells', 'consistent', [3]],
      ['shells', 'consistent', [4]],
    ],
  );
});

test('counts of things other than people are stated of many things: their values never conflict', () => {
  const figures = figuresOf(
    article('a', 'Bush missed two games this season.'),
    article('b', 'Thomas missed four games in December.'),
    article('c', 'Three people were killed in the crash.'),
    article('d', 'Four people were killed in the crash.'),
  );
  assert.deepEqual(
    figures.map((f) => [f.measure, f.status, f.values.map((v) => v.value)]),
    [
      ['people killed', 'conflicting', [3, 4]],
      ['games', 'consistent', [2]],
      ['games', 'consistent', [4]],
    ],
  );
});

test('values far apart are not two estimates of one thing; each set of close values is its own conflict', () => {
  const figures = figuresOf(
    article('a', 'The quake killed 10 people.'),
    article('b', 'The quake killed 12 people.'),
    article('c', 'The quake killed 600 people.'),
    article('d', 'The quake killed 640 people.'),
  );
  assert.deepEqual(
    figures.map((f) => [f.measure, f.status, f.values.map((v) => v.value)]),
    [
      ['people killed', 'conflicting', [10, 12]],
      ['people killed', 'conflicting', [600, 640]],
    ],
  );
  const far = figuresOf(
    article('a', 'The quake killed 10 people.'),
    article('b', 'The quake killed 612 people.'),
  );
  assert.deepEqual(
    far.map((f) => [f.status, f.values.map((v) => v.value)]),
    [
      ['consistent', [10]],
      ['consistent', [612]],
    ],
  );
});

test('values of different people or organisations do not conflict; an article reporting both sides does not hide a conflict', () => {
  const contracts = figuresOf(
    article('a', 'The Mets gave Lowell a $37 million contract.'),
    article('b', 'The Nationals offered Teixeira a $160 million contract.'),
    article('c', 'The Red Sox offered Teixeira a $184 million contract.'),
  );
  const money = contracts.filter((f) => f.measure === 'contract ($)');
  assert.deepEqual(
    money.map((f) => [f.status, f.values.map((v) => v.value)]),
    [
      ['conflicting', [160e6, 184e6]],
      ['consistent', [37e6]],
    ],
  );
  const quake = figuresOf(
    article('a', 'Iran put the magnitude at 5.9, but the US Geological Survey said it was 6.1.'),
    article('b', 'The quake had a magnitude of 5.9.'),
    article('c', 'The US Geological Survey put the magnitude at 6.1.'),
  );
  assert.deepEqual(
    quake.map((f) => [f.measure, f.status, f.values.map((v) => v.value)]),
    [['magnitude', 'conflicting', [5.9, 6.1]]],
  );
});

test('one sum in two currencies is no disagreement', () => {
  const figures = figuresOf(
    article('a', 'The thieves took jewels worth £85 million.'),
    article('b', 'The thieves took jewels worth €103 million.'),
  );
  assert.ok(figures.every((f) => f.status === 'consistent'));
  assert.deepEqual(figures.map((f) => f.measure).sort(), ['cost (£)', 'cost (€)']);
});

test('parts of a whole do not conflict with the total', () => {
  const figures = figuresOf(
    article('a', 'Police said two women and one man died in the fire.'),
    article('b', 'Three people were killed in the fire.'),
  );
  assert.ok(figures.every((f) => f.status === 'consistent'));
  assert.deepEqual(figures.map((f) => [f.measure, f.values[0].value]).sort(), [
    ['man killed', 1],
    ['people killed', 3],
    ['women killed', 2],
  ]);
});

test('a running total does not conflict with the count of one day', () => {
  const figures = figuresOf(
    article('a', 'Police arrested 46 people on Wednesday night.'),
    article('b', 'Since the shooting, over 50 people have been arrested over four nights of protests.'),
    article('c', 'Police arrested 40 people on Wednesday night.'),
  );
  const captured = figures.filter((f) => f.measure === 'people captured');
  assert.deepEqual(captured.map((f) => [f.status, f.values.map((v) => v.value)]).sort(), [
    ['conflicting', [40, 46]],
    ['consistent', [50]],
  ]);
});
