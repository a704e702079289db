// Figures: quantities grouped by what they measure (event class + counted thing), with values per
// source, qualifier, unit and as-of date; status consistent / conflicting / changing.
import type { TimedArticle } from '../annotate/annotate.ts';
import type { Quantity } from '../annotate/quantities.ts';
import type { Citation, Figure, FigureValue } from '../model/report.ts';
import { cite } from './cite.ts';
import { disputable, measureKey, measureLabel, near } from './measure.ts';

function label(key: string, qs: Quantity[]): string {
  const [measure, when] = key.split('@');
  const things = qs.map((q) => q.thing).filter((t): t is string => !!t);
  return when ? `${measureLabel(measure, things)} (${when})` : measureLabel(measure, things);
}

/** A sentence that writes a year this many days or more from the article's date tells of another time. */
const BACKGROUND_DAYS = 300;
/** A month named without its year ("in February") that ended this many days before the article. */
const BACKGROUND_MONTH_DAYS = 90;
/** A season ("last fall") is a story's recent past, not another event's time. */
const SEASON = /\b(spring|summer|fall|autumn|winter)\b/i;
const DAY = 86_400_000;
/** The last moment of the month that starts at `t`. */
function monthEnd(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1;
}
/** A year written alone: "in 2003", "since 1990". */
const YEAR_ALONE = /\b(?:in|since|of|during)\s+((?:19|20)\d\d)\b(?![/-]\d)/g;

/**
 * The times of other events an article's sentences write, with where each is written: a date
 * whose year is far from the article's own ("in December 2003, Bam …"), a year written alone
 * ("in 2003"), or a month named without a year months before the article ("In February, a quake …
 * hit Zarand").
 */
function backgroundTimes(a: TimedArticle): Map<number, Array<{ at: number; when: string }>> {
  const ref = a.reference ? Date.parse(a.reference.date) : Number.NaN;
  const out = new Map<number, Array<{ at: number; when: string }>>();
  if (Number.isNaN(ref)) return out;
  const add = (sentence: number, at: number, when: string) => {
    const list = out.get(sentence) ?? [];
    list.push({ at, when });
    out.set(sentence, list);
  };
  for (const d of a.dates) {
    const t = Date.parse(d.date.length === 4 ? `${d.date}-07-01` : d.date);
    const far = d.yearStated
      ? Math.abs(t - ref) >= BACKGROUND_DAYS * DAY
      : d.precision === 'month' &&
        !d.asOf &&
        !SEASON.test(d.text) &&
        ref - monthEnd(t) >= BACKGROUND_MONTH_DAYS * DAY;
    if (far) add(d.sentence, d.start, d.date.slice(0, 7));
  }
  const text = a.article.text;
  const refYear = new Date(ref).getUTCFullYear();
  for (const s of a.sentences) {
    for (const m of text.slice(s.start, s.end).matchAll(YEAR_ALONE)) {
      const at = s.start + (m.index ?? 0);
      if (
        Math.abs(Number(m[1]) - refYear) < 1 ||
        a.dates.some((d) => d.start <= at + m[0].length && d.end >= at)
      )
        continue;
      add(s.index, at, m[1]);
    }
  }
  return out;
}

/** The other time nearest a quantity in its sentence, if the sentence writes one. */
function backgroundOf(
  q: Quantity,
  times: Map<number, Array<{ at: number; when: string }>>,
): string | undefined {
  let best: { at: number; when: string } | undefined;
  for (const t of times.get(q.sentence) ?? [])
    if (!best || Math.abs(t.at - q.start) < Math.abs(best.at - q.start)) best = t;
  return best?.when;
}

/** The names a cited sentence writes (people, organisations, places), by the last word of each. */
function namesIn(a: TimedArticle | undefined, c: Citation): Set<string> {
  const out = new Set<string>();
  for (const m of a?.mentions ?? [])
    if (m.start >= c.start && m.end <= c.end) out.add(m.name.toLowerCase().split(/\s+/).pop() ?? '');
  return out;
}

/** Measures that belong to someone or somewhere: money, populations. */
const OWNED = /^(money|count:population)/;

