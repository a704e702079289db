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
// an article left alone joins a story at `aloneRatio` of the threshold.
//
// Nearest neighbours guard against the centroid's blind spot: a coherent story's centroid scores
// high against any article of the same kind (a second, years-apart emergency patch for the same
// browser; another running back put on injured reserve), while the article's own nearest
// articles are still those of its own event. So each article's `neighbours` nearest articles
// scoring at least `neighbourFloor` of the threshold (pairwise score, candidates from the
// articles sharing the most index keys; copies of one text count once) are computed first; in
// the incremental pass an article joins only a story holding one of them or a copy of it, else it
// starts a story. After the refine
// passes, two stories whose members often have each other as nearest neighbours (the number of
// such links, over `neighbours` times the geometric mean of the two sizes, at least
// `linkDensity`) are two parts of one story and merge, densest pair first; so do two linked
// stories published on the same days (publication dates within the grace period) whose centroids
// score at least the threshold against each other (two sides of one day's event: the star checks
// into one clinic, leaves it, checks into another). Then a story of at most
// `fragmentSize` articles whose centroid scores that much against a larger story is a fragment of
// it (the same event told from another side: the tremor felt in Dubai, the suspect's faith) and
// joins it. Last, an article left alone joins the story holding most (over half) of its nearest
// articles: a short or rambling text scores low against any centroid, but its nearest articles
// still say where it belongs.

import {
  byKey,
  type ClusterInput,
  canonicalOrder,
  combineScore,
  countInto,
  countTerms,
  DAY_MS,
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
  /** How many nearest articles each article keeps for the join guard and story merging (0: off). */
  neighbours?: number;
  /** A nearest article must score at least this fraction of `threshold` with the article. */
  neighbourFloor?: number;
  /** Nearest-neighbour link density at which two stories merge (see above). */
  linkDensity?: number;
}

const DEFAULTS: Required<ClusterOptions> = {
  ...SCORE_DEFAULTS,
  refinePasses: 2,
  aloneRatio: 0.7,
  fragmentSize: 3,
  neighbours: 5,
  neighbourFloor: 0.5,
  linkDensity: 0.3,
};

