#!/usr/bin/env node
// Streaming clustering at news-stream scale. Two parts:
//
// 1. Quality: the streaming clusterer (src/cluster/stream.ts) and the batch clusterer
//    (src/cluster/cluster-articles.ts) on the 772 ECB+ dev articles (their text as given, in the
//    canonical order: by id, as the files carry no date field), each scored with
//    ../shared/tools/score-clustering.mjs.
// 2. Scale: the dev articles are profiled once (the "annotation" step, not timed), then varied
//    into a stream of `--articles` articles (default 1,000,000), deterministically from `--seed`:
//    a variant group takes one gold dev story, a subset of its articles, a start day in a year and
//    its own names and numbers: every capitalised name or place of the story (words the story
//    capitalises inside a sentence; not months or weekdays) becomes a name of syllables from a
//    generated pool, the same throughout the group, and every number changes (years shift by the
//    group's offset, other numbers scale). Articles of a group spread over the days after its
//    start. The stream runs in date order through one streaming clusterer on one thread, timing
//    only `add` (idf weighting, candidate retrieval, scoring, assignment with its explanation,
//    centroid and index update). At 10k, 100k and 1M articles (and every further million) it
//    prints the rate of the last segment, the cumulative rate, the mean time per article over the
//    last 50,000 articles, heap and RSS, the clusterer's own count of its memory per article, and
//    the stories. Memory is also measured: before the stream, clusterers on the first 10k and
//    100k articles are dropped and the heap + external memory they freed is reported per
//    article; the main clusterer is measured the same way at the end. Last, B³ against the
//    variant groups.
//
// The variations are made on the profile (counts of terms, names and numbers), not by re-reading
// text: `--check N` makes the text of the first N variations, profiles it and checks that it
// gives the same counts (default 200); `--show` prints the text of one variation.
//
// usage: node --expose-gc --import tsx bench/cluster-scale.ts [--articles N] [--seed S]
//        [--check N] [--show] [--skip-quality] [--skip-scale] [--stop N] [--every N]
//   --articles N  the stream planned (default 1000000); --stop N streams only its first N
//   --every N     also report every N articles
// (`npm run bench:cluster-scale`). --expose-gc lets it collect garbage before each memory reading
// (without it there are no retained-memory figures). The default heap limit is enough (the heap
// stays under 100 MiB). For one core, pin it: `taskset -c 0 node --expose-gc --import tsx …`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clusterArticles } from '../src/cluster/cluster-articles.ts';
import { canonicalOrder, countInto, DAY_MS, type TermCounts } from '../src/cluster/profile.ts';
import {
  createStreamClusterer,
  profileCounts,
  type StreamClusterer,
  type StreamStats,
} from '../src/cluster/stream.ts';
import { normaliseNumber, profileText, STOPWORDS, stem, tokenize } from '../src/cluster/terms.ts';
import { devStories } from './dev-labels.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const devDir = join(shared, 'bench', 'ecbplus-dev');
const scorer = join(shared, 'tools', 'score-clustering.mjs');

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20261123' },
    check: { type: 'string', default: '200' },
    show: { type: 'boolean', default: false },
    'skip-quality': { type: 'boolean', default: false },
    'skip-scale': { type: 'boolean', default: false },
    stop: { type: 'string' },
    probe: { type: 'string' },
    every: { type: 'string' },
  },
});
const total = Number(args.articles);
const seed = Number(args.seed) >>> 0;
const checkCount = Number(args.check);
if (!Number.isInteger(total) || total < 1)
  throw new Error(`--articles wants a positive integer: ${args.articles}`);

if (!existsSync(join(devDir, 'articles')) || !existsSync(scorer)) {
  console.log(
    '../shared/bench/ecbplus-dev or its scorer not found (the public dev set lives beside the repository); skipping',
  );
  process.exit(0);
}

const wallStart = performance.now();
const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 2 ** 20;
const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// ---- the dev set ------------------------------------------------------------------------------
interface Dev {
  id: string;
  text: string;
  story: string;
}
const labels = devStories(devDir);
const dev: Dev[] = readdirSync(join(devDir, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const id = f.replace(/\.txt$/, '');
    return { id, text: readFileSync(join(devDir, 'articles', f), 'utf8'), story: labels.get(id) ?? id };
  });

