import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addToCentroid,
  cosineToCentroid,
  emptyCentroid,
  kthLargest,
  markTop,
  mergeScratch,
  mergeTop,
  normSq,
  type PackedVector,
  packUnit,
  selfDot,
  topIds,
  topShared,
  VectorLookup,
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

const sorted = (entries: Array<[number, number]>): PackedVector => ({
  ids: Int32Array.from(entries.map(([id]) => id)),
  weights: Float64Array.from(entries.map(([, w]) => w)),
});

test('kthLargest and markTop pick the heaviest entries, ties in index order', () => {
  const values = [0.5, 0.1, 0.9, 0.5, 0.3, 0.5];
  for (let k = 1; k <= values.length; k++) {
    const want = [...values].sort((a, b) => b - a)[k - 1];
    assert.equal(kthLargest(Float64Array.from(values), values.length, k), want);
  }
  const keep = new Uint8Array(6);
  markTop(values, 6, 3, keep, new Float64Array(6));
  assert.deepEqual([...keep], [1, 0, 1, 1, 0, 0]);
  markTop(values, 6, 10, keep, new Float64Array(6));
  assert.deepEqual([...keep], [1, 1, 1, 1, 1, 1]);
});

test('compact centroids: lookup dot product, merge with a cap, shared keys', () => {
  const v = sorted([
    [-5, 0.6],
    [2, 0.8],
  ]);
  const ids = Int32Array.from([99, -5, 1, 2, 7, 99]);
  const weights = Float32Array.from([9, 0.5, 0.25, 0.5, 1, 9]);
  // the slice [1, 5) is the centroid: -5 → 0.5, 1 → 0.25, 2 → 0.5, 7 → 1
  const lookup = new VectorLookup();
  lookup.load(v);
  close(lookup.dot(ids, weights, 1, 5), 0.6 * 0.5 + 0.8 * 0.5);
  assert.equal(lookup.find(2), 1);
  assert.equal(lookup.find(7), -1);
  close(normSq(weights, 1, 5), 0.25 + 0.0625 + 0.25 + 1);
  const scratch = mergeScratch(2);
  const all = mergeTop(v, ids, weights, 1, 5, 10, scratch);
  assert.deepEqual([...scratch.ids.subarray(0, all)], [-5, 1, 2, 7]);
  close(scratch.weights[0], 1.1);
  close(scratch.weights[2], 1.3);
  const capped = mergeTop(v, ids, weights, 1, 5, 2, scratch);
  // -5 → 1.1, 1 → 0.25, 2 → 1.3, 7 → 1: the two heaviest
  assert.deepEqual([...scratch.ids.subarray(0, capped)], [-5, 2]);
  assert.deepEqual(lookup.topShared(ids, weights, 1, 5, 5), [1, 0]);
  assert.deepEqual(lookup.topShared(ids, weights, 1, 5, 1), [1]);
  // a larger vector (the table grows), then a smaller one (stale entries are not seen)
  const big = packUnit(new Map(Array.from({ length: 300 }, (_, i) => [i * 7919, 1] as [number, number])));
  lookup.load(big);
  assert.equal(lookup.find(299 * 7919), 299);
  close(lookup.dot(Int32Array.from([0, 7919, 5]), Float32Array.from([1, 1, 1]), 0, 3), 2 / Math.sqrt(300));
  lookup.load(v);
  assert.equal(lookup.find(299 * 7919), -1);
  close(lookup.dot(ids, weights, 1, 5), 0.7);
});
