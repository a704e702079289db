import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleDates, referencedSpans, spanGapDays } from './referenced-dates.ts';

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const spans = (text: string) => referencedSpans(text).map(([a, b]) => `${iso(a)}..${iso(b)}`);

test('dates written with a year become spans: a day, a month or a year', () => {
  assert.deepEqual(
    spans('A jury convicted a man charged in an April 2007 shooting; the verdict came on June 5, 2008.'),
    ['2007-04-01..2007-05-01', '2008-06-05..2008-06-06'],
  );
  assert.deepEqual(spans('He died on 5 Sept. 2013, a deputy killed in June, 2005.'), [
    '2013-09-05..2013-09-06',
    '2005-06-01..2005-07-01',
  ]);
  assert.deepEqual(spans('The Kraft Foods rampage in 2010 left two dead.'), ['2010-01-01..2011-01-01']);
});

test('no span for dates without a year, relative dates, bare numbers or repeats', () => {
  assert.deepEqual(spans('On Saturday, two years ago, 2010 people marched on May 3.'), []);
  assert.deepEqual(spans('In 2010 … in 2010 … In 2010.'), ['2010-01-01..2011-01-01']);
  assert.deepEqual(spans('Mayor Smith 2010 and Marching 2005'), []);
});

test('gaps in days: zero inside or touching, else the distance to the nearer edge', () => {
  const [april] = referencedSpans('April 2007');
  const at = (y: number, m: number, d: number) => [Date.UTC(y, m, d), Date.UTC(y, m, d)] as const;
  assert.equal(spanGapDays(at(2007, 3, 15), april), 0);
  assert.equal(spanGapDays(at(2007, 2, 31), april), 1);
  assert.equal(spanGapDays(at(2007, 4, 11), april), 10);
  assert.equal(spanGapDays(april, [Date.UTC(2007, 4, 1), Date.UTC(2007, 4, 3)]), 0);
  assert.equal(spanGapDays([Date.UTC(2008, 0, 1), Date.UTC(2008, 0, 2)], april), 245);
});

test('the dates of an article come from its title and its text', () => {
  const dates = articleDates({
    title: 'Verdict in the June 2005 shooting',
    text: 'The jury met on May 2, 2007.',
  });
  assert.equal(dates.length, 2);
  assert.deepEqual(articleDates({ text: 'No date here.' }), []);
});