// ---- 1. quality on the dev set ----------------------------------------------------------------
function score(assign: Array<[string, string]>): string {
  const tmp = mkdtempSync(join(tmpdir(), 'corroborate-cluster-scale-'));
  try {
    const file = join(tmp, 'predictions.tsv');
    writeFileSync(file, assign.map(([d, c]) => `${d}\t${c}`).join('\n'));
    const r = spawnSync(process.execPath, [scorer, file, join(devDir, 'labels.tsv')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`the scorer failed: ${r.stderr}`);
    return r.stdout.trim();
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// --probe N (internal): measure one clusterer on the first N articles in this process, print it
const probe = args.probe === undefined ? undefined : Number(args.probe);
const say = probe === undefined ? console.log : () => {};

if (!args['skip-quality'] && probe === undefined) {
  const items = dev.map(({ id, text }) => ({ id, text }));
  let t = performance.now();
  const batch = clusterArticles(items);
  const batchMs = performance.now() - t;
  const batchLine = score(batch.flatMap((c) => c.articleIds.map((id) => [id, c.id] as [string, string])));
  t = performance.now();
  const stream = createStreamClusterer();
  const streamed = canonicalOrder(items).map((a) => stream.add(a));
  const streamMs = performance.now() - t;
  const streamLine = score(streamed.map((r) => [r.articleId, r.storyId]));
  console.log(`quality on the ${dev.length} dev articles (text as given, canonical order):`);
  console.log(`  batch clusterer      ${batchLine}  (${fmt(batchMs)} ms with profiling)`);
  console.log(`  streaming clusterer  ${streamLine}  (${fmt(streamMs)} ms with profiling)`);
  // Input order: the batch clusterer puts any order into its canonical order; the streaming one
  // takes articles as they arrive, so shuffled arrival shows how much its result depends on order.
  const f1 = (line: string) => Number(/B3_F1=([\d.]+)/.exec(line)?.[1]);
  const spread = (xs: number[]) =>
    `B³ F1 ${xs.map((x) => x.toFixed(3)).join(' ')} (spread ${(Math.max(...xs) - Math.min(...xs)).toFixed(3)})`;
  const batchF1: number[] = [];
  const streamF1: number[] = [];
  for (let seed = 1; seed <= 5; seed++) {
    const random = prng(seed);
    const order = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key);
    const shuffled = order.map((x) => x.item);
    batchF1.push(
      f1(
        score(
          clusterArticles(shuffled).flatMap((c) => c.articleIds.map((id) => [id, c.id] as [string, string])),
        ),
      ),
    );
    const st = createStreamClusterer();
    streamF1.push(f1(score(shuffled.map((a) => st.add(a)).map((r) => [r.articleId, r.storyId]))));
  }
  console.log('five shuffled input orders:');
  console.log(`  batch clusterer      ${spread(batchF1)}`);
  console.log(`  streaming clusterer  ${spread(streamF1)} (arrival order as shuffled)`);
}
if (args['skip-scale']) process.exit(0);

// ---- 2. scale: templates ----------------------------------------------------------------------
/** A small fast PRNG (mulberry32); returns floats in [0, 1). */
function prng(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** A 32-bit mix of two integers, for per-group choices that need no state. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const setupStart = performance.now();
const NOT_NAMES = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
const NUMBER_RE = /^\d+(?:[.,]\d+)*$/;
const UPPER_START_RE = /^\p{Lu}/u;

/** The lowercased form profileText gives a word token (a trailing possessive removed). */
function lowerOf(raw: string): { lower: string; suffix: string } {
  const lower = raw.toLowerCase();
  const last = lower.length - 2;
  if (last > 0 && lower.charCodeAt(last + 1) === 115 && (lower[last] === "'" || lower[last] === '’')) {
    return { lower: lower.slice(0, last), suffix: raw.slice(-2) };
  }
  return { lower, suffix: '' };
}

// Names of each gold story: the words its articles capitalise inside a sentence.
const storyNames = new Map<string, string[]>();
const devProfiles = dev.map((d) => profileText(d.text));
dev.forEach((d, i) => {
  const set = new Set(storyNames.get(d.story) ?? []);
  for (const n of devProfiles[i].names) if (!NOT_NAMES.has(n)) set.add(n);
  storyNames.set(d.story, [...set].sort());
});

/** What a variation changes in one dev article: its counts without the names and numbers, and those. */
interface Template {
  story: string;
  fixed: TermCounts;
  /** Per name word of the story present in the article: occurrences as a term and as a name. */
  names: Array<{ word: string; terms: number; names: number }>;
  numbers: Map<string, number>;
}

const decrement = (m: Map<string, number>, k: string, by: number) => {
  const left = (m.get(k) ?? 0) - by;
  if (left > 0) m.set(k, left);
  else m.delete(k);
};

const templates: Template[] = dev.map((d, i) => {
  const names = new Set(storyNames.get(d.story));
  const p = devProfiles[i];
  const caps = new Map<string, number>();
  for (const tok of tokenize(d.text)) {
    if (!UPPER_START_RE.test(tok.raw)) continue;
    const { lower } = lowerOf(tok.raw);
    if (names.has(lower)) countInto(caps, [lower]);
  }
  const terms = countInto(new Map<string, number>(), p.terms);
  const nameCounts = countInto(new Map<string, number>(), p.names);
  const slots: Template['names'] = [];
  for (const [word, c] of caps) {
    decrement(terms, stem(word), c);
    const asName = nameCounts.get(word) ?? 0;
    nameCounts.delete(word);
    slots.push({ word, terms: c, names: asName });
  }
  return {
    story: d.story,
    fixed: { terms, names: nameCounts, entities: new Map(), numbers: new Map() },
    names: slots,
    numbers: countInto(new Map<string, number>(), p.numbers),
  };
});

// The name pool: 2–3 syllables, none a word of the dev set or a stopword.
const devWords = new Set<string>();
for (const d of dev) for (const t of tokenize(d.text)) devWords.add(lowerOf(t.raw).lower);
const ONSETS = 'b d f g k l m n p r s t v z br dr kr st tr gl sh ch'.split(' ');
const VOWELS = 'a e i o u ai ou ei'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'm'];
const POOL_SIZE = 200_000;
const pool: string[] = [];
{
  const rnd = prng(mix(seed, 1));
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const seen = new Set<string>();
  while (pool.length < POOL_SIZE) {
    const syllables = rnd() < 0.6 ? 2 : 3;
    let w = '';
    for (let s = 0; s < syllables; s++)
      w += pick(ONSETS) + pick(VOWELS) + (s === syllables - 1 ? pick(CODAS) : '');
    if (w.length < 4 || seen.has(w) || devWords.has(w) || STOPWORDS.has(w)) continue;
    seen.add(w);
    pool.push(w);
  }
}
const poolStems = pool.map(stem);
const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);

// ---- 2. scale: the stream plan ----------------------------------------------------------------
const stories = [...new Set(dev.map((d) => d.story))].sort();
const articlesOf = new Map(stories.map((s) => [s, [] as number[]]));
dev.forEach((d, i) => {
  articlesOf.get(d.story)?.push(i);
});
const START = Date.UTC(2025, 0, 1);

const evGroup = new Int32Array(total);
const evArticle = new Int32Array(total);
const evTime = new Float64Array(total);
const groupStory: number[] = [];
const groupSeed: number[] = [];
{
  const rnd = prng(mix(seed, 2));
  let n = 0;
  while (n < total) {
    const g = groupStory.length;
    const s = Math.floor(rnd() * stories.length);
    groupStory.push(s);
    groupSeed.push(Math.floor(rnd() * 2 ** 32));
    // starts from four weeks before the year, so that coverage is as dense on its first day as later
    const day = Math.floor(rnd() * (365 + 28)) - 28;
    const members = articlesOf.get(stories[s]) ?? [];
    let chosen = members.filter(() => rnd() < 0.7);
    if (chosen.length === 0) chosen = [members[Math.floor(rnd() * members.length)]];
    for (const a of chosen) {
      if (n >= total) break;
      // half the coverage on the first day, the rest tailing off over the following weeks
      const offset = rnd() < 0.5 ? rnd() : Math.min(28, -2.5 * Math.log(1 - rnd()));
      if (day + offset < 0 || day + offset >= 365) continue;
      evGroup[n] = g;
      evArticle[n] = a;
      evTime[n] = START + Math.floor((day + offset) * DAY_MS);
      n++;
    }
  }
}
const order = Uint32Array.from({ length: total }, (_, i) => i).sort((x, y) => evTime[x] - evTime[y] || x - y);

/** The name (index in the pool) each of the story's name words gets in a group: distinct within the group. */
function groupNames(g: number): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  let h = groupSeed[g];
  for (const w of storyNames.get(stories[groupStory[g]]) ?? []) {
    let k: number;
    do {
      h = mix(h, hashString(w));
      k = h % POOL_SIZE;
    } while (used.has(k));
    used.add(k);
    out.set(w, k);
  }
  return out;
}

