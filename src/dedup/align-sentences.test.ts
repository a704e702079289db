import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alignSentences, dice, tokenSet } from './align-sentences.ts';

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
