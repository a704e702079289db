// The brief: at most ten of the sources' own sentences, each with its citations — the
// best-supported claims first, then what is contested. Nothing is generated.
import type { BriefSentence, Claim } from '../model/report.ts';

const words = (s: string) => new Set(s.toLowerCase().match(/\p{L}+/gu) ?? []);

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

export function selectBrief(claims: Claim[], max = 10): BriefSentence[] {
  const corroborated = claims.filter((c) => c.status === 'corroborated');
  const contested = claims.filter((c) => c.status === 'contested');
  const rest = claims.filter((c) => c.status === 'single-source');
  const pickedWords: Set<string>[] = [];
  const pickedSpans = new Set<string>();
  const out: BriefSentence[] = [];
  const take = (list: Claim[], limit: number) => {
    for (const c of list) {
      if (out.length >= limit) return;
      const w = words(c.text);
      if (pickedWords.some((p) => overlap(p, w) > 0.6)) continue;
      // a claim whose sources' sentences are mostly already cited says the same again
      const cited = c.support.filter((s) => pickedSpans.has(`${s.articleId}:${s.start}`)).length;
      if (cited * 2 > c.support.length) continue;
      pickedWords.push(w);
      for (const s of c.support) pickedSpans.add(`${s.articleId}:${s.start}`);
      // the sentence is cited by what supports it; the other side is in the claim's conflicts
      out.push({ text: c.text, support: c.support });
    }
  };
  const contestedSlots = Math.min(3, contested.length);
  take(corroborated, max - contestedSlots);
  take(contested, max);
  if (!out.length) take(rest, Math.min(3, max));
  return out;
}
