import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentStems, normaliseNumber, profileText, STOPWORDS, stem, tokenize } from './terms.ts';

test('stem conflates plural and verb forms conservatively', () => {
  const forms = ['charge', 'charges', 'charged', 'charging'].map(stem);
  assert.equal(new Set(forms).size, 1);
  assert.equal(stem('countries'), stem('country'));
  assert.equal(stem('churches'), 'church');
  assert.equal(stem('running'), 'run');
  assert.equal(stem('stopped'), 'stop');
  assert.equal(stem('carried'), 'carry');
  assert.equal(stem('Earthquakes'), stem('earthquake'));
  // Words that only look like plurals, and short words, are kept.
  assert.equal(stem('press'), 'press');
  assert.equal(stem('virus'), 'virus');
  assert.equal(stem('crisis'), 'crisis');
  assert.equal(stem('bus'), 'bus');
  assert.equal(stem('sing'), 'sing');
  assert.notEqual(stem('arrest'), stem('arrive'));
});

test('tokenize keeps inner apostrophes, hyphens and number separators and marks sentence starts', () => {
  const toks = tokenize("He said: don't go. 1,200 well-known\nNew line");
  assert.deepEqual(
    toks.map((t) => [t.raw, t.start, t.sentenceInitial, t.line]),
    [
      ['He', 0, true, 0],
      ['said', 3, false, 0],
      ["don't", 9, true, 0],
      ['go', 15, false, 0],
      ['1,200', 19, true, 0],
      ['well-known', 25, false, 0],
      ['New', 36, true, 1],
      ['line', 40, false, 1],
    ],
  );
  assert.deepEqual(tokenize(' ... -- '), []);
  assert.deepEqual(
    tokenize('Zürich café').map((t) => t.raw),
    ['Zürich', 'café'],
  );
});

test('normaliseNumber drops thousands separators only', () => {
  assert.equal(normaliseNumber('1,200'), '1200');
  assert.equal(normaliseNumber('17,000,000'), '17000000');
  assert.equal(normaliseNumber('6.3'), '6.3');
  assert.equal(normaliseNumber('007'), '7');
  assert.equal(normaliseNumber('1,20'), '1,20');
});

test('profileText separates content stems, names and numbers', () => {
  const p = profileText(
    'Quake Hits Northern Italy\n\nThe quake hit Italy on Monday. ' +
      "Italy's Prime Minister Silvio Berlusconi said 1,500 were hurt. Berlusconi flew in.\nRescue teams arrived.",
  );
  assert.deepEqual(p.numbers, ['1500']);
  assert.ok(p.terms.includes('quak') && p.terms.includes('rescu') && p.terms.includes('team'));
  assert.ok(!p.terms.includes('the') && !p.terms.includes('on'));
  // Names: capitalised inside a sentence, or elsewhere when the text confirms them.
  assert.deepEqual([...new Set(p.names)].sort(), [
    'berlusconi',
    'italy',
    'minister',
    'monday',
    'prime',
    'silvio',
  ]);
  // Title-case and sentence-initial words are not names on their own.
  assert.ok(!p.names.includes('hits') && !p.names.includes('northern') && !p.names.includes('rescue'));
});

test('contentStems drops stopwords and bare numbers', () => {
  assert.deepEqual(contentStems('The 3 officers were arresting the suspects in 2009'), [
    'officer',
    'arrest',
    'suspect',
  ]);
  assert.ok(STOPWORDS.has('the') && !STOPWORDS.has('police'));
});
