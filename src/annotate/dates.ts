// Dates mentioned in the text, resolved against a reference date (the article's publication
// date, or when it has none, the date its story's other articles state most often).
import * as chrono from 'chrono-node';
import type { Sentence } from './nlp.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO date, as precise as the text allows: "2025-03-17", "2025-01", "2024". */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** True when the year was written, false when it was inferred from the reference date. */
  yearStated: boolean;
  /** "as of early February": the date qualifies a figure rather than dating an event. */
  asOf: boolean;
  sentence: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

/** Months and weekdays, written out or abbreviated. */
const MONTH_OR_WEEKDAY =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?';
/** Cheap test before running the date parser: something that can be part of a date. */
const DATE_WORD = new RegExp(
  `\\b(?:${MONTH_OR_WEEKDAY}|today|yesterday|tomorrow|tonight|last night|ago|year|month|week|weekend|spring|summer|fall|autumn|winter)\\b|\\b(?:1[6-9]|20)\\d\\d\\b|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}`,
  'i',
);

/**
 * chrono's casual English parser without its parser of spans ahead ("within a week", "in 2 weeks",
 * "for 55 minutes"): what it reads is a duration, never a kept date (see `findDates`), and its
 * pattern costs a tenth of a second or more to compile on first use. ("One day after Wednesday"
 * needs the parser of "later" and "after", which stays.)
 */
const WITHIN_PARSER = /^ENTimeUnitWithinFormatParser$/;
const parser = new chrono.Chrono({
  parsers: chrono.casual.parsers.filter((p) => !WITHIN_PARSER.test(p.constructor.name)),
  refiners: chrono.casual.refiners,
});

/**
 * A count written right after a weekday or a month and day, before a word in lower case: "On
 * Saturday 10 people were hurt", "On December 3, 40 crews…" (not "Saturday 10 March").
 */
const COUNT_AFTER_DATE = new RegExp(
  `(\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+|\\b(?:${MONTH_OR_WEEKDAY})\\.?\\s+\\d{1,2},?\\s+)(\\d{1,3}(?:,\\d{3})*)(\\s+\\p{L})`,
  'giu',
);

const LOWER_LAST = /\p{Ll}$/u;

function parseSentence(text: string, ref: Date): chrono.ParsedResult[] {
  if (!DATE_WORD.test(text)) return [];
  // the count is no part of the date: blanked (offsets kept) before parsing
  const read = text.replace(COUNT_AFTER_DATE, (whole: string, date: string, count: string, next: string) =>
    LOWER_LAST.test(next) ? date + ' '.repeat(count.length) + next : whole,
  );
  const results = parser.parse(read, { instant: ref, timezone: 0 }, { forwardDate: false });
  // "In February, 40 crews…": chrono reads the count as a two-digit year; read the date alone
  return results.map((r) => {
    const m = r.text.match(/^(.*?),\s*\d{1,2}\s*$/);
    if (!m || /\d{4}/.test(r.text) || !r.start.isCertain('year')) return r;
    const again = parser.parse(m[1], { instant: ref, timezone: 0 }, { forwardDate: false })[0];
    if (!again) return r;
    (again as { index: number }).index += r.index;
    return again;
  });
}

/** A sentence about what is to come: its dates may lie ahead. */
const FUTURE =
  /\b(will|would|shall|next|upcoming|scheduled|planned|plans?|expected|due|to be|until|by the end of|later this|starting|starts?|begins?|beginning|going to|set for|turns)\b/i;
/** What a kept date's text has: a number, a month's or weekday's full name, or "year". */
const KEPT_DATE =
  /\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|year)\b/i;
/**
 * What the date parser needs to read a day, a month or a written year (a kept date): a month or
 * weekday, a numeric date ("4/9/2007", "2008-12-05"), a count of days ago, last or next, or a time
 * of today ("at about 10am today"). A sentence with a number and "years" but none of these ("he is
 * 29 years old", "in 2008") is not parsed.
 */
