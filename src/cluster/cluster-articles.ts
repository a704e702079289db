// Incremental story clustering.
//
// Every article becomes three tf-idf vectors (idf over the whole batch, sublinear tf): content-word
// stems (title words count extra), likely names plus any given entity keys, and numbers. Articles
// are processed in a canonical order (known publication date first, then id) so the result does
// not depend on input order. Each article looks up candidate stories through an inverted index of
// its heaviest terms and names (the `maxCandidates` stories sharing the most index keys; no scan
// of all stories), scores each candidate against the story centroids:
//
//   score = cos(terms) + nameWeight * cos(names/entities) + numberWeight * cos(numbers) - datePenalty
//
// and joins the best story scoring at least `threshold`, or starts a new story. An article's times
// are its publication date and the dates its text writes out with a year ("an April 2007
// shooting"); a story's are the publication dates of its dated articles and the written dates of
// its undated ones. The date penalty applies when both have times, and grows with the gap
// between the nearest two beyond a grace period: a follow-up that names the day of the event
// costs nothing, an undated article whose only dates are years away costs the most. Afterwards
// up to `refinePasses` passes move each article to a better-scoring candidate story (its own
// story scored without it), which repairs early decisions made against small, noisy centroids;
// an article left alone joins a story at `aloneRatio` of the threshold. Last, a story of at most
// `fragmentSize` articles whose centroid scores that much against a larger story is a fragment of
// it (the same event told from another side: the tremor felt in Dubai, the suspect's faith) and
// joins it.

import {
  byKey,
  type ClusterInput,
  canonicalOrder,
  combineScore,
  countInto,
  countTerms,
  datePenaltyForGap,
  MIN_CORPUS,
  parseTime,
  SCORE_DEFAULTS,
  type ScoreOptions,
  tfidf,
  withDefaults,
} from './profile.ts';
import { articleDates, spanGapDays, type TimeSpan } from './referenced-dates.ts';
import {
  addToCentroid,
  type Centroid,
  cosineToCentroid,
  emptyCentroid,
  type PackedVector,
  packUnit,
  topIds,
  topShared,
} from './sparse-vector.ts';

export type { ClusterInput } from './profile.ts';

export interface StoryCluster {
  id: string;
  articleIds: string[];
  /**
   * Per article (sorted by id): its score against the rest of the story (0 for a story of one),
   * the heaviest shared terms followed by shared numbers, and the heaviest shared names/entities.
   */
  explanation: Array<{ articleId: string; score: number; sharedTerms: string[]; sharedEntities: string[] }>;
}

/** The score settings (see `ScoreOptions`) plus the refine passes. */
export interface ClusterOptions extends ScoreOptions {
  /** Passes that move each article to its best-scoring story after the incremental pass. */
  refinePasses?: number;
  /**
   * In the refine passes, an article that is alone in its story joins the best candidate story
   * scoring at least this fraction of `threshold` (a near outlier of a story, rather than a story).
   */
  aloneRatio?: number;
  /**
   * After the refine passes, a story of at most this many articles joins a larger candidate story
   * when its centroid scores at least `aloneRatio` of `threshold` against it (0: never).
   */
  fragmentSize?: number;
}

const DEFAULTS: Required<ClusterOptions> = {
  ...SCORE_DEFAULTS,
  refinePasses: 2,
  aloneRatio: 0.7,
  fragmentSize: 3,
};

interface Prepared {
  id: string;
  /** The article's times: its publication time and the dates its text refers to. */
  spans: TimeSpan[];
  /** What the article adds to its story's times. */
  storySpans: TimeSpan[];
  terms: PackedVector;
  names: PackedVector;
  numbers: PackedVector;
  /** Index keys: the heaviest term and name ids. */
  keys: number[];
}

interface Story {
  members: number[];
  terms: Centroid;
  names: Centroid;
  numbers: Centroid;
  /** The times of its articles (see `Prepared.storySpans`). */
  spans: TimeSpan[];
}

/** Interns strings to small integers; `keys[id]` gives the string back. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }
}

/** Counts strings, then interns each distinct one (with a prefix) into the vocabulary. */
function internCounts(vocab: Vocabulary, prefix: string, counted: Map<string, number>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [k, c] of counted) out.set(vocab.id(prefix + k), c);
  return out;
}

// Vocabulary prefixes keep terms, names/entities and numbers apart in one id space.
const NAME = '\u0001';
const ENTITY = '\u0002';
const NUMBER = '\u0003';

