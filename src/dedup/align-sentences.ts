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
  const n = a.length;
  const m = b.length;
  const cols = m + 1;
  const best = new Float64Array((n + 1) * cols);
  const pairScore = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    if (a[i].length < minTokens) continue;
    for (let j = 0; j < m; j++) {
      if (b[j].length < minTokens) continue;
      const s = dice(a[i], b[j]);
      if (s >= minScore) pairScore[i * m + j] = s;
    }
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = pairScore[(i - 1) * m + (j - 1)];
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
      pairs.push({ i: i - 1, j: j - 1, score: pairScore[(i - 1) * m + (j - 1)] });
      i--;
      j--;
    }
  }
  return pairs.reverse();
}

/**
 * Sentences of `a` with a near-identical sentence in `b` (Dice ≥ `minDice`), in any order, each
 * sentence used once: paragraphs two versions of one wire story share after being reordered.
 */
export function matchSentences(
  a: Int32Array[],
  b: Int32Array[],
  minDice: number,
  minTokens: number,
): SentencePair[] {
  const used = new Set<number>();
  const out: SentencePair[] = [];
  a.forEach((x, i) => {
    if (x.length < minTokens) return;
    let best = -1;
    let bestScore = minDice;
    b.forEach((y, j) => {
      if (used.has(j) || y.length < minTokens) return;
      const d = dice(x, y);
      if (d >= bestScore) [best, bestScore] = [j, d];
    });
    if (best < 0) return;
    used.add(best);
    out.push({ i, j: best, score: bestScore });
  });
  return out;
}