/**
 * A number of a group: years shift by the group's offset (−3 to +3), numbers from 1 to 31 take
 * another value in that range, other numbers scale by 0.5–1.5 (same decimals).
 */
function groupNumber(g: number, value: string): string {
  const h = mix(groupSeed[g], hashString(value));
  const decimals = value.includes('.') ? value.length - value.indexOf('.') - 1 : 0;
  const x = Number(value);
  if (!Number.isFinite(x)) return value;
  if (decimals === 0 && x >= 1900 && x <= 2099) return String(x + (groupSeed[g] % 7) - 3);
  // days, hours, minutes and small counts stay small
  if (decimals === 0 && x >= 1 && x <= 31) return String(1 + (h % 31));
  const scaled = x * (0.5 + (h % 1000) / 1000);
  return decimals > 0 ? scaled.toFixed(decimals) : String(Math.round(scaled));
}

/** The counts of one variation (what profiling its text gives). */
function variedCounts(ev: number, names: Map<string, number>): TermCounts {
  const g = evGroup[ev];
  const t = templates[evArticle[ev]];
  const terms = new Map(t.fixed.terms);
  const nameCounts = new Map(t.fixed.names);
  const numbers = new Map<string, number>();
  for (const slot of t.names) {
    const k = names.get(slot.word);
    countInto(terms, [k === undefined ? stem(slot.word) : poolStems[k]], slot.terms);
    if (slot.names > 0) countInto(nameCounts, [k === undefined ? slot.word : pool[k]], slot.names);
  }
  for (const [v, c] of t.numbers) countInto(numbers, [normaliseNumber(groupNumber(g, v))], c);
  return { terms, names: nameCounts, entities: new Map(), numbers };
}

