// Streaming story clustering: articles arrive one at a time and each is assigned at once, with
// memory bounded by the stories active in a time window, not by the articles seen.
//
// An article is counted as the batch clusterer (cluster-articles.ts) counts it: content-word stems
// (title words count extra), likely names plus given entity keys, and numbers. Keys are hashed to
// 32-bit ids (no vocabulary of strings is kept); an article's own keys name its shared terms in
// the explanation. The three tf-idf vectors take their idf from running document frequencies (a
// table of counts per hashed key, with the same small-corpus floor as the batch). Candidate
// stories come from an inverted index of the article's heaviest terms and names, and are scored
// with the batch formula:
//
//   score = cos(terms) + nameWeight * cos(names/entities) + numberWeight * cos(numbers) - datePenalty
//
// The article joins the best candidate scoring at least `threshold`, or starts a new story.
//
// Memory: a story keeps compact centroids (its `centroidTerms` / `centroidNames` /
// `centroidNumbers` heaviest entries, sorted by id, Float32 weights, on one buffer) and the span
// of its publication times. The index maps each key to the stories indexed under it (the keys of
// their articles), in one Int32 arena; candidate search reads the newest `maxPostings` entries of
// each key, so a common key costs no more than a rare one. Stories not updated within
// `windowDays` of the newest publication time seen leave the index: every quarter window the
// index is rebuilt without them (also whenever lists that grew and moved have left half of the
// arena empty) and their memory is freed. No article text or vector is kept after its
// assignment; the story of each article is kept as one Int32 per article, in arrival order. So
// memory grows with the stories and keys active in the window, with the distinct keys seen (their
// document frequencies) and by 4 bytes per article, not with the articles' texts.
//
// Differences from the batch clusterer, by design: no refine passes (nothing of past articles is
// kept to revisit); idf as of each article's arrival; truncated centroids; the date penalty uses
// the gap between the article's times (publication date and dates written in its text) and the
// span [first, last] of the story's publication dates (the same as the nearest dated article when
// articles arrive in date order); an undated article's written dates do not widen the span.

import {
  type ClusterInput,
  combineScore,
  countTerms,
  DAY_MS,
  datePenaltyForGap,
  MIN_CORPUS,
  parseTime,
  SCORE_DEFAULTS,
  type ScoreOptions,
  type TermCounts,
  tfidf,
  withDefaults,
} from './profile.ts';
import { articleDates, spanGapDays, type TimeSpan } from './referenced-dates.ts';
import {
  type MergeScratch,
  markTop,
  mergeScratch,
  mergeTop,
  normSq,
  type PackedVector,
  selfDot,
  VectorLookup,
} from './sparse-vector.ts';

export interface StreamOptions extends ScoreOptions {
  /** Stories not updated within this many days of the newest publication time leave the index. */
  windowDays?: number;
  /** How many of its heaviest terms a story centroid keeps. */
  centroidTerms?: number;
  /** How many of its heaviest names/entities a story centroid keeps. */
  centroidNames?: number;
  /** How many of its heaviest numbers a story centroid keeps. */
  centroidNumbers?: number;
  /** How many entries of each index key (the newest first) are read to find candidates. */
  maxPostings?: number;
  /** List the shared terms and entities of each assignment. */
  explain?: boolean;
}

const DEFAULTS: Required<StreamOptions> = {
  ...SCORE_DEFAULTS,
  windowDays: 30,
  centroidTerms: 150,
  centroidNames: 40,
  centroidNumbers: 20,
  maxPostings: 64,
  explain: true,
};

/** Counts of one kind of key, sorted by hashed id. */
export interface KeyCounts {
  /** Hashed key ids, ascending and distinct. */
  ids: Int32Array;
  counts: Float64Array;
  /** The key behind each id (the first one met, should two keys of the article share an id). */
  labels: string[];
}

/** An article ready for assignment: the "annotation" of the streaming clusterer. */
export interface ArticleProfile {
  id: string;
  /** Publication time, ms since the epoch. */
  time?: number;
  /** Dates the text refers to (see `referencedSpans`). */
  refs?: TimeSpan[];
  terms: KeyCounts;
  /** Names and entity keys. */
  names: KeyCounts;
  numbers: KeyCounts;
}

