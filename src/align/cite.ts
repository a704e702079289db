import type { Citation } from '../model/report.ts';

export interface Span {
  articleId: string;
  start: number;
  end: number;
}

/** A citation of [start, end) in an article's clean text; the quote is that exact slice. */
export function cite(texts: Map<string, string>, span: Span): Citation {
  const text = texts.get(span.articleId) ?? '';
  return {
    articleId: span.articleId,
    start: span.start,
    end: span.end,
    quote: text.slice(span.start, span.end),
  };
}

/** Counts independent sources: articles linked as copies or rewrites count once. */
export function independentCount(articleIds: Iterable<string>, originOf: (id: string) => string): number {
  return new Set([...articleIds].map(originOf)).size;
}

/** A sentence this long, word for word in two articles and not a quotation, came from one wire copy. */
const WIRE_WORDS = 12;
const QUOTATION = /["“”]/;
const wireText = (quote: string) =>
  quote
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Counts the independent sources of a claim's citations: articles linked as copies or rewrites
 * count once, and so do articles citing one long sentence word for word (a shared wire
 * paragraph), unless it is a quotation, which outlets may each have heard.
 */
export function independentSources(citations: Citation[], originOf: (id: string) => string): number {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) as string;
    return r;
  };
  const byText = new Map<string, string>();
  for (const c of citations) {
    const origin = originOf(c.articleId);
    if (!parent.has(origin)) parent.set(origin, origin);
    if (citations.length < 2 || QUOTATION.test(c.quote)) continue;
    const text = wireText(c.quote);
    if (text.split(' ').length < WIRE_WORDS) continue;
    const first = byText.get(text);
    if (first === undefined) byText.set(text, origin);
    else if (find(first) !== find(origin)) parent.set(find(origin), find(first));
  }
  return new Set([...parent.keys()].map(find)).size;
}
