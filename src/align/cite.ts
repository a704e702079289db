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
