// Claims: sentences from different articles that state the same thing. Sentences are grouped by
// greedy average-link clustering over sentence similarity, one sentence per article per claim and
// never across polarity; then conflicts: a member giving another value for the same measure, and
// a factual sentence that contradicts a negated claim.
import type { Citation, Claim, Conflict } from '../model/report.ts';
import { cite, independentSources } from './cite.ts';
import {
  combineScore,
  idfOf,
  type SentenceFeatures,
  settingOnly,
  type TermWeight,
  termScore,
  termWeight,
} from './features.ts';
import { compatibleValues, disputable, measureLabel } from './measure.ts';

export interface ClaimOptions {
  /** Minimum average similarity for sentences to state the same claim. */
  threshold: number;
  /** Minimum similarity for two sentences of opposite polarity to contradict each other. */
  polarityThreshold: number;
  /**
   * A sentence already in one claim may also support another (it states several facts) when its
   * average similarity to that claim's members reaches this.
   */
  secondaryThreshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  threshold: 0.34,
  polarityThreshold: 0.3,
  secondaryThreshold: 0.4,
};

export interface ClaimContext {
  texts: Map<string, string>;
  originOf: (articleId: string) => string;
}

/** Pairs whose wording shares less than this are not scored further (bonuses alone are weak). */
const MIN_TERM_SCORE = 0.08;
/**
 * Terms in more than this share of a story's sentences ("offer" in a story about an offer) do not
 * propose candidate pairs: they would pair nearly every sentence with every other. They still
 * count in the similarity of the pairs that rarer terms propose.
 */
const COMMON_TERM_SHARE = 0.1;

/**
 * Sentences of one article never state a claim together; they are compared only when one denies
 * what the other may assert (a polarity conflict inside one article).
 */
const mayPair = (a: SentenceFeatures, b: SentenceFeatures) =>
  a.articleId !== b.articleId || a.negated !== b.negated;

/**
 * Similarity of the sentence pairs that share a term that is not common: candidates come from an
 * inverted index, never from a scan of all pairs; each candidate is then scored in full.
 */
function similarityGraph(features: SentenceFeatures[], idf: Map<string, number>): Array<Map<number, number>> {
  const vectors = termVectors(features, idf);
  const weights = features.map((f) => termWeight(f, idf));
  const postings: number[][] = vectors.weights.map(() => []);
  vectors.ids.forEach((ids, i) => {
    for (const t of ids) postings[t].push(i);
  });
  const cap = Math.max(25, COMMON_TERM_SHARE * features.length);
  const edges: Array<Map<number, number>> = features.map(() => new Map());
  // each pair once, from the first sentence's side: `seen[j] === i` marks j as a candidate of i
  const seen = new Int32Array(features.length).fill(-1);
  const row: number[] = [];
  for (let i = 0; i < features.length; i++) {
    row.length = 0;
    for (const t of vectors.ids[i]) {
      const list = postings[t];
      if (list.length > cap) continue;
      for (let k = list.length - 1; k >= 0 && list[k] > i; k--) {
        const j = list[k];
        if (seen[j] === i || !mayPair(features[i], features[j])) continue;
        seen[j] = i;
        row.push(j);
      }
    }
    row.sort((x, y) => x - y);
    for (const j of row) {
      const s = pairScore(i, j, features, vectors, weights);
      if (s === undefined) continue;
      edges[i].set(j, s);
      edges[j].set(i, s);
    }
  }
  return edges;
}

/** Each sentence's terms as sorted term ids, with their counts and whether each is a word of a name. */
interface TermVectors {
  ids: Int32Array[];
  counts: Float64Array[];
  names: Uint8Array[];
  /** Idf weight of each term id. */
  weights: number[];
}

/** A term's count is packed below its id so that one numeric sort orders both. */
const COUNT_SLOTS = 1024;

