// Near-duplicate (copy) and rewrite detection.
//
// Candidates. Two indexes propose pairs; nothing compares all pairs:
//  1. MinHash LSH: 128 MinHash values over word 5-shingles of the lowercased, punctuation-free
//     text, cut into 32 bands of 4 rows. Pairs sharing a band are candidates (catches copies:
//     a pair with Jaccard 0.5 is proposed with probability 0.87, 0.8 with probability ~1).
//  2. A rare-term index, for rewrites whose shingles barely overlap: each article is indexed
//     under its rarest content stems and numbers that occur in at least 2 and at most `rareMaxDf`
//     articles (global order: document frequency, then the term, so two articles pick the same
//     terms). Pairs sharing at least `minSharedRareTerms` of them are candidates.
//
// Verification of each candidate pair, on the exact overlap of the two shingle sets (the MinHash
// estimate only proposes candidates: with 128 values its standard error, about 0.04 at Jaccard 0.7,
// is as wide as the margins below, so a verdict on the estimate would depend on hash luck):
//  - copy-of: shingle Jaccard ≥ `copyJaccard`, or the smaller shingle set is at least
//    `copyContainment` contained in the larger one (a copy with extra boilerplate) while the
//    Jaccard is at least `copyMinJaccard`;
//  - rewrite-of: otherwise, when a monotone sentence alignment (Dice ≥ `sentenceDice` on content
//    stems and numbers) covers at least `minAlignedShare` of the shorter article's sentences and
//    at least `minAlignedSentences` sentences; or, for versions of one story (a wire story and its
//    update, paragraphs reordered), when at least `minVersionSentences` sentences and
//    `minVersionShare` of the shorter article's sentences have a near-identical sentence (Dice ≥
//    `versionDice`) in the other, in any order.
//
// Direction (derived → original), first signal wins:
//  1. exactly one of the two declares an original source ("Original source:", "originally
//     published", "first appeared in", "reprinted from", a "Source:" line) — it is the derived one;
//  2. one is longer by at least 10% and 15 words (extra headline, boilerplate or padding) — the
//     longer one is derived;
//  3. otherwise the article with the greater id is taken as derived, and the evidence says so.

import { profileText } from '../cluster/terms.ts';
import { alignScored, diceMatrix, matchSentences, sharedCount, tokenSet } from './align-sentences.ts';
import { bandKeys, minhashSignature, normalisedWords, shingleHashes } from './minhash.ts';
import { splitSentences } from './sentences.ts';

export interface DedupInput {
  id: string;
  text: string;
  /** [start, end) offsets into `text`; when absent, sentences are split on punctuation and newlines. */
  sentences?: Array<[number, number]>;
  /** The article names its original source (extraction removes that line from the text). */
  declaresOriginal?: boolean;
}

export interface DuplicateLink {
  /** The derived article. */
  articleId: string;
  kind: 'copy-of' | 'rewrite-of';
  /** The article it copies or rewrites. */
  target: string;
  /** copy-of: shingle Jaccard; rewrite-of: share of the shorter article's sentences aligned. */
  similarity: number;
  /** Short human-readable reason, e.g. "12 of 14 sentences align; Jaccard 0.91". */
  evidence: string;
  /** Aligned sentence spans: `a` in the derived article, `b` in the target. */
  alignedSentences?: Array<{ a: [number, number]; b: [number, number]; score: number }>;
}

export interface DedupOptions {
  /** MinHash values per signature. */
  numHashes?: number;
  /** Words per shingle. */
  shingleSize?: number;
  /** LSH bands; rows per band = numHashes / bands. */
  bands?: number;
  copyJaccard?: number;
  copyContainment?: number;
  copyMinJaccard?: number;
  /** Minimum Dice between two sentences' content words to align them. */
  sentenceDice?: number;
  minAlignedShare?: number;
  minAlignedSentences?: number;
  /** Versions of one story: Dice for two sentences to count as the same sentence, in any order. */
  versionDice?: number;
  /** Versions of one story: shared sentences needed, and their share of the shorter article. */
  minVersionSentences?: number;
  minVersionShare?: number;
  /** Sentences with fewer content tokens are not aligned and not counted. */
  minSentenceTokens?: number;
  /** Largest document frequency of an index term; default max(8, √n). */
  rareMaxDf?: number;
  /** Index terms per article. */
  rareTermsPerArticle?: number;
  minSharedRareTerms?: number;
}

