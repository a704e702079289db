import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSentences, dice, diceMatrix, matchSentences, tokenSet } from './align-sentences.ts';

const vocab = () => new Map<string, number>();
const sets = (v: Map<string, number>, sentences: string[]) => sentences.map((s) => tokenSet(s.split(' '), v));

test('tokenSet interns tokens into sorted distinct ids', () => {
  const v = vocab();
  assert.deepEqual([...tokenSet(['b', 'a', 'b'], v)], [0, 1]);
  assert.deepEqual([...tokenSet(['a', 'c'], v)], [1, 2]);
  assert.equal(v.get('c'), 2);
});

test('dice is 2|A∩B| / (|A|+|B|)', () => {
  const v = vocab();
  const [a, b, c] = sets(v, ['x y z w', 'x y q', 'm n']);
  assert.equal(dice(a, a), 1);
  assert.equal(dice(a, b), (2 * 2) / 7);
  assert.equal(dice(a, c), 0);
  assert.equal(dice(new Int32Array(0), new Int32Array(0)), 0);
});

test('alignment keeps order and picks the best non-crossing pairs', () => {
  const v = vocab();
  const a = sets(v, [
    'bridge fell river town',
    'four people rescued hospital',
    'driver still missing divers',
    'inquiry report minister',
  ]);
  const b = sets(v, [
    'town bridge fell into river',
    'weather was calm',
    'divers search missing driver',
    'four rescued taken hospital people',
  ]);
  // a0↔b0 (8/9), a1↔b3 (8/9) and a2↔b2 (6/8) all pass, but a1↔b3 and a2↔b2 cross: the heavier
  // a1↔b3 is kept.
  const pairs = alignSentences(a, b);
  assert.deepEqual(pairs, [
    { i: 0, j: 0, score: 8 / 9 },
    { i: 1, j: 3, score: 8 / 9 },
  ]);
  // Without a1, the crossing is gone and a2↔b2 is aligned.
  assert.deepEqual(
    alignSentences([a[0], a[2], a[3]], b).map((p) => [p.i, p.j]),
    [
      [0, 0],
      [1, 2],
    ],
  );
});

test('pairs below the score or token minimum are not aligned', () => {
  const v = vocab();
  const a = sets(v, ['alpha beta gamma delta', 'one two']);
  const b = sets(v, ['alpha beta epsilon zeta', 'one two']);
  assert.deepEqual(alignSentences(a, b, 0.6), []);
  assert.deepEqual(
    alignSentences(a, b, 0.5).map((p) => [p.i, p.j]),
    [[0, 0]],
  );
  assert.deepEqual(
    alignSentences(a, b, 0.5, 2).map((p) => [p.i, p.j]),
    [
      [0, 0],
      [1, 1],
    ],
  );
  assert.deepEqual(alignSentences([], b), []);
});

test('diceMatrix gives the Dice of every pair, 0 for short sentences', () => {
  const v = vocab();
  const a = sets(v, ['x y z w', 'one two', 'p q r']);
  const b = sets(v, ['x y q', 'm n o', 'p q r']);
  const scores = diceMatrix(a, b, 3);
  const expected = a.flatMap((x) => b.map((y) => (x.length < 3 || y.length < 3 ? 0 : dice(x, y))));
  assert.deepEqual([...scores], expected);
  assert.equal(scores[2 * 3 + 2], 1);
});

test('matchSentences pairs each sentence with its best unused near-identical one, in any order', () => {
  const v = vocab();
  const a = sets(v, ['a b c d e', 'f g h i j', 'k l m n o']);
  const b = sets(v, ['k l m n o', 'a b c d x', 'a b c d e']);
  const scores = diceMatrix(a, b, 3);
  const pairs = matchSentences(3, 3, scores, 0.8);
  assert.deepEqual(
    pairs.map((p) => [p.i, p.j, p.score]),
    [
      [0, 2, 1],
      [2, 0, 1],
    ],
  );
  // the best match is used once: a second copy of a's first sentence takes the next best
  const twice = sets(v, ['a b c d e', 'a b c d e']);
  const s2 = diceMatrix(twice, b, 3);
  assert.deepEqual(
    matchSentences(2, 3, s2, 0.8).map((p) => [p.i, p.j]),
    [
      [0, 2],
      [1, 1],
    ],
  );
  // the same pairs read from the matrix of (b, a)
  const back = diceMatrix(b, a, 3);
  assert.deepEqual(matchSentences(3, 3, back, 0.8, true), pairs);
});
