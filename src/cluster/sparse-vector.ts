// Sparse vectors for tf-idf profiles and story centroids. Keys are interned to integers.

/** An article profile: parallel arrays of key ids and weights. */
export interface PackedVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A mutable accumulation of packed vectors, e.g. a story centroid, with its squared norm. */
export interface Centroid {
  weights: Map<number, number>;
  normSq: number;
}

export function emptyCentroid(): Centroid {
  return { weights: new Map(), normSq: 0 };
}

/** Packs a key → weight map into a unit-length vector (empty when all weights are zero). */
export function packUnit(entries: Map<number, number>): PackedVector {
  let sq = 0;
  for (const w of entries.values()) sq += w * w;
  const n = Math.sqrt(sq);
  const ids = new Int32Array(n === 0 ? 0 : entries.size);
  const weights = new Float64Array(ids.length);
  if (n === 0) return { ids, weights };
  let i = 0;
  for (const [k, w] of entries) {
    ids[i] = k;
    weights[i] = w / n;
    i++;
  }
  return { ids, weights };
}

export function dotCentroid(v: PackedVector, c: Centroid): number {
  let sum = 0;
  for (let i = 0; i < v.ids.length; i++) {
    const w = c.weights.get(v.ids[i]);
    if (w !== undefined) sum += v.weights[i] * w;
  }
  return sum;
}

export function selfDot(v: PackedVector): number {
  let sum = 0;
  for (let i = 0; i < v.weights.length; i++) sum += v.weights[i] * v.weights[i];
  return sum;
}

/** Cosine between a vector and a centroid, optionally with the vector itself removed from the centroid. */
export function cosineToCentroid(v: PackedVector, c: Centroid, leaveOut = false): number {
  const d = dotCentroid(v, c);
  if (!leaveOut) return d === 0 || c.normSq <= 0 ? 0 : d / Math.sqrt(c.normSq * selfDot(v));
  const self = selfDot(v);
  const dRest = d - self;
  const restSq = c.normSq - 2 * d + self;
  return dRest <= 1e-12 || restSq <= 1e-12 ? 0 : dRest / Math.sqrt(restSq * self);
}

/** Adds `scale * v` into a centroid in place (scale -1 removes it), keeping its squared norm current. */
export function addToCentroid(c: Centroid, v: PackedVector, scale = 1): void {
  c.normSq += 2 * scale * dotCentroid(v, c) + scale * scale * selfDot(v);
  for (let i = 0; i < v.ids.length; i++) {
    const next = (c.weights.get(v.ids[i]) ?? 0) + scale * v.weights[i];
    if (Math.abs(next) < 1e-12) c.weights.delete(v.ids[i]);
    else c.weights.set(v.ids[i], next);
  }
  if (c.weights.size === 0 || c.normSq < 1e-12) c.normSq = Math.max(0, c.normSq);
}

/**
 * Keys of `v` ranked by `v[k] * c[k]` (the key's contribution to their dot product), heaviest
 * first, at most `k`. With `leaveOut`, `v` is first subtracted from the centroid. Ties break by id.
 */
export function topShared(v: PackedVector, c: Centroid, k: number, leaveOut = false): number[] {
  const scored: Array<[number, number]> = [];
  for (let i = 0; i < v.ids.length; i++) {
    const w = (c.weights.get(v.ids[i]) ?? 0) - (leaveOut ? v.weights[i] : 0);
    if (w > 1e-9) scored.push([v.ids[i], v.weights[i] * w]);
  }
  return scored
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, k)
    .map(([id]) => id);
}

/** The `k` heaviest key ids of a vector; ties break by id. */
export function topIds(v: PackedVector, k: number): number[] {
  const order = Array.from(v.ids.keys()).sort((x, y) => v.weights[y] - v.weights[x] || v.ids[x] - v.ids[y]);
  return order.slice(0, k).map((i) => v.ids[i]);
}

// Compact centroids, for the streaming clusterer: a slice [start, end) of an id array and a
// Float32 weight array, sorted by id, holding only a story's heaviest entries. An article vector
// is loaded once into a `VectorLookup`; each candidate centroid is then read straight through.

/**
 * A small hash table over one vector's entries (reused from vector to vector), for dot products
 * with many compact centroids: one lookup per centroid entry.
 */
export class VectorLookup {
  private keys = new Int32Array(64);
  private weights = new Float64Array(64);
  private index = new Int32Array(64);
  private stamps = new Int32Array(64);
  private stamp = 1;
  private mask = 63;
  private shift = 26;
  private vector: PackedVector = { ids: new Int32Array(0), weights: new Float64Array(0) };

