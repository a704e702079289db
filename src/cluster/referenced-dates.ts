// Dates an article refers to in its text, as time spans, for the clusterers' date penalty: a
// follow-up published months later ("convicted of a shooting in April 2007") refers to the time of
// the story it follows. Only dates written with a year count: "June 5, 2005", "5 June 2005",
// "June 2005", "Nov. 2005", and a year after "in" ("in 2010"); relative dates ("two years ago")
// and dates without a year need an anchor the clusterer does not have.

import { DAY_MS } from './profile.ts';

/** A span of time, [start, end) in ms since the epoch. */
export type TimeSpan = readonly [number, number];

const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

const MONTH_WORD =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:19|20)\\d\\d)';
// "June 5, 2005" / "June 5 2005" / "June, 2005" / "June 2005"
const MONTH_FIRST = new RegExp(`\\b${MONTH_WORD}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+${YEAR}\\b`, 'g');
// "5 June 2005"
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+${YEAR}\\b`, 'g');
const IN_YEAR = new RegExp(`\\b[Ii]n\\s+${YEAR}\\b`, 'g');

/** At most this many spans per article (the first ones written). */
const MAX_SPANS = 32;

function monthIndex(word: string): number {
  return MONTHS[word.toLowerCase().slice(0, word.toLowerCase().startsWith('sept') ? 4 : 3)] ?? -1;
}

function daySpan(year: number, month: number, day: number | undefined): TimeSpan | undefined {
  if (month < 0) return undefined;
  if (day === undefined) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
  if (day < 1 || day > 31) return undefined;
  const start = Date.UTC(year, month, day);
  return [start, start + DAY_MS];
}

/** The spans of the dates `text` writes out with a year, in text order, without repeats. */
export function referencedSpans(text: string): TimeSpan[] {
  const found: Array<{ at: number; span: TimeSpan }> = [];
  // "5 June 2005" first; its "June 2005" is not read again
  const taken: Array<[number, number]> = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const span = daySpan(Number(m[3]), monthIndex(m[2]), Number(m[1]));
    const at = m.index ?? 0;
    taken.push([at, at + m[0].length]);
    if (span) found.push({ at, span });
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const at = m.index ?? 0;
    if (taken.some(([start, end]) => at >= start && at < end)) continue;
    const span = daySpan(Number(m[3]), monthIndex(m[1]), m[2] === undefined ? undefined : Number(m[2]));
    if (span) found.push({ at, span });
  }
  for (const m of text.matchAll(IN_YEAR)) {
    const year = Number(m[1]);
    found.push({ at: m.index ?? 0, span: [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)] });
  }
  found.sort((a, b) => a.at - b.at);
  const seen = new Set<string>();
  const out: TimeSpan[] = [];
  for (const { span } of found) {
    const key = `${span[0]}:${span[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(span);
    if (out.length === MAX_SPANS) break;
  }
  return out;
}

/** The dates an article's title and text write out with a year. */
export function articleDates(item: { title?: string; text: string }): TimeSpan[] {
  return referencedSpans(item.title ? `${item.title}\n${item.text}` : item.text);
}

/** Days between two spans (0 when they overlap or touch); a time is the span [t, t]. */
export function spanGapDays(a: TimeSpan, b: TimeSpan): number {
  return a[1] < b[0] ? (b[0] - a[1]) / DAY_MS : b[1] < a[0] ? (a[0] - b[1]) / DAY_MS : 0;
}