function termVectors(features: SentenceFeatures[], idf: Map<string, number>): TermVectors {
  const idOf = new Map<string, number>();
  const out: TermVectors = { ids: [], counts: [], names: [], weights: [] };
  for (const f of features) {
    const packed = new Float64Array(f.terms.size);
    let k = 0;
    for (const [t, c] of f.terms) {
      let id = idOf.get(t);
      if (id === undefined) {
        id = out.weights.length;
        idOf.set(t, id);
        out.weights.push(idf.get(t) ?? 1);
      }
      packed[k++] = id * COUNT_SLOTS + Math.min(c, COUNT_SLOTS - 1);
    }
    packed.sort();
    const ids = new Int32Array(k);
    const counts = new Float64Array(k);
    for (let x = 0; x < k; x++) {
      ids[x] = Math.floor(packed[x] / COUNT_SLOTS);
      counts[x] = packed[x] % COUNT_SLOTS;
    }
    const names = new Uint8Array(k);
    if (f.names.size) {
      const nameIds = new Set([...f.names].map((t) => idOf.get(t)));
      for (let x = 0; x < k; x++) names[x] = nameIds.has(ids[x]) ? 1 : 0;
    }
    out.ids.push(ids);
    out.counts.push(counts);
    out.names.push(names);
  }
  return out;
}

/** Full similarity of one pair, or undefined when their wording has too little in common. */
function pairScore(
  i: number,
  j: number,
  features: SentenceFeatures[],
  v: TermVectors,
  weights: TermWeight[],
): number | undefined {
  // the smaller sentence's count first, as the similarity of features defines it
  const [p, q] = features[i].terms.size <= features[j].terms.size ? [i, j] : [j, i];
  const [a, b] = [v.ids[p], v.ids[q]];
  const [ca, cb] = [v.counts[p], v.counts[q]];
  const [na, nb] = [v.names[p], v.names[q]];
  let dot = 0;
  let mass = 0;
  /** Shared words that are not words of a name (see `combineScore`). */
  let content = 0;
  for (let x = 0, y = 0; x < a.length && y < b.length; ) {
    if (a[x] < b[y]) x++;
    else if (a[x] > b[y]) y++;
    else {
      const w = v.weights[a[x]];
      dot += w * ca[x] * w * cb[y];
      mass += w;
      if (!na[x] && !nb[y]) content++;
      x++;
      y++;
    }
  }
  const base = termScore(dot, mass, weights[i], weights[j]);
  if (base < MIN_TERM_SCORE) return undefined;
  return combineScore(base, features[i], features[j], content);
}

