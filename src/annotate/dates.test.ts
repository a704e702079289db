import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates, mostStatedDate } from './dates.ts';
import { createNlp, tokenize } from './nlp.ts';

const nlp = createNlp();
const MONDAY = new Date('2025-03-17T12:00:00Z');
const WEDNESDAY = new Date('2025-03-19T12:00:00Z');

function datesIn(text: string, reference?: Date) {
  const { sentences } = tokenize(nlp, text, []);
  const found = findDates(text, sentences, reference);
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text, 'offsets slice to the date text');
  return found;
}
const brief = (ds: ReturnType<typeof datesIn>) => ds.map((d) => [d.text, d.date, d.precision, d.yearStated]);

test('"on Monday" resolves to the reference day or the Monday before it', () => {
  assert.deepEqual(brief(datesIn('The bridge closed on Monday.', MONDAY)), [
    ['Monday', '2025-03-17', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('The bridge closed on Monday.', WEDNESDAY)), [
    ['Monday', '2025-03-17', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('Crews rested on Sunday.', MONDAY)), [
    ['Sunday', '2025-03-16', 'day', false],
  ]);
});

test('a month and day take their year from the reference; a written year is kept', () => {
  const ds = datesIn('Repairs began on January 11 and ended in March 2024.', WEDNESDAY);
  assert.deepEqual(brief(ds), [
    ['January 11', '2025-01-11', 'day', false],
    ['March 2024', '2024-03', 'month', true],
  ]);
  assert.ok(ds.every((d) => d.sentence === 0 && !d.asOf));
});

test('dates written with numbers: a time of today, days ago, a numeric date; ages and bare years are none', () => {
  assert.deepEqual(brief(datesIn('The gunman walked in at about 10am today, police said.', WEDNESDAY)), [
    ['10am today', '2025-03-19', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('The bridge closed 3 days ago.', WEDNESDAY)), [
    ['3 days ago', '2025-03-16', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('The ferry sank on 4/9/2007.', WEDNESDAY)), [
    ['4/9/2007', '2007-04-09', 'day', true],
  ]);
  assert.deepEqual(datesIn('The pilot, 29 years old, has flown since 2008.', WEDNESDAY), []);
});

test('a count right after a weekday or a day is no part of the date; a day of the month before a month is', () => {
  assert.deepEqual(brief(datesIn('On Saturday 10 people were hurt.', MONDAY)), [
    ['Saturday', '2025-03-15', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('On Saturday, 10 people were hurt.', MONDAY)), [
    ['Saturday', '2025-03-15', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('On March 3 40 crews arrived.', WEDNESDAY)), [
    ['March 3', '2025-03-03', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('The bridge opened on Saturday 10 March.', WEDNESDAY)), [
    ['Saturday 10 March', '2025-03-10', 'day', false],
  ]);
});

test('seasons are read relative to the reference date', () => {
  assert.deepEqual(brief(datesIn('The pier was damaged last fall.', WEDNESDAY)), [
    ['last fall', '2024-09', 'month', false],
  ]);
  assert.deepEqual(brief(datesIn('Work will finish next summer.', WEDNESDAY)), [
    ['next summer', '2025-06', 'month', false],
  ]);
  assert.deepEqual(
    brief(datesIn('The pier was damaged in the fall.', WEDNESDAY)),
    [],
    'a bare season is not a date',
  );
});

test('"as of early February" marks the date as qualifying a figure', () => {
  const [asOf] = datesIn('As of early February, crews numbered forty.', WEDNESDAY);
  assert.equal(asOf.date, '2025-02');
  assert.equal(asOf.asOf, true);
  const [plain] = datesIn('Crews arrived in early February.', WEDNESDAY);
  assert.equal(plain.date, '2025-02');
  assert.equal(plain.asOf, false);
});

test('without a reference only dates with a written year are returned', () => {
  const ds = datesIn(
    'Repairs began on January 11. The bridge reopened on 3 March 2025. It closed on Monday last fall.',
  );
  assert.deepEqual(brief(ds), [['3 March 2025', '2025-03-03', 'day', true]]);
  assert.equal(ds[0].sentence, 1);
});

test('"may" as a verb is not a date', () => {
  assert.deepEqual(datesIn('Ships may dock again soon.', WEDNESDAY), []);
});

test('mostStatedDate picks the full date written most often', () => {
  const d = mostStatedDate([
    'The bridge reopened on March 3, 2025.',
    'It reopened on 3 March 2025 after work began on January 11, 2025.',
    'Officials said on 2 March 2025 that it would reopen.',
  ]);
  assert.equal(d?.toISOString(), '2025-03-03T12:00:00.000Z');
  assert.equal(mostStatedDate(['It reopened on Monday.', 'In March 2025 the work ended.']), undefined);
  // dates inside long paragraphs, with a weekday, in ISO and numeric forms
  const long = 'After weeks of inspections and a long public consultation, the authority said';
  const d2 = mostStatedDate([
    `${long} on Wednesday, September 24th, 2008 that the bridge would reopen.`,
    `${long} (posted 2008-09-24 14:02) that the work was done, and on 9/24/2008 it reopened; in 2009 it closed.`,
    'Updated March 3, 2025.',
  ]);
  assert.equal(d2?.toISOString(), '2008-09-24T12:00:00.000Z');
});

test('season offsets slice to the season text', () => {
  const text = 'The pier was rebuilt in the spring of 2024 and repainted last fall.';
  const { sentences } = tokenize(nlp, text, []);
  const found = findDates(text, sentences, new Date('2025-03-19T12:00:00Z')).filter((d) =>
    /spring|fall/.test(d.text),
  );
  assert.ok(found.length >= 1);
  for (const d of found) assert.equal(text.slice(d.start, d.end), d.text);
});

test('a month named without its year in what happened is the past one; in what is to come it may lie ahead', () => {
  const text =
    'A quake hit the town of Zarand in February, killing hundreds. The trial is set for February 12. He turns 29 on April 11.';
  const { sentences } = tokenize(nlp, text, []);
  const dates = findDates(text, sentences, new Date('2005-11-28T12:00:00Z')).map((d) => d.date);
  assert.deepEqual(dates, ['2005-02', '2006-02-12', '2006-04-11']);
});

test('spans ahead are no dates; "one day after Wednesday" is not Wednesday', () => {
  assert.deepEqual(datesIn('Repairs will be done within a week, in 2 weeks at most.', WEDNESDAY), []);
  assert.deepEqual(datesIn('Crews worked for 55 minutes before the bridge closed.', WEDNESDAY), []);
  assert.deepEqual(
    datesIn("One day after Wednesday's strike, schools remain occupied.", new Date('2025-03-21T12:00:00Z')),
    [],
  );
});

test('"yesterday", "last night" and "today" are dates against the article\'s own date, not a story\'s', () => {
  const text =
    'A report posted last night said the offer was raised, and the club declined to comment yesterday.';
  const { sentences } = tokenize(nlp, text, []);
  const own = findDates(text, sentences, WEDNESDAY, true);
  assert.deepEqual(
    own.map((d) => [d.text, d.date, d.precision]),
    [
      ['last night', '2025-03-18', 'day'],
      ['yesterday', '2025-03-18', 'day'],
    ],
  );
  for (const d of own) assert.equal(text.slice(d.start, d.end), d.text);
  assert.deepEqual(findDates(text, sentences, WEDNESDAY), [], 'a story date makes them guesses');
  // inside a sentence, capitalised, the word belongs to a name; first in a sentence it is a date
  const named =
    'She was named Person of the Week on World News Tonight, USA Today reported. Today the clinic reopened.';
  const ns = tokenize(nlp, named, []).sentences;
  assert.deepEqual(
    findDates(named, ns, WEDNESDAY, true).map((d) => [d.text, d.sentence]),
    [['Today', 1]],
  );
});

test('a weekday alone in what happened is the last one; in what is to come, the next', () => {
  // WEDNESDAY is 2025-03-19
  assert.deepEqual(brief(datesIn('He bought a shotgun and shells on Friday, police said.', WEDNESDAY)), [
    ['Friday', '2025-03-14', 'day', false],
  ]);
  assert.deepEqual(brief(datesIn('The hearing will be held on Friday.', WEDNESDAY)), [
    ['Friday', '2025-03-21', 'day', false],
  ]);
});

test('a weekday after a reporting verb only is not moved back', () => {
  assert.deepEqual(brief(datesIn('Officials announced the bridge reopens Friday.', WEDNESDAY)), [
    ['Friday', '2025-03-21', 'day', false],
  ]);
});