function prepare(items: ClusterInput[], vocab: Vocabulary, o: Required<ClusterOptions>): Prepared[] {
  const stems = new Map<string, string>();
  const raw = items.map((item) => {
    const counts = countTerms(item, o.titleWeight, stems);
    const nameTf = internCounts(vocab, NAME, counts.names);
    for (const [e, c] of counts.entities) countInto(nameTf, [vocab.id(ENTITY + e)], c);
    return {
      item,
      tfs: [internCounts(vocab, '', counts.terms), nameTf, internCounts(vocab, NUMBER, counts.numbers)],
    };
  });
  const n = Math.max(raw.length, MIN_CORPUS);
  const df = new Map<number, number>();
  for (const r of raw) for (const tf of r.tfs) countInto(df, tf.keys());
  const weigh = (tf: Map<number, number>) => {
    const w = new Map<number, number>();
    for (const [k, c] of tf) w.set(k, tfidf(c, n, df.get(k) ?? 1));
    return packUnit(w);
  };
  return raw.map((r) => {
    const [terms, names, numbers] = r.tfs.map(weigh);
    return {
      id: r.item.id,
      ...articleSpans(r.item),
      terms,
      names,
      numbers,
      keys: [...topIds(terms, o.indexTerms), ...topIds(names, o.indexTerms)],
    };
  });
}

/** An article's times, and what it adds to a story's (its refs only when it has no date). */
function articleSpans(item: ClusterInput): { spans: TimeSpan[]; storySpans: TimeSpan[] } {
  const time = parseTime(item.published);
  const refs = articleDates(item);
  const own: TimeSpan[] = time === undefined ? [] : [[time, time]];
  return {
    spans: [...own, ...refs],
    storySpans: time === undefined ? refs : own,
  };
}

/** The penalty for the gap between the article's times and the nearest of the story's. */
function datePenalty(spans: TimeSpan[], story: TimeSpan[], o: Required<ClusterOptions>): number {
  if (spans.length === 0 || story.length === 0) return 0;
  let gap = Number.POSITIVE_INFINITY;
  for (const t of story) for (const a of spans) gap = Math.min(gap, spanGapDays(a, t));
  return datePenaltyForGap(gap, o);
}

/** Score of an article against a story; with `leaveOut` the article is a member and is left out. */
function score(a: Prepared, s: Story, o: Required<ClusterOptions>, leaveOut = false): number {
  let spans = s.spans;
  if (leaveOut && a.storySpans.length > 0) {
    spans = [...spans];
    for (const t of a.storySpans) spans.splice(spans.indexOf(t), 1);
  }
  return combineScore(
    cosineToCentroid(a.terms, s.terms, leaveOut),
    cosineToCentroid(a.names, s.names, leaveOut),
    cosineToCentroid(a.numbers, s.numbers, leaveOut),
    datePenalty(a.spans, spans, o),
    o,
  );
}

function addToStory(s: Story, a: Prepared, index: number): void {
  addToCentroid(s.terms, a.terms);
  addToCentroid(s.names, a.names);
  addToCentroid(s.numbers, a.numbers);
  s.members.push(index);
  s.spans.push(...a.storySpans);
}

function removeFromStory(s: Story, a: Prepared, index: number): void {
  addToCentroid(s.terms, a.terms, -1);
  addToCentroid(s.names, a.names, -1);
  addToCentroid(s.numbers, a.numbers, -1);
  s.members.splice(s.members.indexOf(index), 1);
  for (const t of a.storySpans) s.spans.splice(s.spans.indexOf(t), 1);
}

/**
 * Groups articles into stories. Deterministic: the same set of articles gives the same stories
 * in any input order. Story ids are `story-1`, `story-2`, … in canonical order of each story's
 * first article; article ids inside a story are sorted.
 */
