// Who reported it first, according to each article: the outlet credited in an article's opening
// ("…, as reported by Yonhap", "…, Reuters reports"). When articles whose openings tell the same
// news (a crediting sentence, or a body sentence beside it, states a claim that the other's does)
// credit different outlets, the story has an attribution conflict.
import type { Claim } from '../model/report.ts';
import { cite, independentCount, type Span } from './cite.ts';
import { addConflict } from './claims.ts';

/** How many opening body sentences count as an article's lead. */
export const LEAD_SENTENCES = 4;

export interface LeadCredit {
  articleId: string;
  /** Canonical name of the credited outlet. */
  name: string;
  /** The crediting sentence. */
  span: Span;
  /**
   * What the credit covers: the ids of the multi-article claims that the crediting sentence and
   * the body sentences beside it state.
   */
  news: Set<string>;
}

const sameNews = (a: LeadCredit, b: LeadCredit) => [...a.news].some((id) => b.news.has(id));

export function leadCreditConflict(
  credits: LeadCredit[],
  texts: Map<string, string>,
  originOf: (id: string) => string,
): Claim | null {
  const byName = new Map<string, LeadCredit[]>();
  for (const c of credits) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  if (byName.size < 2) return null;
  const [mainName, main] = [...byName.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )[0];
  const claim: Claim = {
    id: '',
    text: cite(texts, main[0].span).quote,
    status: 'single-source',
    independentSources: independentCount(new Set(main.map((c) => c.articleId)), originOf),
    support: main.map((c) => cite(texts, c.span)),
    attribution: [mainName],
  };
  for (const [name, others] of byName) {
    // "Michael Silverman of the Boston Herald" is the Boston Herald
    if (
      name.toLowerCase().includes(mainName.toLowerCase()) ||
      mainName.toLowerCase().includes(name.toLowerCase())
    )
      continue;
    const same = others.filter((o) =>
      main.some((m) => originOf(m.articleId) !== originOf(o.articleId) && sameNews(m, o)),
    );
    if (!same.length) continue;
    addConflict(claim, {
      kind: 'attribution',
      note: `The same news is credited to ${mainName} by ${main.map((c) => c.articleId).join(', ')}, but to ${name} by ${same.map((c) => c.articleId).join(', ')}.`,
      citations: same.map((c) => cite(texts, c.span)),
    });
  }
  return claim.conflicts?.length ? claim : null;
}