interface Prepared {
  id: string;
  /** The article's times: its publication time and the dates its text refers to. */
  spans: TimeSpan[];
  /** What the article adds to its story's times. */
  storySpans: TimeSpan[];
  /** Its publication time, when known. */
  time?: number;
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

/** How many index-sharing articles are scored when looking for an article's nearest ones. */
const NEIGHBOUR_POOL = 50;
/** Wording this close (term cosine) is a copy of the article, not a neighbour. */
const COPY_COSINE = 0.9;

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
      time: parseTime(r.item.published),
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

/**
 * Each article's `k` nearest articles by pairwise score (ties by index) that score at least
 * `neighbourFloor` of the threshold, among the articles that share the most index keys with it (at
 * most `pool` of them); and apart, its copies (wording cosine `COPY_COSINE` or more). Copies of
 * one text take one place among an article's nearest, and none among their own: ten syndicated
 * copies of one wire story would otherwise fill each other's lists and cut the wire story off from
 * the rest of its story.
 */
function nearestArticles(
  prepared: Prepared[],
  vocabSize: number,
  o: Required<ClusterOptions>,
  pool: number,
): { nearest: number[][]; copies: number[][] } {
  const k = o.neighbours;
  if (k <= 0) return { nearest: prepared.map(() => []), copies: prepared.map(() => []) };
  const postings = new Map<number, number[]>();
  prepared.forEach((a, i) => {
    for (const key of a.keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  // the article's weights spread over the vocabulary, for sparse dot products by lookup
  const dense = new Float64Array(vocabSize);
  const spread = (v: PackedVector, on: boolean) => {
    for (let q = 0; q < v.ids.length; q++) dense[v.ids[q]] = on ? v.weights[q] : 0;
  };
  const dot = (v: PackedVector) => {
    let sum = 0;
    for (let q = 0; q < v.ids.length; q++) sum += v.weights[q] * dense[v.ids[q]];
    return sum;
  };
  const shared = new Map<number, number>();
  const copies: number[][] = [];
  // each article's scored candidates, best first; its copies apart
  const ranked = prepared.map((a, i) => {
    shared.clear();
    for (const key of a.keys)
      for (const j of postings.get(key) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    const pooled = [...shared].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    for (const v of [a.terms, a.names, a.numbers]) spread(v, true);
    const own: number[] = [];
    const others: Array<[number, number]> = [];
    // copies (which share the most keys, so come first) do not count towards the pool
    for (let p = 0; p < pooled.length && others.length < pool && p < 4 * pool; p++) {
      const j = pooled[p][0];
      const b = prepared[j];
      const wording = dot(b.terms);
      if (wording >= COPY_COSINE) own.push(j);
      else
        others.push([
          j,
          combineScore(wording, dot(b.names), dot(b.numbers), datePenalty(a.spans, b.storySpans, o), o),
        ]);
    }
    for (const v of [a.terms, a.names, a.numbers]) spread(v, false);
    copies.push(own.sort((x, y) => x - y));
    return others.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  });
  // copies of one text are one neighbour: each group is represented by its first article
  const group = prepared.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i]));
  copies.forEach((list, i) => {
    for (const j of list) {
      const [x, y] = [root(i), root(j)];
      if (x !== y) group[Math.max(x, y)] = Math.min(x, y);
    }
  });
  const floor = o.threshold * o.neighbourFloor;
  const nearest = ranked.map((others, i) => {
    const seen = new Set([root(i)]);
    const out: number[] = [];
    for (const [j, sc] of others) {
      if (out.length >= k || sc < floor) break;
      if (seen.has(root(j))) continue;
      seen.add(root(j));
      out.push(j);
    }
    return out;
  });
  return { nearest, copies };
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
  const { nearest, copies } = nearestArticles(prepared, vocab.keys.length, o, NEIGHBOUR_POOL);
  // an article joins only a story that holds one of its nearest articles or a copy of it
  const holdsNeighbour = (i: number, s: number) =>
    o.neighbours <= 0 ||
    nearest[i].some((j) => assignment[j] === s) ||
    copies[i].some((j) => assignment[j] === s);

  prepared.forEach((a, i) => {
    let best = -1;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of candidatesOf(a)) {
      if (!holdsNeighbour(i, s)) continue;
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

  // A story scored as one article made of its centroid
  const whole = (s: Story): Prepared => ({
    id: '',
    spans: s.spans,
    storySpans: s.spans,
    terms: packUnit(s.terms.weights),
    names: packUnit(s.names.weights),
    numbers: packUnit(s.numbers.weights),
    keys: [],
  });
  // Stories densely linked by nearest-neighbour pairs merge, densest pair first (ties: lowest ids)
  const moveAll = (from: Story, to: number) => {
    for (const m of [...from.members]) {
      removeFromStory(from, prepared[m], m);
      addToStory(stories[to], prepared[m], m);
      assignment[m] = to;
      indexStory(prepared[m], to);
    }
  };
  // A story's publication times, sorted (cached until the story changes)
  const timesOf = new Map<number, number[]>();
  const storyTimes = (s: number): number[] => {
    let t = timesOf.get(s);
    if (!t) {
      t = [];
      for (const m of stories[s].members)
        if (prepared[m].time !== undefined) t.push(prepared[m].time as number);
      t.sort((a, b) => a - b);
      timesOf.set(s, t);
    }
    return t;
  };
  // Whether two stories have articles published within the grace period of each other
  const sameDays = (x: number, y: number): boolean => {
    const a = storyTimes(x);
    const b = storyTimes(y);
    const grace = o.dateGraceDays * DAY_MS;
    for (let p = 0, q = 0; p < a.length && q < b.length; ) {
      if (Math.abs(a[p] - b[q]) <= grace) return true;
      if (a[p] < b[q]) p++;
      else q++;
    }
    return false;
  };
  if (o.neighbours > 0 && o.linkDensity > 0) {
    const S = stories.length;
    // In rounds: count the links once, then merge pairs densest first while neither story has
    // changed this round (a changed story's links are counted again next round).
    for (;;) {
      const links = new Map<number, number>();
      nearest.forEach((list, i) => {
        for (const j of list) {
          const x = assignment[i];
          const y = assignment[j];
          if (x !== y) {
            const key = Math.min(x, y) * S + Math.max(x, y);
            links.set(key, (links.get(key) ?? 0) + 1);
          }
        }
      });
      const pairs: Array<[number, number]> = [];
      for (const [key, l] of links) {
        const x = Math.floor(key / S);
        const y = key % S;
        const d = l / (o.neighbours * Math.sqrt(stories[x].members.length * stories[y].members.length));
        if (d >= o.linkDensity) pairs.push([key, d]);
        else if (sameDays(x, y) && score(whole(stories[x]), stories[y], o) >= o.threshold)
          pairs.push([key, d]);
      }
      if (pairs.length === 0) break;
      pairs.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
      const changed = new Set<number>();
      for (const [key] of pairs) {
        const x = Math.floor(key / S);
        const y = key % S;
        if (changed.has(x) || changed.has(y)) continue;
        moveAll(stories[y], x);
        changed.add(x).add(y);
        timesOf.delete(x);
        timesOf.delete(y);
      }
    }
  }

  // Fragments, in story order: each scored as one article made of its centroid, against the larger
  // candidate stories of its members
  for (const s of stories) {
    const size = s.members.length;
    if (size < 2 || size > o.fragmentSize) continue;
    let best = -1;
    let bestScore = o.threshold * o.aloneRatio;
    for (const c of new Set(s.members.flatMap((m) => candidatesOf(prepared[m])))) {
      if (stories[c].members.length <= size) continue;
      const sc = score(whole(s), stories[c], o);
      if (sc >= bestScore) {
        best = c;
        bestScore = sc;
      }
    }
    if (best < 0) continue;
    moveAll(s, best);
  }

  // An article left alone joins the story holding over half of its nearest articles (ties: lowest id)
  if (o.neighbours > 0) {
    const moves: Array<[number, number]> = [];
    prepared.forEach((_, i) => {
      if (stories[assignment[i]].members.length > 1) return;
      const votes = new Map<number, number>();
      for (const j of nearest[i]) votes.set(assignment[j], (votes.get(assignment[j]) ?? 0) + 1);
      let best = -1;
      let most = 0;
      for (const [s, v] of votes) if (v > most || (v === most && s < best)) [best, most] = [s, v];
      if (2 * most > o.neighbours) moves.push([i, best]);
    });
    for (const [i, s] of moves) {
      removeFromStory(stories[assignment[i]], prepared[i], i);
      addToStory(stories[s], prepared[i], i);
      assignment[i] = s;
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