export function clusterArticles(items: ClusterInput[], options: ClusterOptions = {}): StoryCluster[] {
  const o = withDefaults(DEFAULTS, options);
  if (items.length === 0) return [];
  const vocab = new Vocabulary();
  const prepared = prepare(canonicalOrder(items), vocab, o);
  const stories: Story[] = [];
  const index = new Map<number, number[]>();

  // Candidate stories: those sharing the most index keys with the article.
  const candidatesOf = (a: Prepared): number[] => {
    const hits = new Map<number, number>();
    for (const key of a.keys) for (const s of index.get(key) ?? []) hits.set(s, (hits.get(s) ?? 0) + 1);
    return [...hits]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, o.maxCandidates)
      .map(([s]) => s);
  };
  const indexStory = (a: Prepared, s: number) => {
    for (const key of a.keys) {
      const list = index.get(key);
      if (!list) index.set(key, [s]);
      else if (!list.includes(s)) list.push(s);
    }
  };
  const assignment: number[] = [];

  prepared.forEach((a, i) => {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of candidatesOf(a)) {
      const sc = score(a, stories[s], o);
      if (sc > bestScore) {
        best = s;
        bestScore = sc;
      }
    }
    if (best < 0 || bestScore < o.threshold) {
      best = stories.length;
      stories.push({
        members: [],
        terms: emptyCentroid(),
        names: emptyCentroid(),
        numbers: emptyCentroid(),
        spans: [],
      });
    }
    addToStory(stories[best], a, i);
    assignment[i] = best;
    indexStory(a, best);
  });

  for (let pass = 0; pass < o.refinePasses; pass++) {
    let moved = 0;
    prepared.forEach((a, i) => {
      const own = assignment[i];
      const ownStory = stories[own];
      let best = own;
      // an article alone needs less to join a story than to stay with one
      const bar = ownStory.members.length > 1 ? o.threshold : o.threshold * o.aloneRatio;
      let bestScore = ownStory.members.length > 1 ? score(a, ownStory, o, true) : bar;
      for (const s of candidatesOf(a)) {
        if (s === own || stories[s].members.length === 0) continue;
        const sc = score(a, stories[s], o);
        if (sc > bestScore && sc >= bar) {
          best = s;
          bestScore = sc;
        }
      }
      if (best === own) return;
      removeFromStory(ownStory, a, i);
      addToStory(stories[best], a, i);
      assignment[i] = best;
      indexStory(a, best);
      moved++;
    });
    if (moved === 0) break;
  }

  // Fragments, in story order: each scored as one article made of its centroid, against the larger
  // candidate stories of its members
  for (const s of stories) {
    const size = s.members.length;
    if (size < 2 || size > o.fragmentSize) continue;
    const whole: Prepared = {
      id: '',
      spans: s.spans,
      storySpans: s.spans,
      terms: packUnit(s.terms.weights),
      names: packUnit(s.names.weights),
      numbers: packUnit(s.numbers.weights),
      keys: [],
    };
    let best = -1;
    let bestScore = o.threshold * o.aloneRatio;
    for (const c of new Set(s.members.flatMap((m) => candidatesOf(prepared[m])))) {
      if (stories[c].members.length <= size) continue;
      const sc = score(whole, stories[c], o);
      if (sc >= bestScore) {
        best = c;
        bestScore = sc;
      }
    }
    if (best < 0) continue;
    for (const m of [...s.members]) {
      removeFromStory(s, prepared[m], m);
      addToStory(stories[best], prepared[m], m);
      assignment[m] = best;
      indexStory(prepared[m], best);
    }
  }

  // Name, entity and number keys carry a one-character kind prefix.
  const label = (id: number) => vocab.keys[id].slice(1);
  const kept = stories.filter((s) => s.members.length > 0);
  for (const s of kept) s.members.sort((x, y) => x - y);
  kept.sort((x, y) => x.members[0] - y.members[0]);
  return kept.map((s, si) => {
    const alone = s.members.length === 1;
    const explanation = s.members.map((i) => {
      const a = prepared[i];
      if (alone) return { articleId: a.id, score: 0, sharedTerms: [], sharedEntities: [] };
      // Leave-one-out: how strongly the article ties to the rest of its story.
      const sc = Math.max(0, score(a, s, o, true));
      const sharedTerms = [
        ...topShared(a.terms, s.terms, o.explainTop, true).map((id) => vocab.keys[id]),
        ...topShared(a.numbers, s.numbers, o.explainTop, true).map(label),
      ];
      const sharedEntities = topShared(a.names, s.names, o.explainTop, true).map(label);
      return { articleId: a.id, score: Math.round(sc * 1000) / 1000, sharedTerms, sharedEntities };
    });
    explanation.sort((x, y) => byKey(x.articleId, y.articleId));
    return { id: `story-${si + 1}`, articleIds: explanation.map((e) => e.articleId), explanation };
  });
}