  /** Makes `v` the vector looked up. */
  load(v: PackedVector): void {
    this.vector = v;
    let size = this.keys.length;
    while (size < v.ids.length * 2) size *= 2;
    if (size !== this.keys.length) {
      this.keys = new Int32Array(size);
      this.weights = new Float64Array(size);
      this.index = new Int32Array(size);
      this.stamps = new Int32Array(size);
      this.stamp = 0;
      this.mask = size - 1;
      this.shift = 32 - Math.log2(size);
    }
    if (++this.stamp === 2 ** 31 - 1) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i];
      let slot = Math.imul(id, 0x9e3779b1) >>> this.shift;
      while (this.stamps[slot] === this.stamp) slot = (slot + 1) & this.mask;
      this.stamps[slot] = this.stamp;
      this.keys[slot] = id;
      this.weights[slot] = v.weights[i];
      this.index[slot] = i;
    }
  }

  /** Position of the id in the loaded vector, or -1. */
  find(id: number): number {
    for (let slot = Math.imul(id, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      if (this.stamps[slot] !== this.stamp) return -1;
      if (this.keys[slot] === id) return this.index[slot];
    }
  }

  /** Dot product of the loaded vector and a slice of a centroid. */
  dot(ids: Int32Array, weights: Float32Array, start: number, end: number): number {
    let sum = 0;
    for (let j = start; j < end; j++) {
      const id = ids[j];
      for (let slot = Math.imul(id, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & this.mask) {
        if (this.stamps[slot] !== this.stamp) break;
        if (this.keys[slot] === id) {
          sum += this.weights[slot] * weights[j];
          break;
        }
      }
    }
    return sum;
  }

  /**
   * Positions in the loaded vector of the keys it shares with a centroid slice, ranked by
   * `v[k] * slice[k]` (the key's contribution to their dot product), heaviest first, at most
   * `k`. Ties break by id.
   */
  topShared(ids: Int32Array, weights: Float32Array, start: number, end: number, k: number): number[] {
    const v = this.vector;
    // the best so far, heaviest first: positions in `v` and their contributions
    const top: number[] = [];
    const contribution: number[] = [];
    for (let j = start; j < end; j++) {
      const i = this.find(ids[j]);
      if (i < 0) continue;
      const c = v.weights[i] * weights[j];
      if (c <= 1e-9) continue;
      let at = top.length;
      while (
        at > 0 &&
        (contribution[at - 1] < c || (contribution[at - 1] === c && v.ids[top[at - 1]] > v.ids[i]))
      ) {
        at--;
      }
      if (at >= k) continue;
      top.splice(at, 0, i);
      contribution.splice(at, 0, c);
      if (top.length > k) {
        top.pop();
        contribution.pop();
      }
    }
    return top;
  }
}

/** Squared norm of a slice of weights. */
export function normSq(weights: Float32Array, start: number, end: number): number {
  let sum = 0;
  for (let j = start; j < end; j++) sum += weights[j] * weights[j];
  return sum;
}

/**
 * The `k`-th largest of `values[0..length)` (1-based k ≤ length), found by quickselect on
 * `values`, which is reordered.
 */
export function kthLargest(values: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target];
  }
  return values[target];
}

/**
 * Marks the `k` heaviest of `weights[0..length)` in `keep` (1 = kept): all entries above the k-th
 * largest weight, then those equal to it in index order. Uses `scratch` (length ≥ `length`).
 */
export function markTop(
  weights: ArrayLike<number>,
  length: number,
  k: number,
  keep: Uint8Array,
  scratch: Float64Array,
): void {
  if (length <= k) {
    keep.fill(1, 0, length);
    return;
  }
  for (let i = 0; i < length; i++) scratch[i] = weights[i];
  const kth = kthLargest(scratch, length, k);
  let ties = k;
  for (let i = 0; i < length; i++) if (weights[i] > kth) ties--;
  for (let i = 0; i < length; i++) {
    const w = weights[i];
    keep[i] = w > kth || (w === kth && ties-- > 0) ? 1 : 0;
  }
}

/** Working arrays for `mergeTop`, grown on demand; one set per clusterer. */
export interface MergeScratch {
  ids: Int32Array;
  weights: Float64Array;
  select: Float64Array;
  keep: Uint8Array;
}

export function mergeScratch(size = 1024): MergeScratch {
  return {
    ids: new Int32Array(size),
    weights: new Float64Array(size),
    select: new Float64Array(size),
    keep: new Uint8Array(size),
  };
}

/**
 * Adds a sorted vector to a sorted slice and keeps the `cap` heaviest entries (ties by id).
 * The result is left in `scratch.ids` / `scratch.weights` (sorted by id); returns its length.
 */
export function mergeTop(
  v: PackedVector,
  ids: Int32Array,
  weights: Float32Array,
  start: number,
  end: number,
  cap: number,
  scratch: MergeScratch,
): number {
  const need = v.ids.length + end - start;
  if (scratch.ids.length < need) {
    const size = Math.max(need, scratch.ids.length * 2);
    scratch.ids = new Int32Array(size);
    scratch.weights = new Float64Array(size);
    scratch.select = new Float64Array(size);
    scratch.keep = new Uint8Array(size);
  }
  const outIds = scratch.ids;
  const outW = scratch.weights;
  const n = v.ids.length;
  let i = 0;
  let j = start;
  let m = 0;
  while (i < n || j < end) {
    const a = i < n ? v.ids[i] : 0;
    const b = j < end ? ids[j] : 0;
    if (j >= end || (i < n && a < b)) {
      outIds[m] = a;
      outW[m++] = v.weights[i++];
    } else if (i >= n || b < a) {
      outIds[m] = b;
      outW[m++] = weights[j++];
    } else {
      outIds[m] = a;
      outW[m++] = v.weights[i++] + weights[j++];
    }
  }
  if (m <= cap) return m;
  markTop(outW, m, cap, scratch.keep, scratch.select);
  let w = 0;
  for (let r = 0; r < m; r++) {
    if (scratch.keep[r] === 0) continue;
    outIds[w] = outIds[r];
    outW[w++] = outW[r];
  }
  return w;
}