const DAY_OR_MONTH = new RegExp(
  `\\b(?:${MONTH_OR_WEEKDAY}|ago|last|next|this|past|now|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|midnight|midday|noon)\\b|\\d\\s*[/.-]\\s*\\d`,
  'i',
);
/** Verbs in the past tense, and reporting verbs, which say when something was said, not done. */
const PAST_TENSE = /\b(was|were|had|did|bought|\p{L}{3,}ed)\b/giu;
const REPORTING =
  /^(reported|announced|added|stated|noted|explained|confirmed|revealed|claimed|insisted|warned)$/i;
/** The words before a date say what happened: a verb in the past tense that is not a reporting verb. */
const pastEventBefore = (before: string) =>
  [...before.matchAll(PAST_TENSE)].some((m) => !REPORTING.test(m[0]));
const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** How far past the reference date a date may lie before it is read as last year's. */
const PAST_SLACK_MS = 31 * 86_400_000;

/** Seasons chrono does not read: "last fall", "this summer", "in the spring of 2024". */
function seasons(
  text: string,
  ref: Date,
): Array<{ index: number; text: string; year: number; month: number; stated: boolean }> {
  const out = [];
  for (const m of text.matchAll(
    /\b(?:(last|this|next)\s+)?(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/gi,
  )) {
    const rel = m[1]?.toLowerCase();
    const season = m[2].toLowerCase();
    if (!rel && !m[3]) continue;
    let year = m[3] ? Number(m[3]) : ref.getUTCFullYear();
    const month = SEASON_MONTH[season];
    if (rel === 'last' && month >= ref.getUTCMonth() + 1) year -= 1;
    if (rel === 'next' && month <= ref.getUTCMonth() + 1) year += 1;
    out.push({ index: m.index ?? 0, text: m[0], year, month, stated: !!m[3] });
  }
  return out;
}

/** Days named by their relation to the day of writing: exact when that day is the article's own. */
const DAY_OF_WRITING = /\b(today|tonight|yesterday|tomorrow|last night)\b/i;

/**
 * Dates mentioned in each sentence, resolved against `reference`. With `ownDate` (the reference is
 * the article's own publication date, not its story's) "yesterday", "last night", "today" and
 * "tomorrow" are dates too; against a story's date they would be guesses.
 */
export function findDates(
  text: string,
  sentences: Sentence[],
  reference: Date | undefined,
  ownDate = false,
): DateMention[] {
  /** Whether a date's text can be kept; `atStart`: it opens its sentence (or any case goes). */
  const kept = (t: string, atStart = true) => {
    if (KEPT_DATE.test(t)) return true;
    const m = ownDate ? t.match(DAY_OF_WRITING) : null;
    // "USA Today", "World News Tonight": capitalised inside a sentence, the word is part of a name
    return !!m && (atStart || m[0] === m[0].toLowerCase());
  };
  const out: DateMention[] = [];
  const ref = reference ?? new Date(Date.UTC(2000, 0, 1));
  for (const s of sentences) {
    const sText = text.slice(s.start, s.end);
    // a sentence that cannot hold a kept date is not parsed
    for (const r of kept(sText) && DAY_OR_MONTH.test(sText) ? parseSentence(sText, ref) : []) {
      const c = r.start;
      // a year counts as written only when the text has one ("the week before" has none)
      const yearStated = c.isCertain('year') && /\d{4}|['’]\d\d\b/.test(r.text);
      if (/\b(day|week|month|year)\s+(before|after|earlier|later)\b/i.test(r.text)) continue;
      // durations ("within 24 months", "for three weeks") are not dates
      if (
        /\b\d+|\b(a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?|months?|years?|hours?)\b/i.test(
          r.text,
        ) &&
        !/\b(ago|last|next|this)\b/i.test(r.text) &&
        /\b(days?|weeks?|months?|years?|hours?)\b/i.test(r.text) &&
        !/\d{4}/.test(r.text)
      )
        continue;
      // without a reference date only fully written dates can be placed in time
      if (!reference && !yearStated) continue;
      if (!c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('day') && !yearStated) continue;
      const d = c.date();
      // a month named without its year in a statement of what happened ("hit Zarand in February",
      // written in November) is the past one, not the nearest
      if (!yearStated && reference && d.getTime() - ref.getTime() > PAST_SLACK_MS && !FUTURE.test(sText))
        d.setUTCFullYear(d.getUTCFullYear() - 1);
      // a weekday alone in a statement of what happened ("bought a shotgun on Friday", written on
      // a Wednesday) is the last one, not the coming one
      if (
        reference &&
        c.isCertain('weekday') &&
        !c.isCertain('day') &&
        dayOf(d) > dayOf(ref) &&
        !FUTURE.test(sText) &&
        pastEventBefore(sText.slice(Math.max(0, r.index - 60), r.index))
      )
        d.setUTCDate(d.getUTCDate() - 7);
      const precision =
        c.isCertain('day') || c.isCertain('weekday') ? 'day' : c.isCertain('month') ? 'month' : 'year';
      if (!kept(r.text, r.index === 0)) continue;
      // "May" alone is too ambiguous with the verb
      if (/^may$/i.test(r.text.trim())) continue;
      const date =
        precision === 'day'
          ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
          : precision === 'month'
            ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`
            : String(d.getUTCFullYear());
      const lead = r.text.match(/^\s*(on|in|since|by|from|until|at)\s+/i)?.[0].length ?? 0;
      const trail = r.text.match(/[\s,.;:]+$/)?.[0].length ?? 0;
      const start = s.start + r.index + lead;
      const before = sText.slice(Math.max(0, r.index - 30), r.index);
      out.push({
        start,
        end: s.start + r.index + r.text.length - trail,
        text: r.text.slice(lead, r.text.length - trail),
        date,
        precision,
        yearStated,
        asOf: /\bas of(\s+(the\s+)?(beginning|start|end|middle)\s+of)?\s*(early|late|mid-?)?\s*$/i.test(
          before,
        ),
        sentence: s.index,
      });
    }
    if (reference) {
      for (const m of seasons(sText, ref)) {
        out.push({
          start: s.start + m.index,
          end: s.start + m.index + m.text.length,
          text: m.text,
          date: `${m.year}-${pad(m.month)}`,
          precision: 'month',
          yearStated: m.stated,
          asOf: false,
          sentence: s.index,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A month's name or a numeric date: what a fully written date needs besides its year. */
const MONTH_OR_NUMERIC = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[/.-]\d/i;
const YEAR = /\b(?:1[6-9]|20)\d\d\b/g;

/**
 * The stretches of a line around its written years (from 40 characters before each year, where a
 * weekday, month and day are written, to 10 after it, where an ISO date goes on), widened to whole
 * words and joined where they overlap: the date parser reads these instead of whole paragraphs.
 */
function yearWindows(line: string): string[] {
  const out: Array<[number, number]> = [];
  for (const m of line.matchAll(YEAR)) {
    const at = m.index ?? 0;
    let start = Math.max(0, at - 40);
    while (start > 0 && !/\s/.test(line[start - 1])) start--;
    let end = Math.min(line.length, at + m[0].length + 10);
    while (end < line.length && !/\s/.test(line[end])) end++;
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  return out.map(([a, z]) => line.slice(a, z));
}

/** The fully written date (year, month and day) that the texts state most often. */
export function mostStatedDate(texts: string[]): Date | undefined {
  const counts = new Map<string, number>();
  const ref = new Date(Date.UTC(2000, 0, 1));
  // only stretches that write a year and a month can state a full date: parse just those
  const windows = texts
    .flatMap((t) => t.split('\n'))
    .filter((l) => MONTH_OR_NUMERIC.test(l))
    .flatMap(yearWindows)
    .filter((w) => MONTH_OR_NUMERIC.test(w));
  for (const t of windows) {
    for (const r of parseSentence(t, ref)) {
      const c = r.start;
      if (!(c.isCertain('year') && c.isCertain('month') && c.isCertain('day')) || !/\d{4}/.test(r.text))
        continue;
      const d = c.date();
      const k = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return best ? new Date(`${best[0]}T12:00:00Z`) : undefined;
}