/** The text of one variation: the dev article with the group's names and numbers. */
function variedText(ev: number, names: Map<string, number>): string {
  const g = evGroup[ev];
  const d = dev[evArticle[ev]];
  let out = '';
  let at = 0;
  for (const tok of tokenize(d.text)) {
    let to: string | undefined;
    if (NUMBER_RE.test(tok.raw)) to = groupNumber(g, normaliseNumber(tok.raw));
    else if (UPPER_START_RE.test(tok.raw)) {
      const { lower, suffix } = lowerOf(tok.raw);
      const k = names.get(lower);
      if (k !== undefined) to = capitalise(pool[k]) + suffix;
    }
    if (to === undefined) continue;
    out += d.text.slice(at, tok.start) + to;
    at = tok.start + tok.raw.length;
  }
  return out + d.text.slice(at);
}

const sameCounts = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

let checked = 0;
let mismatched = 0;
for (let pos = 0; pos < Math.min(probe === undefined ? checkCount : 0, total); pos++) {
  const ev = order[pos];
  const names = groupNames(evGroup[ev]);
  const want = variedCounts(ev, names);
  const got = profileText(variedText(ev, names));
  checked++;
  const ok =
    sameCounts(want.terms, countInto(new Map(), got.terms)) &&
    sameCounts(want.names, countInto(new Map(), got.names)) &&
    sameCounts(want.numbers, countInto(new Map(), got.numbers));
  if (!ok) mismatched++;
}
const setupMs = performance.now() - setupStart;
const streamed = new Uint8Array(groupStory.length);
for (const g of evGroup) streamed[g] = 1;
say(
  `\nscale: ${fmt(total)} variations of the ${dev.length} dev articles in ${fmt(streamed.reduce((a, b) => a + b, 0))} variant groups ` +
    `(stories) over ${fmt((evTime[order[total - 1]] - evTime[order[0]]) / DAY_MS)} days; name pool ${fmt(POOL_SIZE)}; ` +
    `set-up ${fmt(setupMs / 1000, 1)} s`,
);
say(
  `profile check: ${checked - mismatched}/${checked} variations give the same counts when their text is profiled`,
);
if (args.show) {
  const ev = order[0];
  say(
    `\none variation (of ${dev[evArticle[ev]].id}, ${new Date(evTime[ev]).toISOString().slice(0, 10)}):\n` +
      `${variedText(ev, groupNames(evGroup[ev])).slice(0, 800)}…\n`,
  );
}

