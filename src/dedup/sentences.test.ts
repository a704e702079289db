import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './sentences.ts';

const split = (text: string) => splitSentences(text).map(([s, e]) => text.slice(s, e));

test('splits on sentence punctuation followed by a capital, digit or quote', () => {
  assert.deepEqual(
    split('The bridge fell. Four were rescued! Was anyone hurt? "No," he said. 12 cars were stuck.'),
    ['The bridge fell.', 'Four were rescued!', 'Was anyone hurt?', '"No," he said.', '12 cars were stuck.'],
  );
});

test('keeps closing quotes with their sentence and splits at line breaks', () => {
  assert.deepEqual(split('Headline without stop\n\n"We will rebuild." Marsh said so.\nLast line'), [
    'Headline without stop',
    '"We will rebuild."',
    'Marsh said so.',
    'Last line',
  ]);
});

test('does not split after abbreviations, initials or before lower case', () => {
  assert.deepEqual(split('Dr. Marsh met Gen. Ortiz and J. R. Smith in the U.S. capital. It went well.'), [
    'Dr. Marsh met Gen. Ortiz and J. R. Smith in the U.S. capital.',
    'It went well.',
  ]);
  assert.deepEqual(split('It cost 3.5 million. e.g. this stays.'), ['It cost 3.5 million. e.g. this stays.']);
});

test('"a.m." and "p.m." end a sentence unless a day, month or time zone follows', () => {
  assert.deepEqual(split('The ferry left at 6.15 p.m. Two hours later it hit a sandbank.'), [
    'The ferry left at 6.15 p.m.',
    'Two hours later it hit a sandbank.',
  ]);
  assert.deepEqual(split('Talks resume at 9 a.m. Monday and end at 5 p.m. GMT on the 4th. Then a vote.'), [
    'Talks resume at 9 a.m. Monday and end at 5 p.m. GMT on the 4th.',
    'Then a vote.',
  ]);
  assert.deepEqual(split('It closes at 11 p.m. March 3 is the last day.'), [
    'It closes at 11 p.m. March 3 is the last day.',
  ]);
});

test('offsets are exact, trimmed and end-exclusive', () => {
  const text = '  First one.   Second one.  \n  ';
  assert.deepEqual(splitSentences(text), [
    [2, 12],
    [15, 26],
  ]);
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences(' \n \n'), []);
});