const DEFAULTS: Required<Omit<DedupOptions, 'rareMaxDf'>> = {
  numHashes: 128,
  shingleSize: 5,
  bands: 32,
  copyJaccard: 0.8,
  copyContainment: 0.9,
  copyMinJaccard: 0.4,
  sentenceDice: 0.55,
  minAlignedShare: 0.6,
  minAlignedSentences: 3,
  versionDice: 0.8,
  minVersionSentences: 5,
  minVersionShare: 0.4,
  minSentenceTokens: 3,
  rareTermsPerArticle: 40,
  minSharedRareTerms: 3,
};

/** Sentences long enough to be aligned. */
const eligibleCount = (sentences: Int32Array[], o: { minSentenceTokens: number }) =>
  sentences.filter((t) => t.length >= o.minSentenceTokens).length;

const DECLARES_ORIGINAL_RE =
  /\boriginal(?:ly)?\s+(?:source|published|posted|appeared)\b|\b(?:first\s+(?:published|appeared)|republished|reprinted)\s+(?:in|on|at|from|by|with)\b|^\s*source\s*:/im;

interface Article {
  id: string;
  text: string;
  spans: Array<[number, number]>;
  /** Per sentence: sorted ids of its content stems and numbers. */
  sentenceTokens: Int32Array[];
  /** Content stems (3+ letters) and numbers (2+ characters) of the whole text, for the rare-term index. */
  indexTerms: Set<string>;
  /** Distinct shingle hashes, sorted. */
  shingles: Uint32Array;
  signature: Uint32Array;
  words: number;
  declaresOriginal: boolean;
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function validSpans(text: string, spans: Array<[number, number]> | undefined): Array<[number, number]> {
  if (!spans) return splitSentences(text);
  return spans.filter(
    ([s, e]) => Number.isInteger(s) && Number.isInteger(e) && s >= 0 && e > s && e <= text.length,
  );
}

function candidatePairs(articles: Article[], o: Required<DedupOptions>): Map<number, Set<number>> {
  const pairs = new Map<number, Set<number>>();
  const add = (x: number, y: number) => {
    if (x === y || articles[x].id === articles[y].id) return;
    const [i, j] = x < y ? [x, y] : [y, x];
    const set = pairs.get(i);
    if (set) set.add(j);
    else pairs.set(i, new Set([j]));
  };

  // 1. LSH buckets over MinHash bands.
  const rows = Math.max(1, Math.floor(o.numHashes / o.bands));
  const buckets = new Map<string, number[]>();
  articles.forEach((a, i) => {
    if (a.shingles.length === 0) return;
    for (const key of bandKeys(a.signature, o.bands, rows)) {
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  for (const list of buckets.values())
    for (let x = 1; x < list.length; x++) for (let y = 0; y < x; y++) add(list[y], list[x]);

  // 2. Rare-term index.
  const stemSets = articles.map((a) => a.indexTerms);
  const df = new Map<string, number>();
  for (const set of stemSets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const postings = new Map<string, number[]>();
  stemSets.forEach((set, i) => {
    const picked = [...set]
      .filter((t) => {
        const f = df.get(t) ?? 0;
        return f >= 2 && f <= o.rareMaxDf;
      })
      .sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || byId(x, y))
      .slice(0, o.rareTermsPerArticle);
    for (const t of picked) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const shared = new Map<number, number>();
  const n = articles.length;
  for (const list of postings.values()) {
    for (let x = 1; x < list.length; x++) {
      for (let y = 0; y < x; y++) {
        const key = list[y] * n + list[x];
        const c = (shared.get(key) ?? 0) + 1;
        shared.set(key, c);
        if (c >= o.minSharedRareTerms) add(list[y], list[x]);
      }
    }
  }
  return pairs;
}

/** Decides which of two articles is derived from the other, and why. */
function direction(x: Article, y: Article): { derived: Article; original: Article; reason: string } {
  if (x.declaresOriginal !== y.declaresOriginal) {
    const [derived, original] = x.declaresOriginal ? [x, y] : [y, x];
    return { derived, original, reason: `${derived.id} declares an original source` };
  }
  const [longer, shorter] = x.words >= y.words ? [x, y] : [y, x];
  if (longer.words >= shorter.words * 1.1 && longer.words - shorter.words >= 15) {
    return {
      derived: longer,
      original: shorter,
      reason: `${longer.id} is longer (${longer.words} vs ${shorter.words} words)`,
    };
  }
  const [derived, original] = byId(x.id, y.id) > 0 ? [x, y] : [y, x];
  return { derived, original, reason: 'no direction signal; the greater id is taken as derived' };
}

/**
 * Finds copies and rewrites among articles. Each linked pair gives one link from the derived
 * article to its original. Output is sorted by articleId, then target, and does not depend on the
 * input order.
 */
export function findDuplicates(items: DedupInput[], options: DedupOptions = {}): DuplicateLink[] {
  const sorted = [...items].sort((a, b) => byId(a.id, b.id) || byId(a.text, b.text));
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const o: Required<DedupOptions> = {
    ...DEFAULTS,
    rareMaxDf: Math.max(8, Math.round(Math.sqrt(sorted.length))),
    ...given,
  };
  const vocabulary = new Map<string, number>();
  const stems = new Map<string, string>();
  const articles: Article[] = sorted.map((item) => {
    const words = normalisedWords(item.text);
    const shingles = shingleHashes(words, o.shingleSize).sort();
    const spans = validSpans(item.text, item.sentences);
    const indexTerms = new Set<string>();
    const sentenceTokens = spans.map(([s, e]) => {
      const p = profileText(item.text.slice(s, e), stems);
      for (const t of p.terms) if (t.length >= 3) indexTerms.add(t);
      for (const t of p.numbers) if (t.length >= 2) indexTerms.add(t);
      return tokenSet([...p.terms, ...p.numbers], vocabulary);
    });
    return {
      id: item.id,
      text: item.text,
      spans,
      sentenceTokens,
      indexTerms,
      shingles,
      signature: minhashSignature(shingles, o.numHashes),
      words: words.length,
      declaresOriginal: item.declaresOriginal ?? DECLARES_ORIGINAL_RE.test(item.text),
    };
  });

  const links: DuplicateLink[] = [];
  const pairs = candidatePairs(articles, o);
  for (const i of [...pairs.keys()].sort((x, y) => x - y)) {
    for (const j of [...(pairs.get(i) ?? [])].sort((x, y) => x - y)) {
      const x = articles[i];
      const y = articles[j];
      const inter = sharedCount(x.shingles, y.shingles);
      const union = x.shingles.length + y.shingles.length - inter;
      const jaccard = union === 0 ? 0 : inter / union;
      const containment = inter / Math.max(1, Math.min(x.shingles.length, y.shingles.length));
      const tx = x.sentenceTokens;
      const ty = y.sentenceTokens;
      const scores = diceMatrix(tx, ty, o.minSentenceTokens);
      const aligned = alignScored(tx.length, ty.length, scores, o.sentenceDice);
      const [eligibleX, eligibleY] = [eligibleCount(tx, o), eligibleCount(ty, o)];
      const eligible = Math.min(eligibleX, eligibleY);
      const share = eligible === 0 ? 0 : aligned.length / eligible;

      const isCopy =
        jaccard >= o.copyJaccard || (containment >= o.copyContainment && jaccard >= o.copyMinJaccard);
      const isRewrite = !isCopy && aligned.length >= o.minAlignedSentences && share >= o.minAlignedShare;
      // versions of one story (a wire story's updates): many sentences word for word, reordered
      const xShorter = eligibleX <= eligibleY;
      const m = ty.length;
      const same =
        isCopy || isRewrite
          ? []
          : xShorter
            ? matchSentences(tx.length, m, scores, o.versionDice)
            : matchSentences(m, tx.length, scores, o.versionDice, true);
      const isVersion =
        same.length >= o.minVersionSentences && same.length / Math.max(1, eligible) >= o.minVersionShare;
      if (!isCopy && !isRewrite && !isVersion) continue;

      const { derived, original, reason } = direction(x, y);
      const flip = derived !== x;
      // pairs as (sentence of x, sentence of y)
      const pairsXY = isVersion
        ? same.map((p) => (xShorter ? p : { i: p.j, j: p.i, score: p.score }))
        : aligned;
      const alignedSentences = pairsXY.map((p) => {
        const spanX = x.spans[p.i];
        const spanY = y.spans[p.j];
        return { a: flip ? spanY : spanX, b: flip ? spanX : spanY, score: round(p.score) };
      });
      const sentences = `${aligned.length} of ${eligible} sentences align`;
      const overlap = `Jaccard ${jaccard.toFixed(2)}, containment ${containment.toFixed(2)}`;
      links.push({
        articleId: derived.id,
        kind: isCopy ? 'copy-of' : 'rewrite-of',
        target: original.id,
        similarity: round(isCopy ? jaccard : isVersion ? same.length / Math.max(1, eligible) : share),
        evidence: isCopy
          ? `${overlap}; ${sentences}; ${reason}`
          : isVersion
            ? `${same.length} of ${eligible} sentences appear nearly word for word in both, in another order (versions of one story); ${overlap}; ${reason}`
            : `${sentences} in order; ${overlap}; ${reason}`,
        alignedSentences,
      });
    }
  }
  return links.sort((p, q) => byId(p.articleId, q.articleId) || byId(p.target, q.target));
}