/** Greedy average-link clustering: strongest pairs first, merging groups that share no article. */
function group(
  features: SentenceFeatures[],
  edges: Array<Map<number, number>>,
  threshold: number,
): number[][] {
  const pairs: Array<[number, number, number]> = [];
  edges.forEach((m, i) => {
    for (const [j, s] of m) {
      if (
        j > i &&
        s >= threshold &&
        features[i].articleId !== features[j].articleId &&
        !opposed(features[i], features[j])
      )
        pairs.push([i, j, s]);
    }
  });
  pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
  const groupOf = features.map((_, i) => i);
  const members = new Map<number, number[]>(features.map((_, i) => [i, [i]]));
  for (const [i, j] of pairs) {
    const gi = groupOf[i];
    const gj = groupOf[j];
    if (gi === gj) continue;
    const a = members.get(gi) as number[];
    const b = members.get(gj) as number[];
    const articles = new Set(a.map((x) => features[x].articleId));
    if (b.some((x) => articles.has(features[x].articleId))) continue;
    let total = 0;
    for (const x of a) for (const y of b) total += edges[x].get(y) ?? 0;
    const link = total / (a.length * b.length);
    if (link < threshold) continue;
    for (const y of b) groupOf[y] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  return [...members.values()];
}

/**
 * Lets a sentence of an article missing from a multi-source claim join it as well, when its
 * average similarity to all the claim's members is high: one sentence may state several facts.
 */
function addSecondary(
  groups: number[][],
  features: SentenceFeatures[],
  edges: Array<Map<number, number>>,
  threshold: number,
): number[][] {
  return groups.map((g) => {
    if (g.length < 2) return g;
    const articles = new Set(g.map((x) => features[x].articleId));
    const best = new Map<string, [number, number]>();
    const candidates = new Set(g.flatMap((x) => [...edges[x].keys()]));
    for (const y of candidates) {
      const f = features[y];
      if (articles.has(f.articleId) || g.some((x) => opposed(features[x], f))) continue;
      const avg = g.reduce((acc, x) => acc + (edges[x].get(y) ?? 0), 0) / g.length;
      if (avg >= threshold && avg > (best.get(f.articleId)?.[1] ?? 0)) best.set(f.articleId, [y, avg]);
    }
    return [...g, ...[...best.values()].map(([y]) => y)];
  });
}

/**
 * The claim's wording: the member whose words the others contain best (the largest smallest
 * share of its idf-weighted terms found in each other member, `containedIn`), so that every cited
 * sentence states what the claim says; ties go to the member most similar to the others. Its
 * numbers and dates count as its rarest words: "killed 31,000 in Bam in 2003, and 600 in Zarand in
 * February" says more than "a 6.4 quake hit Zarand in February" even where their words are alike.
 * Words of its setting count only between members whose statements are alike: what a member takes
 * as given ("Asked by the judge if he understood the charges, he responded 'Yes'") is not what a
 * citation must state.
 */
function core(
  g: number[],
  features: SentenceFeatures[],
  edges: Array<Map<number, number>>,
  idf: Map<string, number>,
  rarest: number,
): number {
  let best = g[0];
  let bestScore = [-1, -1, -1];
  for (const x of g) {
    let stated = g.length > 1 ? Number.POSITIVE_INFINITY : 1;
    let whole = stated;
    let similar = 0;
    for (const y of g) {
      if (y === x) continue;
      const c = containedIn(features[x], features[y], idf, rarest);
      stated = Math.min(stated, c.stated);
      whole = Math.min(whole, c.whole);
      similar += edges[x].get(y) ?? 0;
    }
    const score = [Math.round(stated * 1000), Math.round(whole * 1000), similar];
    const k = score.findIndex((v, i) => v !== bestScore[i]);
    if (k >= 0 && score[k] > bestScore[k]) [best, bestScore] = [x, score];
  }
  return best;
}

/**
 * Shares of what `f` says that `other` also has, its words weighted by idf and its numbers and
 * dates as words of weight `rarest`: of what it states (its words outside its setting), and of all
 * its words.
 */
function containedIn(
  f: SentenceFeatures,
  other: SentenceFeatures,
  idf: Map<string, number>,
  rarest: number,
): { stated: number; whole: number } {
  let figures = 0;
  for (const n of f.numbers) if (other.numbers.has(n)) figures += rarest;
  for (const d of f.dates) if (other.dates.has(d)) figures += rarest;
  let mass = rarest * (f.numbers.size + f.dates.size);
  let shared = figures;
  let settingMass = 0;
  let settingShared = 0;
  for (const t of f.terms.keys()) {
    const w = idf.get(t) ?? 1;
    const has = other.terms.has(t);
    if (f.setting.has(t)) {
      settingMass += w;
      if (has) settingShared += w;
    } else {
      mass += w;
      if (has) shared += w;
    }
  }
  const all = mass + settingMass;
  return { stated: mass ? shared / mass : 0, whole: all ? (shared + settingShared) / all : 0 };
}

/**
 * Members giving another value for a measure the others agree on move to a numeric conflict, one
 * per measure in dispute (a claim may disagree on the dead and on the injured).
 */
function numericSplit(
  g: number[],
  features: SentenceFeatures[],
): { agree: number[]; conflicts: Array<{ differ: number[]; note: string }>; apart: number[] } {
  const values = new Map<string, Map<number, number[]>>();
  for (const x of g) {
    for (const m of features[x].measures) {
      const byValue = values.get(m.key) ?? new Map<number, number[]>();
      byValue.set(m.value, [...(byValue.get(m.value) ?? []), x]);
      values.set(m.key, byValue);
    }
  }
  const conflicts: Array<{ differ: number[]; note: string }> = [];
  const moved = new Set<number>();
  const apart = new Set<number>();
  const label = (key: string) =>
    measureLabel(
      key,
      g.flatMap((x) =>
        features[x].measures.filter((m) => m.key === key && m.thing).map((m) => m.thing as string),
      ),
    );
  const kinds = new Set<string>();
  for (const x of g) for (const m of features[x].measures) if (m.range) kinds.add(rangeKind(m.key));
  for (const kind of kinds) {
    const ranges = rangeSplit(g, features, kind, moved);
    if (!ranges) continue;
    for (const x of ranges.differ) moved.add(x);
    conflicts.push({
      differ: ranges.differ,
      note: `Sources disagree on ${label(ranges.key)}: ${ranges.main} vs ${ranges.others.join(', ')}.`,
    });
  }
  for (const [key, byValue] of values) {
    if (byValue.size < 2) continue;
    const ranked = [...byValue.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
    const [mainValue, mainMembers] = ranked[0];
    const stated = (x: number) => features[x].measures.filter((m) => m.key === key);
    const main = mainMembers.flatMap(stated);
    // "more than 100 mph" against "up to 120 mph" is no disagreement
    const disagrees = (x: number) => stated(x).some((m) => !main.some((n) => compatibleValues(m, n, key)));
    const candidates = [...new Set(ranked.slice(1).flatMap(([, xs]) => xs))].filter(
      (x) => !mainMembers.includes(x) && !moved.has(x) && disagrees(x),
    );
    // the claim keeps at least one member: its wording comes from them
    if (!candidates.length || g.length - moved.size - candidates.length < 1) continue;
    for (const x of candidates) moved.add(x);
    // other values of what is counted of many things in a story (touchdowns, games, a contract's
    // years), or a sum of money whose owner no agreeing member names ("at least one offer out
    // there better than eight years and $184 million"), are other things counted: those members
    // state another fact
    const named = (x: number) =>
      mainMembers.some((y) => [...features[x].entities].some((e) => features[y].entities.has(e)));
    const differ = disputable(key) ? candidates.filter((x) => !key.startsWith('money:?:') || named(x)) : [];
    for (const x of candidates) if (!differ.includes(x)) apart.add(x);
    if (!differ.length) continue;
    const others = ranked
      .slice(1)
      .filter(([, xs]) => xs.some((x) => differ.includes(x)))
      .map(([v]) => v.toLocaleString('en'));
    conflicts.push({
      differ,
      note: `Sources disagree on ${label(key)}: ${mainValue.toLocaleString('en')} vs ${others.join(', ')}.`,
    });
  }
  return { agree: g.filter((x) => !moved.has(x)), conflicts, apart: [...apart] };
}

/**
 * What ranges are compared as inside one claim: any two shares ("80 percent damage", "70 percent
 * of the buildings"), sums of one currency, else one measure.
 */
function rangeKind(key: string): string {
  if (key.startsWith('share:')) return 'share';
  if (key.startsWith('money:')) return `money:${key.split(':')[2]}`;
  return key;
}

/**
 * Ranges that differ in one claim ("between 40 and 80 percent damage" against "40 to 70 percent of
 * the buildings were destroyed"): its sentences state one fact, so two shares or two sums in it
 * are one measure. The members giving the range most members give agree; the others move to a
 * conflict. Undefined when fewer than two members give a range or they all give the same one.
 */
function rangeSplit(
  g: number[],
  features: SentenceFeatures[],
  kind: string,
  moved: Set<number>,
): { key: string; main: string; others: string[]; differ: number[] } | undefined {
  const byRange = new Map<string, number[]>();
  const keyOf = new Map<string, string>();
  for (const x of g) {
    if (moved.has(x)) continue;
    const ends = features[x].measures.filter((m) => m.range && rangeKind(m.key) === kind);
    const low = ends.find((m) => m.range === 'low');
    const high = ends.find((m) => m.range === 'high');
    if (!low || !high) continue;
    const range = `${low.value.toLocaleString('en')}–${high.value.toLocaleString('en')}`;
    byRange.set(range, [...(byRange.get(range) ?? []), x]);
    if (!keyOf.has(range)) keyOf.set(range, high.key);
  }
  if (byRange.size < 2) return undefined;
  const [[main], ...rest] = [...byRange.entries()].sort((a, b) => b[1].length - a[1].length);
  const differ = rest.flatMap(([, xs]) => xs);
  // the claim keeps at least one member: its wording comes from them
  if (g.length - moved.size - differ.length < 1) return undefined;
  return { key: keyOf.get(main) as string, main, others: rest.map(([r]) => r), differ };
}

/**
 * Opposite polarity about what the two sentences share: the negation covers a shared word. A
 * negation elsewhere ("…withdrew the offer, believing he had no interest") does not oppose.
 */
function opposed(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (a.negated === b.negated) return false;
  const [neg, pos] = a.negated ? [a, b] : [b, a];
  if (!neg.negatedTerms.size) return true;
  for (const t of neg.negatedTerms) if (pos.terms.has(t)) return true;
  return false;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'time']);

/** A factual sentence contradicts a negated one when it asserts what the negation denies. */
function contradicts(
  neg: SentenceFeatures,
  pos: SentenceFeatures,
  similarity: number,
  threshold: number,
): boolean {
  // what may happen, or a denial of what would have happened ("would not have placed him on
  // injured reserve if…"), contradicts nothing
  if (pos.conditional || neg.hedged) return false;
  let shared = 0;
  // names do not count: "will not sign Mark Teixeira" is not denied by "flew to meet Mark Teixeira"
  // nor do units of time: "has not been hit in 25 years" bounds the denial in time; "was hit two
  // years after Bam" does not assert what it denies
  for (const t of neg.negatedTerms) if (pos.terms.has(t) && !neg.names.has(t) && !TIME_UNITS.has(t)) shared++;
  // most of what is denied is asserted, including the denied verb, in a similar sentence
  return shared >= 3 && similarity >= threshold - 0.1 && !!neg.negatedVerb && pos.terms.has(neg.negatedVerb);
}

/**
 * A member sharing with the claim's wording only words of its own setting stays only if it has at
 * least this share of what the wording states (`containedIn`).
 */
const LOOSE_FLOOR = 0.3;

export function alignClaims(
  features: SentenceFeatures[],
  ctx: ClaimContext,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): Claim[] {
  const idf = idfOf(features);
  const edges = similarityGraph(features, idf);
  const claims: Claim[] = [];
  const claimOf = new Map<number, Claim>();
  /** Each claim's agreeing members, as sentence indexes. */
  const agreeOf = new Map<Claim, number[]>();
  const citeOf = (x: number) => cite(ctx.texts, features[x]);
  const groups = group(features, edges, options.threshold);
  // the weight of a word only one sentence of the story has (`idfOf`)
  const rarest = Math.log(1 + features.length);
  const queue = addSecondary(groups, features, edges, options.secondaryThreshold);
  for (let q = 0; q < queue.length; q++) {
    let g = queue[q];
    const split = numericSplit(g, features);
    const wording = core(split.agree, features, edges, idf, rarest);
    // a member sharing with the wording only what it takes as given, and little of what the wording
    // states ("…had been arrested following a high-speed chase a few hours after the Monday morning
    // shootings" under "…walked into his former office with a shotgun and shot three people"), does
    // not state it, however close it is to the other members: it leaves, to be a claim of its own
    const loose = split.agree.filter(
      (x) =>
        x !== wording &&
        settingOnly(features[x], features[wording]) &&
        containedIn(features[wording], features[x], idf, rarest).stated < LOOSE_FLOOR,
    );
    const leaving = [...loose, ...split.apart];
    if (leaving.length) {
      split.agree = split.agree.filter((x) => !loose.includes(x));
      g = g.filter((x) => !leaving.includes(x));
      // a sentence that joined as a second claim (`addSecondary`) is in its own claim already
      const own = q < groups.length ? leaving.filter((x) => groups[q].includes(x)) : leaving;
      if (own.length) queue.push(own);
    }
    const members = [...split.agree].sort((a, b) =>
      features[a].articleId.localeCompare(features[b].articleId),
    );
    const independent = independentSources(members.map(citeOf), ctx.originOf);
    const claim: Claim = {
      id: '',
      text: citeOf(wording).quote,
      status: independent >= 2 ? 'corroborated' : 'single-source',
      independentSources: independent,
      support: members.map(citeOf),
    };
    for (const c of split.conflicts)
      addConflict(claim, { kind: 'numeric', note: c.note, citations: c.differ.map(citeOf) });
    claims.push(claim);
    agreeOf.set(claim, split.agree);
    for (const m of g) claimOf.set(m, claim);
  }
  // a sentence that joined a second claim may be chosen to word both: the claim citing sentences the
  // other does not takes its wording from those (one citing a subset of the other is dropped below)
  const wordedBy = new Map<string, Claim>();
  const cites = (c: Claim) => new Set(c.support.map(citationKey));
  for (const claim of claims) {
    const excluded = new Set<string>();
    const tried = new Set<Claim>();
    for (let other = wordedBy.get(claim.text); other && !tried.has(other); other = wordedBy.get(claim.text)) {
      tried.add(other);
      const [mine, theirs] = [cites(claim), cites(other)];
      if ([...mine].every((k) => theirs.has(k)) || [...theirs].every((k) => mine.has(k))) break;
      for (const k of theirs) excluded.add(k);
      const rest = (agreeOf.get(claim) as number[]).filter((x) => !excluded.has(citationKey(citeOf(x))));
      if (!rest.length) break;
      claim.text = citeOf(core(rest, features, edges, idf, rarest)).quote;
    }
    if (!wordedBy.has(claim.text)) wordedBy.set(claim.text, claim);
  }
  for (let i = 0; i < features.length; i++) {
    for (const [j, s] of edges[i]) {
      if (j <= i || features[i].negated === features[j].negated) continue;
      const [neg, pos] = features[i].negated ? [i, j] : [j, i];
      if (!contradicts(features[neg], features[pos], s, options.polarityThreshold)) continue;
      const claim = claimOf.get(neg) as Claim;
      addConflict(claim, {
        kind: 'polarity',
        note: `Another statement asserts what this one denies: “${trim(citeOf(pos).quote)}”`,
        citations: [citeOf(pos)],
      });
    }
  }
  const unique = dropRepeated(claims);
  unique.sort(
    (a, b) =>
      b.independentSources - a.independentSources ||
      Number(b.status === 'contested') - Number(a.status === 'contested') ||
      b.support.length - a.support.length ||
      firstOffset(a) - firstOffset(b),
  );
  unique.forEach((c, i) => {
    c.id = `claim-${i + 1}`;
  });
  return unique;
}

/**
 * Claims still worded alike after the rewording in `alignClaims` cite a subset of one another's
 * sentences, or repeat one sentence of an article printed twice: keep the claim with more
 * independent sources (then more citations), carrying the other's conflicts over.
 */
function dropRepeated(claims: Claim[]): Claim[] {
  const byText = new Map<string, Claim>();
  for (const c of claims) {
    const seen = byText.get(c.text);
    if (!seen) {
      byText.set(c.text, c);
      continue;
    }
    const [keep, drop] =
      seen.independentSources > c.independentSources ||
      (seen.independentSources === c.independentSources && seen.support.length >= c.support.length)
        ? [seen, c]
        : [c, seen];
    for (const conflict of drop.conflicts ?? []) addConflict(keep, conflict);
    byText.set(c.text, keep);
  }
  return [...byText.values()];
}

const trim = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);
const firstOffset = (c: Claim) => c.support[0]?.start ?? 0;

const citationKey = (c: Citation) => `${c.articleId}:${c.start}`;

export function addConflict(claim: Claim, conflict: Conflict): void {
  const existing = new Set((claim.conflicts ?? []).flatMap((x) => x.citations.map(citationKey)));
  if (conflict.citations.every((c) => existing.has(citationKey(c)))) return;
  claim.conflicts = [...(claim.conflicts ?? []), conflict];
  claim.status = 'contested';
}