// ---- 2. scale: the stream ---------------------------------------------------------------------
// A group's names are made at its first article and dropped after its last.
const lastOfGroup = new Int32Array(groupStory.length);
order.forEach((ev, pos) => {
  lastOfGroup[evGroup[ev]] = pos;
});
const namesOfGroup = new Map<number, Map<string, number>>();
const profileAt = (pos: number) => {
  const ev = order[pos];
  const g = evGroup[ev];
  let names = namesOfGroup.get(g);
  if (!names) {
    names = groupNames(g);
    namesOfGroup.set(g, names);
  }
  if (lastOfGroup[g] <= pos) namesOfGroup.delete(g);
  return profileCounts(`v${ev}`, evTime[ev], variedCounts(ev, names));
};
const memory = () => {
  // twice: array buffers freed by one collection are accounted for after the next
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  // `external` includes the typed arrays' memory
  return { heap: m.heapUsed, external: m.external, rss: m.rss };
};
/**
 * Heap plus external memory a clusterer holds, per article: measured (after full collections)
 * before and after `release` drops the last reference to it. The probes at 10k and 100k run in
 * processes of their own, so that no other clusterer is alive or half-collected around them.
 */
function retained(articles: number, release: () => void): number {
  const withIt = memory();
  release();
  const without = memory();
  return (withIt.heap + withIt.external - without.heap - without.external) / articles;
}
const stop = Math.min(total, Number(args.stop ?? total));

/** The clusterer being measured, in a box: emptying the box drops the last reference to it. */
const box: { clusterer?: StreamClusterer } = {};

/**
 * Streams the first `n` articles through a new clusterer (kept in `box`), calling `checkpoint`
 * with the articles so far; returns its final stats and assignments. Working on the clusterer
 * inside a function that returns keeps no stray reference to it in the caller's frame.
 */
function streamInto(
  n: number,
  checkpoint?: (count: number, c: StreamClusterer) => void,
): { final: StreamStats; assigned: Int32Array } {
  const c = createStreamClusterer();
  box.clusterer = c;
  for (let pos = 0; pos < n; pos++) {
    const profile = profileAt(pos);
    const t0 = performance.now();
    c.add(profile);
    const dt = performance.now() - t0;
    timed += dt;
    recent[pos % RECENT] = dt;
    if (checkpoint && checkpoints.has(pos + 1)) checkpoint(pos + 1, c);
  }
  return { final: c.stats(), assigned: c.assignments().slice() };
}
const RECENT = 50_000;
const recent = new Float64Array(RECENT);
const checkpoints = new Set([10_000, 100_000, 1_000_000, stop]);
for (let c = 2_000_000; c < stop; c += 1_000_000) checkpoints.add(c);
if (args.every) for (let c = Number(args.every); c < stop; c += Number(args.every)) checkpoints.add(c);
let timed = 0;

if (probe !== undefined) {
  const { final } = streamInto(probe);
  const bytes = retained(probe, () => {
    box.clusterer = undefined;
  });
  console.log(JSON.stringify({ probe, retained: bytes, own: final.bytesPerArticle }));
  process.exit(0);
}

