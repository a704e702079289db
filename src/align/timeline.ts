// Timeline: events dated in the text (resolved dates), grouped by date across the story's articles.
import type { TimedArticle } from '../annotate/annotate.ts';
import type { Citation, TimelineEntry } from '../model/report.ts';
import { cite } from './cite.ts';

export function buildTimeline(articles: TimedArticle[], texts: Map<string, string>): TimelineEntry[] {
  const byDate = new Map<string, Citation[]>();
  for (const a of articles) {
    for (const d of a.dates) {
      const s = a.sentences[d.sentence];
      if (d.asOf || s.block !== 'body') continue;
      const list = byDate.get(d.date) ?? [];
      if (!list.some((c) => c.articleId === a.article.id && c.start === s.start))
        list.push(cite(texts, { articleId: a.article.id, start: s.start, end: s.end }));
      byDate.set(d.date, list);
    }
  }
  return [...byDate.entries()]
    .map(([date, support]) => {
      // the shortest citing sentence reads best as the entry's text
      const text = [...support].sort((x, y) => x.quote.length - y.quote.length)[0].quote;
      return { date, text, support };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
