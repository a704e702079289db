import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addToCentroid,
  cosineToCentroid,
  emptyCentroid,
  packUnit,
  selfDot,
  topIds,
  topShared,
} from './sparse-vector.ts';

const vec = (entries: Array<[number, number]>) => packUnit(new Map(entries));
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} != ${b}`);

test('packUnit scales to unit length and keeps all-zero input empty', () => {
  const v = vec([
    [1, 3],
    [2, 4],
  ]);
  close(selfDot(v), 1);
  assert.deepEqual([...v.ids], [1, 2]);
  close(v.weights[0], 0.6);
  assert.equal(vec([[1, 0]]).ids.length, 0);
});

test('centroid norm stays consistent when adding and removing vectors', () => {
  const a = vec([
    [1, 1],
    [2, 1],
  ]);
  const b = vec([
    [2, 1],
    [3, 1],
  ]);
  const c = emptyCentroid();
  addToCentroid(c, a);
  addToCentroid(c, b);
  let sq = 0;
  for (const w of c.weights.values()) sq += w * w;
  close(c.normSq, sq);
  close(cosineToCentroid(a, c), (1 + 0.5) / Math.sqrt(3));
  addToCentroid(c, b, -1);
  assert.deepEqual([...c.weights.keys()].sort(), [1, 2]);
  close(c.normSq, 1);
  close(cosineToCentroid(a, c), 1);
});

test('leave-one-out cosine ignores the vector itself', () => {
  const a = vec([
    [1, 1],
    [2, 1],
  ]);
  const b = vec([
    [2, 1],
    [3, 1],
  ]);
  const unrelated = vec([[9, 1]]);
  const c = emptyCentroid();
  addToCentroid(c, a);
  addToCentroid(c, b);
  close(cosineToCentroid(a, c, true), 0.5);
  const alone = emptyCentroid();
  addToCentroid(alone, a);
  assert.equal(cosineToCentroid(a, alone, true), 0);
  assert.equal(cosineToCentroid(unrelated, c), 0);
});

test('topIds and topShared rank by weight and break ties by id', () => {
  const v = vec([
    [5, 1],
    [3, 2],
    [4, 1],
  ]);
  assert.deepEqual(topIds(v, 2), [3, 4]);
  const c = emptyCentroid();
  addToCentroid(c, vec([[4, 1]]));
  addToCentroid(
    c,
    vec([
      [5, 2],
      [4, 1],
    ]),
  );
  assert.deepEqual(topShared(v, c, 5), [4, 5]);
  assert.deepEqual(topShared(v, c, 1), [4]);
});
