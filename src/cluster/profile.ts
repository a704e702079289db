// What the batch clusterer (cluster-articles.ts) and the streaming clusterer (stream.ts) share:
// the article input, how an article is counted into terms, names/entities and numbers, the tf-idf
// weight, the canonical order, and the story score with its date penalty:
//
//   score = cos(terms) + nameWeight * cos(names/entities) + numberWeight * cos(numbers) - datePenalty

import { profileText } from './terms.ts';

export interface ClusterInput {
  id: string;
  text: string;
  title?: string;
  /** ISO date or date-time. */
  published?: string;
  /** Normalised entity keys, optional. */
  entities?: string[];
}

/** Settings of the story score and of candidate retrieval, shared by both clusterers. */
export interface ScoreOptions {
  /** Minimum score for an article to join an existing story. */
  threshold?: number;
  /** How many of an article's heaviest terms go into the candidate index. */
  indexTerms?: number;
  /** How many candidate stories (those sharing the most index keys) are scored per article. */
  maxCandidates?: number;
  /** How many times title words count relative to body words. */
  titleWeight?: number;
  /** Weight of the names/entities cosine in the score. */
  nameWeight?: number;
  /** Weight of the numbers cosine in the score. */
  numberWeight?: number;
  /** Date gaps up to this many days cost nothing. */
  dateGraceDays?: number;
  /** Beyond the grace period the penalty grows linearly, reaching its maximum after this many days. */
  dateRampDays?: number;
  /** Largest penalty for a date gap. */
  maxDatePenalty?: number;
  /** How many shared terms/entities to list per article in the explanation. */
  explainTop?: number;
}

export const SCORE_DEFAULTS: Required<ScoreOptions> = {
  threshold: 0.35,
  indexTerms: 20,
  maxCandidates: 5,
  titleWeight: 2,
  nameWeight: 0.2,
  numberWeight: 0.1,
  dateGraceDays: 3,
  dateRampDays: 30,
  maxDatePenalty: 0.3,
  explainTop: 8,
};

export const DAY_MS = 86_400_000;

/**
 * A small batch gives no useful document frequencies: words of one article would outweigh those
 * all share. Idf assumes at least this many documents, which flattens it for small batches only.
 */
export const MIN_CORPUS = 200;

/** Options with the defaults filled in; options given as `undefined` keep their default. */
export function withDefaults<T extends object>(defaults: Required<T>, options: T): Required<T> {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  return { ...defaults, ...given };
}

export function parseTime(published: string | undefined): number | undefined {
  if (!published) return undefined;
  const t = Date.parse(published);
  return Number.isNaN(t) ? undefined : t;
}

export const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Known publication date first (oldest first), then undated; ties by id, then text. */
export function canonicalOrder<T extends ClusterInput>(items: T[]): T[] {
  return items
    .map((item) => ({ item, time: parseTime(item.published) }))
    .sort((x, y) => {
      if (x.time !== undefined && y.time !== undefined && x.time !== y.time) return x.time - y.time;
      if ((x.time === undefined) !== (y.time === undefined)) return x.time === undefined ? 1 : -1;
      return byKey(x.item.id, y.item.id) || byKey(x.item.text, y.item.text);
    })
    .map((x) => x.item);
}

export function countInto<K>(into: Map<K, number>, keys: Iterable<K>, weight = 1): Map<K, number> {
  for (const k of keys) into.set(k, (into.get(k) ?? 0) + weight);
  return into;
}

/** Raw counts of one article, keyed by string, in order of first appearance. */
export interface TermCounts {
  /** Content-word stems; title words count `titleWeight` times. */
  terms: Map<string, number>;
  /** Likely names (lowercased). */
  names: Map<string, number>;
  /** Given entity keys; they share the names vector, under their own keys. */
  entities: Map<string, number>;
  /** Normalised numbers. */
  numbers: Map<string, number>;
}

/**
 * Counts an article. The title is profiled with the body (so its names are recognised in
 * context), and its terms are then counted `titleWeight - 1` more times. Pass the same `stems`
 * map across calls to reuse stemming work.
 */
export function countTerms(item: ClusterInput, titleWeight: number, stems?: Map<string, string>): TermCounts {
  const full = profileText(item.title ? `${item.title}\n\n${item.text}` : item.text, stems);
  const titleTerms = item.title ? profileText(item.title, stems).terms : [];
  return {
    terms: countInto(countInto(new Map(), full.terms), titleTerms, titleWeight - 1),
    names: countInto(new Map(), full.names),
    entities: countInto(new Map(), item.entities ?? []),
    numbers: countInto(new Map(), full.numbers),
  };
}

/** Sublinear tf times idf, for a key seen `count` times in an article and in `df` of `n` documents. */
export function tfidf(count: number, n: number, df: number): number {
  return (1 + Math.log(count)) * Math.log(1 + n / df);
}

/** The penalty for `gapDays` between an article and the nearest dated article of a story. */
export function datePenaltyForGap(gapDays: number, o: Required<ScoreOptions>): number {
  const over = Math.max(0, gapDays - o.dateGraceDays);
  return o.maxDatePenalty * Math.min(1, over / Math.max(o.dateRampDays, 1e-9));
}

/** The story score from its parts (the three cosines and the date penalty). */
export function combineScore(
  terms: number,
  names: number,
  numbers: number,
  penalty: number,
  o: Required<ScoreOptions>,
): number {
  return terms + o.nameWeight * names + o.numberWeight * numbers - penalty;
}