export interface StreamAssignment {
  articleId: string;
  /** `story-N`, N counting stories from 1 in order of their first article. */
  storyId: string;
  /** The story's number (0-based): `storyId` is `story-${story + 1}`. */
  story: number;
  /** True when the article started the story. */
  isNew: boolean;
  /** Score against the story joined, before the article was added (0 when it started the story). */
  score: number;
  /** The parts of that score. */
  parts?: { terms: number; names: number; numbers: number; datePenalty: number };
  /** How many candidate stories were scored. */
  candidates: number;
  /** The heaviest terms shared with the story joined, followed by shared numbers. */
  sharedTerms: string[];
  /** The heaviest names/entities shared with the story joined. */
  sharedEntities: string[];
  /** When the article started a story: the best candidate, which scored below the threshold. */
  nearest?: { storyId: string; score: number };
}

export interface StreamStats {
  articles: number;
  /** Stories started so far. */
  stories: number;
  /** Stories in the candidate index (updated within the window, or not yet swept). */
  activeStories: number;
  indexKeys: number;
  postings: number;
  /** Distinct hashed keys with a document frequency. */
  dfKeys: number;
  /** Entries held by the active stories' centroids. */
  centroidEntries: number;
  /** Index entries read to find candidates, over all articles so far. */
  postingVisits: number;
  /** Articles in the largest active story. */
  largestStory: number;
  /** Bytes held by the clusterer (typed arrays exactly, objects estimated). */
  indexBytes: number;
  bytesPerArticle: number;
  /** `indexBytes` by part: the frequency table, the candidate index, the stories, the assignments. */
  bytes: { frequencies: number; index: number; stories: number; assignments: number };
}

export interface StreamClusterer {
  /** Assigns one article (its text, or a profile from `profileArticle` / `profileCounts`). */
  add(article: ClusterInput | ArticleProfile): StreamAssignment;
  stats(): StreamStats;
  /** The story number of every article so far, in arrival order (a view; copy it to keep it). */
  assignments(): Int32Array;
}

// Hash seeds keep terms, names, entities and numbers apart in one id space.
const TERM_SEED = 0x1b873593;
const NAME_SEED = 0x5bd1e995;
const ENTITY_SEED = 0x27d4eb2f;
const NUMBER_SEED = 0x165667b1;

/** A 32-bit hash of a string (FNV-1a with a final avalanche); never 0. */
export function hashKey(key: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h === 0 ? 1 : h;
}

const SPLIT = 2 ** 21;

/** Positions ordered by (id, position). */
function orderById(ids: Int32Array): ArrayLike<number> {
  if (ids.length >= SPLIT) return Array.from(ids.keys()).sort((x, y) => ids[x] - ids[y] || x - y);
  // (id, position) packed in one number, exact below 2^52: a numeric sort orders them
  const packed = new Float64Array(ids.length);
  for (let i = 0; i < ids.length; i++) packed[i] = ids[i] * SPLIT + i;
  packed.sort();
  for (let j = 0; j < packed.length; j++) packed[j] -= Math.floor(packed[j] / SPLIT) * SPLIT;
  return packed;
}

function hashCounts(groups: Array<[Map<string, number>, number]>): KeyCounts {
  const labels: string[] = [];
  const counts: number[] = [];
  let size = 0;
  for (const [map] of groups) size += map.size;
  const hashed = new Int32Array(size);
  for (const [map, seed] of groups) {
    for (const [k, c] of map) {
      hashed[labels.length] = hashKey(k, seed);
      labels.push(k);
      counts.push(c);
    }
  }
  const order = orderById(hashed);
  const out: KeyCounts = { ids: new Int32Array(size), counts: new Float64Array(size), labels: [] };
  let n = 0;
  for (let j = 0; j < size; j++) {
    const i = order[j];
    if (n > 0 && out.ids[n - 1] === hashed[i]) {
      out.counts[n - 1] += counts[i];
      continue;
    }
    out.ids[n] = hashed[i];
    out.counts[n] = counts[i];
    out.labels.push(labels[i]);
    n++;
  }
  if (n < size) {
    out.ids = out.ids.slice(0, n);
    out.counts = out.counts.slice(0, n);
  }
  return out;
}