// Memory probes at 10k and 100k, each in a child process (see `retained`).
const probes = gc ? [10_000, 100_000].filter((n) => n < stop) : [];
const probed = probes.map((n) => {
  const child = spawnSync(
    process.execPath,
    [
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      '--probe',
      String(n),
      '--articles',
      String(total),
      '--seed',
      String(seed),
      '--skip-quality',
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`the memory probe at ${n} failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') as { retained: number; own: number };
});
if (probes.length > 0) {
  console.log(
    '\nmemory held by a clusterer (heap + external before minus after dropping it; its own count in brackets): ' +
      probes
        .map((n, i) => `${fmt(probed[i].retained)} B/article at ${fmt(n)} (${fmt(probed[i].own)})`)
        .join(', '),
  );
}

// Warm-up: compiled code before the clock starts.
{
  const warm = createStreamClusterer();
  for (let pos = 0; pos < Math.min(20_000, stop); pos++) warm.add(profileAt(pos));
}

const perArticleUs = new Map<number, number>();
const segmentRate = new Map<number, number>();
let lastCount = 0;
let lastTimed = 0;
console.log(
  `\none clusterer, timing add() only (µs/art: mean over the last 50k articles, all of them at 10k;\n` +
    `index B/art: the clusterer's own count of its typed arrays plus estimated object sizes, per article so far)\n` +
    `${'articles'.padStart(10)} ${'segment/s'.padStart(10)} ${'total/s'.padStart(9)} ${'µs/art'.padStart(7)} ` +
    `${'heap MiB'.padStart(9)} ${'RSS MiB'.padStart(8)} ${'index B/art'.padStart(11)} ${'stories'.padStart(8)} ` +
    `${'active'.padStart(7)} ${'largest'.padStart(8)} ${'index keys'.padStart(10)} ${'reads/art'.padStart(9)}`,
);
let lastReads = 0;
timed = 0;
const streamStart = performance.now();
const { final, assigned } = streamInto(stop, (count, c) => {
  let recentSum = 0;
  const last = Math.min(RECENT, count);
  for (let i = 0; i < last; i++) recentSum += recent[i];
  const recentUs = (recentSum / last) * 1000;
  const rate = (count - lastCount) / ((timed - lastTimed) / 1000);
  perArticleUs.set(count, recentUs);
  segmentRate.set(count, rate);
  const m = memory();
  const st = c.stats();
  console.log(
    `${fmt(count).padStart(10)} ${fmt(rate).padStart(10)} ${fmt(count / (timed / 1000)).padStart(9)} ` +
      `${fmt(recentUs).padStart(7)} ${fmt(m.heap / MiB).padStart(9)} ${fmt(m.rss / MiB).padStart(8)} ` +
      `${fmt(st.bytesPerArticle).padStart(11)} ${fmt(st.stories).padStart(8)} ${fmt(st.activeStories).padStart(7)} ` +
      `${fmt(st.largestStory).padStart(8)} ${fmt(st.indexKeys).padStart(10)} ` +
      `${fmt((st.postingVisits - lastReads) / (count - lastCount)).padStart(9)}`,
  );
  lastReads = st.postingVisits;
  lastCount = count;
  lastTimed = timed;
});
const streamMs = performance.now() - streamStart;
const retainedAtEnd = gc
  ? retained(stop, () => {
      box.clusterer = undefined;
    })
  : undefined;
if (retainedAtEnd !== undefined) {
  console.log(
    `memory retained by the clusterer at ${fmt(stop)}: ${fmt(retainedAtEnd)} B/article ` +
      `(its own count: ${fmt(final.bytesPerArticle)} B/article: ` +
      Object.entries(final.bytes)
        .map(([k, v]) => `${k} ${fmt(v / MiB, 1)} MiB`)
        .join(', ') +
      ')',
  );
}

// B³ against the variant groups, from the contingency of (story, group) pairs.
const cells = new Map<number, number>();
const storySize = new Map<number, number>();
const groupSize = new Map<number, number>();
for (let pos = 0; pos < stop; pos++) {
  const p = assigned[pos];
  const g = evGroup[order[pos]];
  countInto(cells, [p * 2 ** 21 + g]);
  countInto(storySize, [p]);
  countInto(groupSize, [g]);
}
let bp = 0;
let br = 0;
for (const [key, c] of cells) {
  const p = Math.floor(key / 2 ** 21);
  const g = key - p * 2 ** 21;
  bp += (c * c) / (storySize.get(p) ?? 1);
  br += (c * c) / (groupSize.get(g) ?? 1);
}
bp /= stop;
br /= stop;

const at100k = perArticleUs.get(100_000);
const at1M = perArticleUs.get(1_000_000);
console.log(
  `\nadd(): ${fmt(stop)} articles in ${fmt(timed / 1000, 1)} s → ${fmt(stop / (timed / 1000))} articles/s on one thread`,
);
if (at100k && at1M) {
  console.log(
    `time per article at 1M ÷ at 100k: ${(at1M / at100k).toFixed(2)} (mean over the last 50k articles each); ` +
      `over the segments 100k–1M ÷ 10k–100k: ${((segmentRate.get(100_000) ?? 0) / (segmentRate.get(1_000_000) ?? 1)).toFixed(2)}`,
  );
}
console.log(
  `stream B³ against the variant groups: F1=${((2 * bp * br) / (bp + br)).toFixed(3)} P=${bp.toFixed(3)} ` +
    `R=${br.toFixed(3)} stories=${fmt(storySize.size)}/${fmt(groupSize.size)}`,
);
console.log(
  `wall: streaming ${fmt(streamMs / 1000, 1)} s (variation and profiling included), ` +
    `whole run ${fmt((performance.now() - wallStart) / 1000, 1)} s${gc ? '' : ' (run with --expose-gc for exact heap figures)'}`,
);
