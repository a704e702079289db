// Monotone sentence alignment between two articles, scored by Dice overlap of content words.
// A sentence is a token set given as a sorted array of distinct token ids.

/** Sorted distinct ids of the given tokens, interning new tokens into `vocabulary`. */
export function tokenSet(tokens: Iterable<string>, vocabulary: Map<string, number>): Int32Array {
  const ids = new Set<number>();
  for (const t of tokens) {
    let id = vocabulary.get(t);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(t, id);
    }
    ids.add(id);
  }
  return Int32Array.from(ids).sort();
}

/** Number of values two sorted arrays of distinct values share. */
export function sharedCount(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/** Dice coefficient of two sorted id sets: 2|A∩B| / (|A| + |B|). */
export function dice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  return (2 * sharedCount(a, b)) / (a.length + b.length);
}

export interface SentencePair {
  /** Index into the first article's sentences. */
  i: number;
  /** Index into the second article's sentences. */
  j: number;
  score: number;
}

/**
 * Dice of every pair of sentences of `a` and `b` that share a token, as a dense |a|×|b| matrix
 * (row-major; 0 where they share none or either has fewer than `minTokens` tokens). Counts come
 * from an index of `b`'s tokens, so pairs sharing nothing cost nothing.
 */
export function diceMatrix(
  a: ReadonlyArray<Int32Array>,
  b: ReadonlyArray<Int32Array>,
  minTokens = 3,
): Float64Array {
  const n = a.length;
  const m = b.length;
  const scores = new Float64Array(n * m);
  const postings = new Map<number, number[]>();
  b.forEach((y, j) => {
    if (y.length < minTokens) return;
    for (const t of y) {
      const list = postings.get(t);
      if (list) list.push(j);
      else postings.set(t, [j]);
    }
  });
  const shared = new Int32Array(m);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x.length < minTokens) continue;
    for (const t of x) {
      for (const j of postings.get(t) ?? []) {
        if (shared[j]++ === 0) touched.push(j);
      }
    }
    for (const j of touched) {
      scores[i * m + j] = (2 * shared[j]) / (x.length + b[j].length);
      shared[j] = 0;
    }
    touched.length = 0;
  }
  return scores;
}

/**
 * Best order-preserving alignment: the set of sentence pairs with Dice ≥ `minScore`, no sentence
 * used twice and no crossing pairs (if i₁ < i₂ then j₁ < j₂), maximising the summed score —
 * a weighted longest-common-subsequence by dynamic programming, O(|a|·|b|). Sentences with
 * fewer than `minTokens` tokens are never aligned.
 */
export function alignSentences(
  a: ReadonlyArray<Int32Array>,
  b: ReadonlyArray<Int32Array>,
  minScore = 0.5,
  minTokens = 3,
): SentencePair[] {
  return alignScored(a.length, b.length, diceMatrix(a, b, minTokens), minScore);
}

/** `alignSentences` over an n×m matrix of pair scores (see `diceMatrix`). */
export function alignScored(n: number, m: number, scores: Float64Array, minScore: number): SentencePair[] {
  const cols = m + 1;
  const best = new Float64Array((n + 1) * cols);
  const pairScore = (i: number, j: number) => {
    const s = scores[i * m + j];
    return s >= minScore && s > 0 ? s : 0;
  };
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = pairScore(i - 1, j - 1);
      const diag = s > 0 ? best[(i - 1) * cols + (j - 1)] + s : 0;
      best[i * cols + j] = Math.max(best[(i - 1) * cols + j], best[i * cols + (j - 1)], diag);
    }
  }
  const pairs: SentencePair[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const here = best[i * cols + j];
    if (here === best[(i - 1) * cols + j]) i--;
    else if (here === best[i * cols + (j - 1)]) j--;
    else {
      pairs.push({ i: i - 1, j: j - 1, score: pairScore(i - 1, j - 1) });
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/**
 * Sentences of `a` with a near-identical sentence in `b` (Dice ≥ `minDice`), in any order, each
 * sentence used once: paragraphs two versions of one wire story share after being reordered.
 * `scores` is the |a|×|b| matrix of `diceMatrix(a, b)`, or with `transposed` that of `diceMatrix(b, a)`.
 */
export function matchSentences(
  n: number,
  m: number,
  scores: Float64Array,
  minDice: number,
  transposed = false,
): SentencePair[] {
  const used = new Uint8Array(m);
  const out: SentencePair[] = [];
  for (let i = 0; i < n; i++) {
    let best = -1;
    let bestScore = minDice;
    for (let j = 0; j < m; j++) {
      if (used[j]) continue;
      const d = transposed ? scores[j * n + i] : scores[i * m + j];
      if (d > 0 && d >= bestScore) [best, bestScore] = [j, d];
    }
    if (best < 0) continue;
    used[best] = 1;
    out.push({ i, j: best, score: bestScore });
  }
  return out;
}