/** A profile from raw counts (see `countTerms`), with `time` in ms since the epoch. */
export function profileCounts(
  id: string,
  time: number | undefined,
  counts: TermCounts,
  refs: TimeSpan[] = [],
): ArticleProfile {
  return {
    id,
    time,
    refs,
    terms: hashCounts([[counts.terms, TERM_SEED]]),
    names: hashCounts([
      [counts.names, NAME_SEED],
      [counts.entities, ENTITY_SEED],
    ]),
    numbers: hashCounts([[counts.numbers, NUMBER_SEED]]),
  };
}

/**
 * Profiles an article: what the streaming clusterer needs of it, with no text. `titleWeight` as in
 * the options (default 2); pass the same `stems` map across calls to reuse stemming work.
 */
export function profileArticle(
  item: ClusterInput,
  options: { titleWeight?: number } = {},
  stems?: Map<string, string>,
): ArticleProfile {
  const titleWeight = options.titleWeight ?? SCORE_DEFAULTS.titleWeight;
  const refs = articleDates(item);
  return profileCounts(item.id, parseTime(item.published), countTerms(item, titleWeight, stems), refs);
}

/**
 * An open-addressing table (linear probing, at most 80% full, grown by a quarter) from nonzero
 * Int32 keys to Int32 values, in one typed array of (key, value) pairs; key 0 marks a free slot.
 * Keys are hashes already, so a key's high bits give its home slot (any table size works).
 */
class IntTable {
  /** `cells[2 * slot]` is the key, `cells[2 * slot + 1]` its value. */
  cells: Int32Array;
  size = 0;

  constructor(capacity = 1024) {
    this.cells = new Int32Array(Math.max(16, Math.ceil(capacity)) * 2);
  }

  get capacity(): number {
    return this.cells.length >>> 1;
  }

  private home(key: number): number {
    return Math.floor(((key >>> 0) * this.capacity) / 4294967296);
  }

  /** Index in `cells` of the key's value, or -1. */
  find(key: number): number {
    const capacity = this.capacity;
    for (let slot = this.home(key); ; slot = slot + 1 === capacity ? 0 : slot + 1) {
      const k = this.cells[2 * slot];
      if (k === key) return 2 * slot + 1;
      if (k === 0) return -1;
    }
  }

