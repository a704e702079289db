// Claims: sentences from different articles that state the same thing, grouped by star clustering
// over sentence similarity (a sentence may support more than one claim); then conflicts.
import type { Citation, Claim, Conflict } from '../model/report.ts';
import { cite, independentCount } from './cite.ts';
import { idfOf, type SentenceFeatures, similarity } from './features.ts';

export interface ClaimOptions {
  /** Minimum similarity for two sentences to state the same claim. */
  threshold: number;
  /** Minimum similarity for two sentences of opposite polarity to contradict each other. */
  polarityThreshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = { threshold: 0.34, polarityThreshold: 0.3 };

const spanKey = (f: SentenceFeatures) => `${f.articleId}#${f.sentence}`;

export interface ClaimContext {
  texts: Map<string, string>;
  originOf: (articleId: string) => string;
}

export function alignClaims(
  features: SentenceFeatures[],
  ctx: ClaimContext,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): Claim[] {
  const idf = idfOf(features);
  const n = features.length;
  // candidate pairs through shared terms, so a story of many articles is not a full scan
  const byTerm = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const t of f.terms.keys()) {
      if (!byTerm.has(t)) byTerm.set(t, []);
      byTerm.get(t)?.push(i);
    }
  });
  const edges: Array<Map<number, number>> = features.map(() => new Map());
  for (let i = 0; i < n; i++) {
    const seen = new Set<number>();
    for (const t of features[i].terms.keys()) {
      for (const j of byTerm.get(t) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const s = similarity(features[i], features[j], idf);
        edges[i].set(j, s);
        edges[j].set(i, s);
      }
    }
  }
  const crossArticle = (i: number, j: number) => features[i].articleId !== features[j].articleId;
  const neighbours = (i: number, min: number) =>
    [...edges[i].entries()].filter(
      ([j, s]) => s >= min && crossArticle(i, j) && features[i].negated === features[j].negated,
    );
  const degree = features.map((_, i) => neighbours(i, options.threshold).reduce((a, [, s]) => a + s, 0));
  const order = features.map((_, i) => i).sort((a, b) => degree[b] - degree[a] || a - b);
  const covered = new Set<number>();
  const groups: number[][] = [];
  for (const i of order) {
    if (covered.has(i)) continue;
    const best = new Map<string, [number, number]>();
    for (const [j, s] of neighbours(i, options.threshold)) {
      const a = features[j].articleId;
      if (!best.has(a) || (best.get(a) as [number, number])[1] < s) best.set(a, [j, s]);
    }
    const members = [i, ...[...best.values()].map(([j]) => j)];
    covered.add(i);
    for (const j of members) covered.add(j);
    groups.push(members);
  }
  const claims: Claim[] = [];
  const claimOf = new Map<string, Claim>();
  for (const g of groups) {
    const members = [...g].sort((a, b) => features[a].articleId.localeCompare(features[b].articleId));
    const support = members.map((m) => cite(ctx.texts, features[m]));
    const articles = new Set(members.map((m) => features[m].articleId));
    const independent = independentCount(articles, ctx.originOf);
    const claim: Claim = {
      id: '',
      text: cite(ctx.texts, features[g[0]]).quote,
      status: independent >= 2 ? 'corroborated' : 'single-source',
      independentSources: independent,
      support,
    };
    claims.push(claim);
    for (const m of g) if (!claimOf.has(spanKey(features[m]))) claimOf.set(spanKey(features[m]), claim);
  }
  // polarity: similar sentences, one negated ("none expressed a wish" vs "one requested asylum")
  for (let i = 0; i < n; i++) {
    for (const [j, s] of edges[i]) {
      if (j <= i || s < options.polarityThreshold || features[i].negated === features[j].negated) continue;
      const [neg, pos] = features[i].negated ? [i, j] : [j, i];
      const claim = claimOf.get(spanKey(features[neg]));
      if (!claim) continue;
      addConflict(claim, {
        kind: 'polarity',
        note: `One source states the opposite: “${trim(cite(ctx.texts, features[pos]).quote)}”`,
        citations: [cite(ctx.texts, features[pos])],
      });
    }
  }
  claims.sort(
    (a, b) =>
      b.independentSources - a.independentSources ||
      Number(b.status === 'contested') - Number(a.status === 'contested') ||
      b.support.length - a.support.length ||
      firstOffset(a) - firstOffset(b),
  );
  claims.forEach((c, i) => {
    c.id = `claim-${i + 1}`;
  });
  return claims;
}

const trim = (s: string) => (s.length > 140 ? `${s.slice(0, 137)}…` : s);
const firstOffset = (c: Claim) => c.support[0]?.start ?? 0;

export function addConflict(claim: Claim, conflict: Conflict): void {
  const key = (c: Citation) => `${c.articleId}:${c.start}`;
  const existing = new Set((claim.conflicts ?? []).flatMap((x) => x.citations.map(key)));
  if (conflict.citations.every((c) => existing.has(key(c)))) return;
  claim.conflicts = [...(claim.conflicts ?? []), conflict];
  claim.status = 'contested';
}
