// MinHash signatures over word shingles, and LSH banding to find candidate near-duplicates.

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Murmur3 finaliser: spreads the bits of a 32-bit integer. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Lowercased words of a text with punctuation dropped (after Unicode NFKC normalisation). */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(WORD_RE) ?? [];
}

/**
 * Distinct hashes of the word `k`-shingles of a text (or of its already normalised words). A text
 * shorter than `k` words gives one shingle of all its words; an empty text gives none.
 */
export function shingleHashes(text: string | string[], k = 5): Uint32Array {
  const words = (typeof text === 'string' ? normalisedWords(text) : text).map(fnv1a32);
  const out = new Set<number>();
  const last = Math.max(0, words.length - k);
  for (let i = 0; i <= last && i < words.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + k, words.length); j++) h = Math.imul(h ^ words[j], 0x01000193);
    out.add(fmix32(h));
  }
  return Uint32Array.from(out);
}

/** Deterministic per-permutation seeds. */
function seeds(n: number, seed: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = fmix32(Math.imul(i + 1, 0x9e3779b1) ^ seed);
  return out;
}

/**
 * MinHash signature: for each of `numHashes` seeded permutations (x ↦ fmix32(x ⊕ seedᵢ)), the
 * minimum permuted shingle hash. An empty shingle set gives all 0xffffffff.
 */
export function minhashSignature(shingles: Uint32Array, numHashes = 128, seed = 0x5eed): Uint32Array {
  const s = seeds(numHashes, seed);
  const sig = new Uint32Array(numHashes).fill(0xffffffff);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j];
    for (let i = 0; i < numHashes; i++) {
      // fmix32 inlined: this loop dominates the cost of a signature.
      let h = x ^ s[i];
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * LSH band keys: the signature is cut into `bands` bands of `rows` values and each band is
 * hashed. Two documents sharing any key are candidates; with Jaccard J the chance of sharing at
 * least one key is 1 - (1 - J^rows)^bands.
 */
export function bandKeys(sig: Uint32Array, bands: number, rows: number): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands && (b + 1) * rows <= sig.length; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r], 0x01000193);
    let h2 = 0x9747b28c ^ b;
    for (let r = rows - 1; r >= 0; r--) h2 = fmix32(h2 ^ sig[b * rows + r]);
    keys.push(`${b}:${fmix32(h).toString(36)}:${h2.toString(36)}`);
  }
  return keys;
}