  /** Index in `cells` of the key's value, inserting the key with value `initial` when absent. */
  at(key: number, initial: number): number {
    let capacity = this.capacity;
    let slot = this.home(key);
    for (;;) {
      const k = this.cells[2 * slot];
      if (k === key) return 2 * slot + 1;
      if (k === 0) break;
      slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    if ((this.size + 1) * 5 > capacity * 4) {
      this.rehash(Math.ceil(capacity * 1.25));
      capacity = this.capacity;
      slot = this.home(key);
      while (this.cells[2 * slot] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
    }
    this.cells[2 * slot] = key;
    this.cells[2 * slot + 1] = initial;
    this.size++;
    return 2 * slot + 1;
  }

  /** Makes the table about 70% full when it is much emptier. */
  shrink(): void {
    if (this.size * 2 < this.capacity && this.capacity > 16)
      this.rehash(Math.max(16, Math.ceil(this.size / 0.7)));
  }

  private rehash(capacity: number): void {
    const old = this.cells;
    this.cells = new Int32Array(capacity * 2);
    for (let i = 0; i < old.length; i += 2) {
      const k = old[i];
      if (k === 0) continue;
      let slot = this.home(k);
      while (this.cells[2 * slot] !== 0) slot = slot + 1 === capacity ? 0 : slot + 1;
      this.cells[2 * slot] = k;
      this.cells[2 * slot + 1] = old[i + 1];
    }
  }

  get bytes(): number {
    return this.cells.byteLength;
  }
}

const NO_LIST = -(2 ** 31);
const nextPow2 = (n: number) => 2 ** Math.ceil(Math.log2(n));

/**
 * The candidate index: key → the story slots indexed under it, oldest first. A key with one entry
 * keeps it in the key table (as -(slot + 1)); longer lists are contiguous in one Int32 arena as
 * [length, slot…] with room for a power of two of entries; a full list moves to the arena's end
 * with twice the room. `rebuild` drops the slots of stories that left, repeated entries and the
 * room left by moved lists.
 */
class PostingIndex {
  heads = new IntTable();
  arena = new Int32Array(4096);
  used = 0;
  /** Arena room left behind by moved lists. */
  dead = 0;
  /** Entries in the lists (including repeats). */
  entries = 0;
  /** Where the last `read` put a key's list: `array[start..end)`, oldest first. */
  array: Int32Array = this.arena;
  start = 0;
  end = 0;
  private readonly single = new Int32Array(1);

  /** Points `array`, `start` and `end` at the key's list; false when the key has none. */
  read(key: number): boolean {
    const at = this.heads.find(key);
    if (at < 0) return false;
    const v = this.heads.cells[at];
    if (v < 0) {
      this.single[0] = -v - 1;
      this.array = this.single;
      this.start = 0;
      this.end = 1;
    } else {
      this.array = this.arena;
      this.start = v + 1;
      this.end = v + 1 + this.arena[v];
    }
    return true;
  }

  /** Whether the story slot is among the newest `limit` entries of the key. */
  has(key: number, storySlot: number, limit: number): boolean {
    if (!this.read(key)) return false;
    const stop = Math.max(this.start, this.end - limit);
    for (let i = this.end - 1; i >= stop; i--) if (this.array[i] === storySlot) return true;
    return false;
  }

  private allocate(size: number): number {
    if (this.used + size > this.arena.length) {
      const grown = new Int32Array(Math.max(this.used + size, Math.ceil(this.arena.length * 1.5)));
      grown.set(this.arena.subarray(0, this.used));
      this.arena = grown;
    }
    const at = this.used;
    this.used += size;
    return at;
  }

  add(key: number, storySlot: number): void {
    const head = this.heads.at(key, NO_LIST);
    const v = this.heads.cells[head];
    this.entries++;
    if (v === NO_LIST) {
      this.heads.cells[head] = -storySlot - 1;
      return;
    }
    if (v < 0) {
      const list = this.allocate(3);
      this.arena[list] = 2;
      this.arena[list + 1] = -v - 1;
      this.arena[list + 2] = storySlot;
      this.heads.cells[head] = list;
      return;
    }
    let list = v;
    const length = this.arena[list];
    if (length === nextPow2(length)) {
      // full: move to the end with twice the room (the arena may be replaced by `allocate`)
      const moved = this.allocate(1 + 2 * length);
      this.arena.copyWithin(moved, list, list + 1 + length);
      this.dead += 1 + length;
      list = moved;
      this.heads.cells[head] = list;
    }
    this.arena[list + 1 + length] = storySlot;
    this.arena[list] = length + 1;
  }

  /** True when moved lists left more than half of the arena empty. */
  get wasteful(): boolean {
    return this.used > 1 << 16 && this.dead * 2 > this.used;
  }

  /** Keeps the entries whose slot passes `keep`, once per key (the newest), in a new compact arena. */
  rebuild(keep: (storySlot: number) => boolean, slots: number): void {
    const old = this.heads;
    // seen[slot] === tick: the slot is already kept for the current key
    const seen = new Int32Array(slots);
    let tick = 0;
    const kept: number[] = [];
    // room for the keys that had entries, at most 80% full
    const heads = new IntTable(Math.max(1024, (old.size * 5) / 4 + 1));
    let arena = new Int32Array(Math.max(4096, Math.ceil(this.used * 0.75)));
    let used = 0;
    let entries = 0;
    for (let c = 0; c < old.cells.length; c += 2) {
      if (old.cells[c] === 0) continue;
      this.read(old.cells[c]);
      tick++;
      kept.length = 0;
      for (let i = this.end - 1; i >= this.start; i--) {
        const slot = this.array[i];
        if (seen[slot] === tick || !keep(slot)) continue;
        seen[slot] = tick;
        kept.push(slot);
      }
      if (kept.length === 0) continue;
      entries += kept.length;
      const head = heads.at(old.cells[c], NO_LIST);
      if (kept.length === 1) {
        heads.cells[head] = -kept[0] - 1;
        continue;
      }
      const size = 1 + nextPow2(kept.length);
      if (used + size > arena.length) {
        const grown = new Int32Array(Math.ceil((used + size) * 1.5));
        grown.set(arena.subarray(0, used));
        arena = grown;
      }
      heads.cells[head] = used;
      arena[used] = kept.length;
      for (let k = 0; k < kept.length; k++) arena[used + 1 + k] = kept[kept.length - 1 - k];
      used += size;
    }
    heads.shrink();
    this.heads = heads;
    // a little room to grow before the arena is copied again
    if (arena.length > used * 1.25 + 4096) arena = arena.slice(0, Math.ceil(used * 1.125) + 4096);
    this.arena = arena;
    this.dead = 0;
    this.array = arena;
    this.used = used;
    this.entries = entries;
  }

  get bytes(): number {
    return this.heads.bytes + this.arena.byteLength;
  }
}

/**
 * One story. `ids` holds its term, name and number centroid ids, in that order, each part sorted
 * by id; `weights` their weights.
 */
interface Story {
  readonly num: number;
  /** Where it sits in the clusterer's slot arrays while it is active. */
  readonly slot: number;
  ids: Int32Array;
  weights: Float32Array;
  /** Ends of the term, name and number parts. */
  termEnd: number;
  nameEnd: number;
  numberEnd: number;
  termSq: number;
  nameSq: number;
  numberSq: number;
  /** Span of the publication times of its dated articles (NaN when none is dated). */
  first: number;
  last: number;
  /** Newest publication time seen when the story last took an article (NaN before any date). */
  updated: number;
  size: number;
}

interface ArticleVectors {
  terms: PackedVector;
  names: PackedVector;
  numbers: PackedVector;
}

interface Scored {
  terms: number;
  names: number;
  numbers: number;
  datePenalty: number;
  score: number;
}

// Measured V8 sizes (64-bit) of a story object and of its two typed arrays on one buffer, beyond
// their contents, for the estimate only.
const STORY_OBJECT_BYTES = 240;
const STORY_ARRAYS_BYTES = 350;

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const storyName = (num: number) => `story-${num + 1}`;

/** A streaming clusterer: `add` assigns each arriving article to a story at once. */
export function createStreamClusterer(options: StreamOptions = {}): StreamClusterer {
  const o = withDefaults(DEFAULTS, options);
  const windowMs = o.windowDays * DAY_MS;
  const df = new IntTable(4096);
  const index = new PostingIndex();
  // Active stories by slot; a slot is reused once its story has left and the index is rebuilt.
  const slots: Array<Story | undefined> = [];
  const freeSlots: number[] = [];
  // Per slot, side by side (one cache line for a slot read in candidate search): the article that
  // last touched it, its key hits, the key that last read it; apart: the newest publication time
  // seen when its story last took an article.
  const STAMP = 0;
  const HITS = 1;
  const TICK = 2;
  let slotInfo = new Int32Array(4 * 256);
  let slotUpdated = new Float64Array(256);
  let keyTick = 0;
  let activeCount = 0;
  let articles = 0;
  let stories = 0;
  let assigned = new Int32Array(1024);
  let clock = Number.NEGATIVE_INFINITY;
  let lastSweep = Number.NEGATIVE_INFINITY;
  let visits = 0;
  const scratch: MergeScratch = mergeScratch();
  let select = new Float64Array(256);
  let keep = new Uint8Array(256);
  const touched: number[] = [];
  const termLookup = new VectorLookup();
  const nameLookup = new VectorLookup();
  const numberLookup = new VectorLookup();
  const candidates: Story[] = [];

  const expired = (s: Story) => clock - s.updated > windowMs;
  /** The slot's story is in the window (NaN: not dated yet, so it stays). */
  const live = (slot: number) => !(clock - slotUpdated[slot] > windowMs);

  /** tf-idf weights with the running frequencies (this article included), unit length. */
  const weigh = (kc: KeyCounts, n: number): PackedVector => {
    const len = kc.ids.length;
    const weights = new Float64Array(len);
    let sq = 0;
    for (let i = 0; i < len; i++) {
      const at = df.at(kc.ids[i], 0);
      const w = tfidf(kc.counts[i], n, ++df.cells[at]);
      weights[i] = w;
      sq += w * w;
    }
    if (sq === 0) return { ids: new Int32Array(0), weights: new Float64Array(0) };
    const norm = Math.sqrt(sq);
    for (let i = 0; i < len; i++) weights[i] /= norm;
    return { ids: kc.ids, weights };
  };

  /** The `k` heaviest ids of a vector (ties: the smaller id), appended to `out`. */
  const topKeys = (v: PackedVector, k: number, out: number[]) => {
    const len = v.ids.length;
    if (select.length < len) {
      select = new Float64Array(len * 2);
      keep = new Uint8Array(len * 2);
    }
    markTop(v.weights, len, k, keep, select);
    for (let i = 0; i < len; i++) if (keep[i]) out.push(v.ids[i]);
  };

  /**
   * Candidate stories: the active ones sharing the most index keys (ties: the older story),
   * reading at most `maxPostings` entries per key.
   */
  const findCandidates = (keys: number[]) => {
    const stamp = articles;
    touched.length = 0;
    for (const key of keys) {
      if (!index.read(key)) continue;
      if (++keyTick === 2 ** 30) {
        for (let i = TICK; i < slotInfo.length; i += 4) slotInfo[i] = 0;
        keyTick = 1;
      }
      const { array, end } = index;
      const stop = Math.max(index.start, end - o.maxPostings);
      visits += end - stop;
      for (let i = end - 1; i >= stop; i--) {
        const slot = array[i];
        const info = 4 * slot;
        if (slotInfo[info + TICK] === keyTick) continue;
        slotInfo[info + TICK] = keyTick;
        if (slotInfo[info + STAMP] === stamp) slotInfo[info + HITS]++;
        else if (live(slot)) {
          slotInfo[info + STAMP] = stamp;
          slotInfo[info + HITS] = 1;
          touched.push(slot);
        }
      }
    }
    candidates.length = 0;
    for (const slot of touched) {
      const hits = slotInfo[4 * slot + HITS];
      if (candidates.length === o.maxCandidates) {
        const c = candidates[o.maxCandidates - 1];
        const h = slotInfo[4 * c.slot + HITS];
        if (h > hits || (h === hits && c.num < (slots[slot] as Story).num)) continue;
      }
      const s = slots[slot] as Story;
      let at = candidates.length;
      if (at < o.maxCandidates) candidates.push(s);
      else at--;
      while (at > 0) {
        const c = candidates[at - 1];
        const h = slotInfo[4 * c.slot + HITS];
        if (h > hits || (h === hits && c.num < s.num)) break;
        candidates[at] = c;
        at--;
      }
      candidates[at] = s;
    }
  };

  const cosine = (
    lookup: VectorLookup,
    v: PackedVector,
    s: Story,
    start: number,
    end: number,
    sq: number,
  ) => {
    const d = lookup.dot(s.ids, s.weights, start, end);
    return d === 0 || sq <= 0 ? 0 : d / Math.sqrt(sq * selfDot(v));
  };

  /** The penalty for the gap between the article's time or a date it refers to and the story's span. */
  const penaltyOf = (time: number | undefined, refs: TimeSpan[] | undefined, s: Story) => {
    if (Number.isNaN(s.first) || (time === undefined && !refs?.length)) return 0;
    const span: TimeSpan = [s.first, s.last];
    let gap = time === undefined ? Number.POSITIVE_INFINITY : spanGapDays([time, time], span);
    for (const r of refs ?? []) gap = Math.min(gap, spanGapDays(r, span));
    return datePenaltyForGap(gap, o);
  };

  const scoreParts = (
    a: ArticleVectors,
    time: number | undefined,
    refs: TimeSpan[] | undefined,
    s: Story,
  ): Scored => {
    const terms = cosine(termLookup, a.terms, s, 0, s.termEnd, s.termSq);
    const names = cosine(nameLookup, a.names, s, s.termEnd, s.nameEnd, s.nameSq);
    const numbers = cosine(numberLookup, a.numbers, s, s.nameEnd, s.numberEnd, s.numberSq);
    const datePenalty = penaltyOf(time, refs, s);
    return { terms, names, numbers, datePenalty, score: combineScore(terms, names, numbers, datePenalty, o) };
  };

  const newStory = (): Story => {
    let slot = freeSlots.pop();
    if (slot === undefined) {
      slot = slots.length;
      slots.push(undefined);
      if (slot >= slotUpdated.length) {
        const size = slotUpdated.length * 2;
        const info = new Int32Array(4 * size);
        info.set(slotInfo);
        slotInfo = info;
        const updated = new Float64Array(size);
        updated.set(slotUpdated);
        slotUpdated = updated;
      }
    }
    const s: Story = {
      num: stories++,
      slot,
      ids: new Int32Array(0),
      weights: new Float32Array(0),
      termEnd: 0,
      nameEnd: 0,
      numberEnd: 0,
      termSq: 0,
      nameSq: 0,
      numberSq: 0,
      first: Number.NaN,
      last: Number.NaN,
      updated: Number.NaN,
      size: 0,
    };
    slots[slot] = s;
    slotInfo.fill(0, 4 * slot, 4 * slot + 4);
    slotUpdated[slot] = Number.NaN;
    activeCount++;
    return s;
  };

  /** Adds the article to the story: new centroids (truncated), index keys, time span. */
  const addToStory = (s: Story, a: ArticleVectors, keys: number[], time: number | undefined) => {
    const t = mergeTop(a.terms, s.ids, s.weights, 0, s.termEnd, o.centroidTerms, scratch);
    const termIds = scratch.ids.slice(0, t);
    const termWeights = scratch.weights.slice(0, t);
    const n = mergeTop(a.names, s.ids, s.weights, s.termEnd, s.nameEnd, o.centroidNames, scratch);
    const nameIds = scratch.ids.slice(0, n);
    const nameWeights = scratch.weights.slice(0, n);
    const u = mergeTop(a.numbers, s.ids, s.weights, s.nameEnd, s.numberEnd, o.centroidNumbers, scratch);
    // ids and weights share one buffer (one allocation, one buffer's overhead)
    const buffer = new ArrayBuffer(8 * (t + n + u));
    const ids = new Int32Array(buffer, 0, t + n + u);
    const weights = new Float32Array(buffer, 4 * (t + n + u), t + n + u);
    ids.set(termIds);
    weights.set(termWeights);
    ids.set(nameIds, t);
    weights.set(nameWeights, t);
    ids.set(scratch.ids.subarray(0, u), t + n);
    weights.set(scratch.weights.subarray(0, u), t + n);
    const isNew = s.size === 0;
    s.ids = ids;
    s.weights = weights;
    s.termEnd = t;
    s.nameEnd = t + n;
    s.numberEnd = t + n + u;
    s.termSq = normSq(weights, 0, t);
    s.nameSq = normSq(weights, t, t + n);
    s.numberSq = normSq(weights, t + n, t + n + u);
    // A key the story has, but not among the entries read for candidates, is added again at the
    // front (the older entry goes at the next rebuild).
    for (const key of keys) if (isNew || !index.has(key, s.slot, o.maxPostings)) index.add(key, s.slot);
    if (time !== undefined) {
      if (Number.isNaN(s.first) || time < s.first) s.first = time;
      if (Number.isNaN(s.last) || time > s.last) s.last = time;
    }
    s.updated = Number.isFinite(clock) ? clock : Number.NaN;
    slotUpdated[s.slot] = s.updated;
    s.size++;
    if (index.wasteful) index.rebuild(live, slots.length);
  };

  /** Drops the stories not updated within the window: from the index, then their slots. */
  const sweep = () => {
    for (const s of slots) {
      if (s && Number.isNaN(s.updated)) {
        s.updated = clock;
        slotUpdated[s.slot] = clock;
      }
    }
    index.rebuild(live, slots.length);
    for (let slot = 0; slot < slots.length; slot++) {
      const s = slots[slot];
      if (s && expired(s)) {
        slots[slot] = undefined;
        freeSlots.push(slot);
        activeCount--;
      }
    }
    lastSweep = clock;
  };

  const explainShared = (lookup: VectorLookup, labels: string[], s: Story, start: number, end: number) =>
    lookup.topShared(s.ids, s.weights, start, end, o.explainTop).map((i) => labels[i]);

  const add = (article: ClusterInput | ArticleProfile): StreamAssignment => {
    const p = 'text' in article ? profileArticle(article, o) : article;
    articles++;
    const n = Math.max(articles, MIN_CORPUS);
    const a: ArticleVectors = {
      terms: weigh(p.terms, n),
      names: weigh(p.names, n),
      numbers: weigh(p.numbers, n),
    };
    const time = p.time;
    if (time !== undefined && time > clock) {
      clock = time;
      if (!Number.isFinite(lastSweep)) lastSweep = clock;
      else if (clock - lastSweep >= windowMs / 4) sweep();
    }
    const keys: number[] = [];
    topKeys(a.terms, o.indexTerms, keys);
    topKeys(a.names, o.indexTerms, keys);
    findCandidates(keys);
    termLookup.load(a.terms);
    nameLookup.load(a.names);
    numberLookup.load(a.numbers);

    let best: Story | undefined;
    let bestParts: Scored | undefined;
    for (const s of candidates) {
      const parts = scoreParts(a, time, p.refs, s);
      if (!bestParts || parts.score > bestParts.score) {
        best = s;
        bestParts = parts;
      }
    }
    const scored = candidates.length;
    candidates.length = 0;

    let result: StreamAssignment;
    if (!best || !bestParts || bestParts.score < o.threshold) {
      const nearest =
        best && bestParts ? { storyId: storyName(best.num), score: round3(bestParts.score) } : undefined;
      best = newStory();
      result = {
        articleId: p.id,
        storyId: storyName(best.num),
        story: best.num,
        isNew: true,
        score: 0,
        candidates: scored,
        sharedTerms: [],
        sharedEntities: [],
        ...(nearest ? { nearest } : {}),
      };
    } else {
      const s = best;
      result = {
        articleId: p.id,
        storyId: storyName(s.num),
        story: s.num,
        isNew: false,
        score: round3(bestParts.score),
        parts: {
          terms: round3(bestParts.terms),
          names: round3(bestParts.names),
          numbers: round3(bestParts.numbers),
          datePenalty: round3(bestParts.datePenalty),
        },
        candidates: scored,
        sharedTerms: o.explain
          ? [
              ...explainShared(termLookup, p.terms.labels, s, 0, s.termEnd),
              ...explainShared(numberLookup, p.numbers.labels, s, s.nameEnd, s.numberEnd),
            ]
          : [],
        sharedEntities: o.explain ? explainShared(nameLookup, p.names.labels, s, s.termEnd, s.nameEnd) : [],
      };
    }
    addToStory(best, a, keys, time);
    if (articles > assigned.length) {
      const grown = new Int32Array(assigned.length * 2);
      grown.set(assigned);
      assigned = grown;
    }
    assigned[articles - 1] = best.num;
    return result;
  };

  const stats = (): StreamStats => {
    let centroidEntries = 0;
    let storyBytes = 0;
    let largestStory = 0;
    for (const s of slots) {
      if (!s) continue;
      largestStory = Math.max(largestStory, s.size);
      centroidEntries += s.numberEnd;
      storyBytes += STORY_OBJECT_BYTES + STORY_ARRAYS_BYTES + s.ids.byteLength + s.weights.byteLength;
    }
    const bytes = {
      frequencies: df.bytes,
      index: index.bytes,
      stories: storyBytes + slots.length * 8 + slotInfo.byteLength + slotUpdated.byteLength,
      assignments: assigned.byteLength,
    };
    const indexBytes = bytes.frequencies + bytes.index + bytes.stories + bytes.assignments;
    return {
      articles,
      stories,
      activeStories: activeCount,
      indexKeys: index.heads.size,
      postings: index.entries,
      dfKeys: df.size,
      centroidEntries,
      postingVisits: visits,
      largestStory,
      bytes,
      indexBytes,
      bytesPerArticle: articles === 0 ? 0 : indexBytes / articles,
    };
  };

  return { add, stats, assignments: () => assigned.subarray(0, articles) };
}
