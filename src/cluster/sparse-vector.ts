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