/**
 * The sets of values that disagree with one another: two values disagree when they are near
 * (`near`) and an article states one and not the other and another article the other way
 * round (an article giving two values alone tells of two things: "four entrances, three to our
 * offices"); and, for a measure that belongs to someone or somewhere (`names` given), when two
 * such sentences write the same name or one of them writes none (the Red Sox's $184 million and
 * Lowell's $37.5 million contract are of different people). Values linked by disagreements form
 * one set.
 */
function disagreeing(
  values: FigureValue[],
  names: ((c: Citation) => Set<string>) | undefined,
): FigureValue[][] {
  const sources = values.map((v) => new Set(v.support.map((c) => c.articleId)));
  const about = (x: Set<string>, y: Set<string>) => !x.size || !y.size || [...x].some((n) => y.has(n));
  const link = values.map((_, i) => i);
  const root = (i: number): number => (link[i] === i ? i : root(link[i]));
  const disputed = new Set<number>();
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++) {
      if (!near(values[i].value, values[j].value)) continue;
      // an article stating one value and not the other, and another the other way round
      const onlyI = values[i].support.filter((c) => !sources[j].has(c.articleId));
      const onlyJ = values[j].support.filter((c) => !sources[i].has(c.articleId));
      if (!onlyI.length || !onlyJ.length) continue;
      // a running total ("over 50 arrests since the shooting") against a count of one day or place
      if (onlyI.every((c) => TOTAL.test(c.quote)) !== onlyJ.every((c) => TOTAL.test(c.quote))) continue;
      if (names) {
        const nj = onlyJ.map(names);
        if (!onlyI.map(names).some((x) => nj.some((y) => about(x, y)))) continue;
      }
      disputed.add(i);
      disputed.add(j);
      link[root(j)] = root(i);
    }
  const groups = new Map<number, FigureValue[]>();
  for (const i of [...disputed].sort((x, y) => x - y))
    groups.set(root(i), [...(groups.get(root(i)) ?? []), values[i]]);
  return [...groups.values()];
}

/** A count over a span or of everything so far: "since the shooting", "so far", "in all", "over four nights". */
const TOTAL =
  /\b(so far|to date|in all|in total|a total of|altogether|overall|since|over (?:the )?(?:past |last )?(?:\w+ )?(?:days|nights|weeks|months|years))\b/i;

/** How many articles state some of the values: a figure's weight in the ordering. */
const articlesOf = (values: FigureValue[]) =>
  new Set(values.flatMap((v) => v.support.map((c) => c.articleId))).size;

export function alignFigures(articles: TimedArticle[], texts: Map<string, string>): Figure[] {
  const groups = new Map<string, Array<{ q: Quantity; a: TimedArticle }>>();
  for (const a of articles) {
    // figures of another time ("the 2003 quake in Bam killed 26,000") are measures of their own
    const background = backgroundTimes(a);
    for (const q of a.quantities) {
      const s = a.sentences[q.sentence];
      if (s.block !== 'body') continue;
      const measure = measureKey(q);
      if (!measure) continue;
      const when = backgroundOf(q, background);
      const k = when ? `${measure}@${when}` : measure;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)?.push({ q, a });
    }
  }
  const byId = new Map(articles.map((a) => [a.article.id, a]));
  const figures: Array<Figure & { weight: number }> = [];
  for (const [key, items] of groups) {
    const byValue = new Map<number, FigureValue>();
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
    const measure = label(
      key,
      items.map((x) => x.q),
    );
    if (status === 'conflicting') {
      // values that disagree with none of the others are figures of their own
      const disputes = disputable(key.split('@')[0])
        ? disagreeing(values, OWNED.test(key) ? (c) => namesIn(byId.get(c.articleId), c) : undefined)
        : [];
      const inDispute = new Set(disputes.flat());
      for (const v of values)
        if (!inDispute.has(v))
          figures.push({ measure, status: 'consistent', values: [v], weight: articlesOf([v]) });
      // each set of values that dispute one another is a figure of its own
      for (const kept of disputes) figures.push({ measure, status, values: kept, weight: articlesOf(kept) });
      continue;
    }
    figures.push({ measure, status, values, weight: articlesOf(values) });
  }
  return figures
    .sort(
      (a, b) =>
        b.weight - a.weight || b.values.length - a.values.length || a.measure.localeCompare(b.measure),
    )
    .map(({ weight: _w, ...f }) => f);
}
