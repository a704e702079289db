// Figures: quantities grouped by what they measure (event class + counted thing), with values per
// source, qualifier, unit and as-of date; status consistent / conflicting / changing.
import type { TimedArticle } from '../annotate/annotate.ts';
import type { Quantity } from '../annotate/quantities.ts';
import type { Figure, FigureValue } from '../model/report.ts';
import { cite } from './cite.ts';
import { measureKey } from './measure.ts';

const EVENT_LABEL: Record<string, string> = {
  deploy: 'sent or deployed',
  casualty: 'killed, wounded or lost',
  killed: 'killed',
  injured: 'injured',
  capture: 'captured',
  evacuate: 'evacuated',
  rescue: 'rescued',
  cost: 'cost',
  displace: 'displaced',
};
function label(key: string, qs: Quantity[]): string {
  const [measure, when] = key.split('@');
  return when ? `${measureLabel(measure, qs)} (${when})` : measureLabel(measure, qs);
}

function measureLabel(key: string, qs: Quantity[]): string {
  const [kind, a, b] = key.split(':');
  const thing = mode(qs.map((q) => q.thing).filter((t): t is string => !!t));
  const added = key.endsWith(':added') ? ' (additional)' : '';
  if (kind === 'age') return `age of ${(thing ?? '').replace(/^(serviceman|servicewoman|soldier)\s+/i, '')}`;
  if (kind === 'share') return `share ${EVENT_LABEL[a] ?? a}`;
  if (kind === 'money') return `${thing ?? EVENT_LABEL[a] ?? a} (money)${added}`;
  if (kind === 'size') return `${a} (${b})`;
  if (kind === 'count') return `${thing ?? a}${added}`;
  const event = EVENT_LABEL[kind] ?? kind;
  return `${thing ?? (a === 'people' ? 'people' : '')} ${event}${added}`.trim();
}

function mode(xs: string[]): string | undefined {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

/** A sentence that writes a year this many days or more from the article's date tells of another time. */
const BACKGROUND_DAYS = 300;

/**
 * Sentences that write a date with its year far from the article's own ("in December 2003, Bam
 * …"), with that date to the month: their figures are of another time.
 */
function backgroundSentences(a: TimedArticle): Map<number, string> {
  const ref = a.reference ? Date.parse(a.reference.date) : Number.NaN;
  const out = new Map<number, string>();
  if (Number.isNaN(ref)) return out;
  for (const d of a.dates) {
    const t = Date.parse(d.date.length === 4 ? `${d.date}-07-01` : d.date);
    if (d.yearStated && Math.abs(t - ref) >= BACKGROUND_DAYS * 86_400_000 && !out.has(d.sentence))
      out.set(d.sentence, d.date.slice(0, 7));
  }
  return out;
}

export function alignFigures(articles: TimedArticle[], texts: Map<string, string>): Figure[] {
  const groups = new Map<string, Array<{ q: Quantity; a: TimedArticle }>>();
  for (const a of articles) {
    // figures of another time ("the 2003 quake in Bam killed 26,000") are measures of their own
    const background = backgroundSentences(a);
    for (const q of a.quantities) {
      const s = a.sentences[q.sentence];
      if (s.block !== 'body') continue;
      const measure = measureKey(q);
      if (!measure) continue;
      const when = background.get(q.sentence);
      const k = when ? `${measure}@${when}` : measure;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)?.push({ q, a });
    }
  }
  const figures: Array<Figure & { weight: number }> = [];
  for (const [key, items] of groups) {
    const byValue = new Map<number, FigureValue>();
    const articlesSeen = new Set<string>();
    for (const { q, a } of items) {
      const s = a.sentences[q.sentence];
      let v = byValue.get(q.value);
      if (!v) {
        v = { value: q.value, support: [] };
        if (q.unit && q.unit !== 'fraction') v.unit = q.unit;
        if (q.unit === 'fraction') v.unit = 'share';
        byValue.set(q.value, v);
      }
      if (q.qualifier && !v.qualifier) v.qualifier = q.qualifier;
      const asOf = a.dates.find((d) => d.sentence === q.sentence && d.asOf);
      if (asOf && !v.asOf) v.asOf = asOf.date;
      if (!v.support.some((c) => c.articleId === a.article.id && c.start === s.start))
        v.support.push(cite(texts, { articleId: a.article.id, start: s.start, end: s.end }));
      articlesSeen.add(a.article.id);
    }
    const values = [...byValue.values()].sort(
      (x, y) => (x.asOf ?? '9').localeCompare(y.asOf ?? '9') || x.value - y.value,
    );
    let status: Figure['status'] = 'consistent';
    if (values.length > 1) {
      // values stated as of different dates are a change over time, not a contradiction
      const dated = values.filter((v) => v.asOf);
      status =
        dated.length >= 2 && new Set(dated.map((v) => v.asOf)).size === dated.length
          ? 'changing'
          : 'conflicting';
    }
    figures.push({
      measure: label(
        key,
        items.map((x) => x.q),
      ),
      status,
      values,
      weight: articlesSeen.size,
    });
  }
  return figures
    .sort(
      (a, b) =>
        b.weight - a.weight || b.values.length - a.values.length || a.measure.localeCompare(b.measure),
    )
    .map(({ weight: _w, ...f }) => f);
}
