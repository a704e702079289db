// A dateline: a short line that is only a publication date, maybe with a time and page furniture
// ("14 October 2025, 6.40pm", "October 15, 2025 | 3 min read | 0 Comments").
import * as chrono from 'chrono-node';

/** chrono's casual English parser without its relative-time parsers ("3 days ago", "within a
 * week", "2 weeks later"): a dateline needs a full date, and those parsers' patterns cost about
 * 0.4 s to compile on first use. Immutable configuration, built once. */
export const RELATIVE_PARSERS = /^ENTimeUnit(Ago|Later|Within|CasualRelative)FormatParser$/;
const casual = chrono.en.configuration.createCasualConfiguration();
export const datelineParser = new chrono.Chrono({
  parsers: casual.parsers.filter((p) => !RELATIVE_PARSERS.test(p.constructor.name)),
  refiners: casual.refiners,
});

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DATEISH = new RegExp(
  `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}\\s*[/.]\\s*\\d{1,2}\\s*[/.]\\s*\\d{2,4}`,
  'i',
);

/** Words a dateline may carry beside its dates: labels, time zones, clock times. */
const FURNITURE =
  /\b(published|posted|updated|last|modified|first|originally|for immediate release|release date|on|at|and|gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|hkt|ist|aest|aedt|et|ct|pt|am|pm|a\.m|p\.m)\b|[\d\s,.:;()/-]+/gi;

const offset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
};

export function datelineDate(line: string): string | null {
  // a paragraph, or a line with no year, is not a dateline (cheap tests first)
  if (line.length > 200 || !/\d{4}/.test(line) || !DATEISH.test(line)) return null;
  // dumps rebuilt from tokens space out dates: "4 / 9 / 2007"; copied pages glue labels on:
  // "14:20, 3 Jun 2026Updated 15:02, 3 Jun 2026"
  const first = line
    .split(/\s+[|·•]\s+/)[0]
    .trim()
    .replace(/(?<=\d{4})\s+\/\s+(?=\d{1,2}[:.]\d{2})/g, ' ') // "Mar 3, 2026 / 10:14 AM CST"
    .replace(/(?<=\b\d{1,2})\s*([/:])\s*(?=\d)/g, '$1')
    .replace(/(?<=\d)(?=(updated|published|posted|modified)\b)/gi, ' ');
  if (first.split(/\s+/).length > 18 || !/\d{4}/.test(first) || !DATEISH.test(first)) return null;
  // a sentence that mentions a date has more words than a dateline's labels (cheap, before chrono)
  if (otherWords(first) > 4) return null;
  const normalised = first
    .replace(/(\d{1,2})\.(\d{2})\s*(am|pm)\b/i, '$1:$2$3')
    // a 24-hour time written with a dot ("19.05 BST", "15.41")
    .replace(/\b([01]?\d|2[0-3])\.([0-5]\d)\b(?=\s*(?:[A-Z]{2,4}\b|,|$))(?!\s*\d)/g, '$1:$2');
  const results = datelineParser.parse(normalised, { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });
  const r = results[0];
  if (!r?.start.isCertain('year') || !r.start.isCertain('day')) return null;
  // the dates must be the whole line: "Posted: 1052 GMT, April 10, 2007" yes, a sentence no
  let rest = normalised;
  for (const x of results) rest = rest.replace(x.text, ' ');
  if (rest.replace(FURNITURE, '').length > 3) return null;
  const s = r.start;
  const day = `${s.get('year')}-${pad(s.get('month') ?? 1)}-${pad(s.get('day') ?? 1)}`;
  if (!s.isCertain('hour')) return day;
  const time = `${day}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
  // the time as the page states it; its zone, when named, as an ISO offset
  const zone = s.get('timezoneOffset');
  return s.isCertain('timezoneOffset') && zone !== null ? time + offset(zone) : time;
}

const DATE_FURNITURE = new RegExp(
  `\\b(${MONTH}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(mon|tues|wednes|thurs|fri|satur|sun)day|published|posted|updated|last|modified|first|originally|for|immediate|release|date|time|on|at|and|gmt|utc|[a-z]{1,2}[sd]t|cest|hkt|ist|et|ct|pt|am|pm|a\\.\\s?m|p\\.\\s?m|\\d+(st|nd|rd|th)?)\\b\\.?|[\\d\\s,.:;()/|+-]+`,
  'gi',
);

/**
 * A line that is a date or a time stamp, parsed or not ("Mumbai, Nov 11 -", "Found March 08, 2013",
 * "POSTED: 04 / 02 / 07, 9:00 PM PDT |"): at most two other words, and not a sentence.
 */
/** Words that are not a date, a time or a dateline label. */
function otherWords(line: string): number {
  return line
    .replace(DATE_FURNITURE, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

export function isDateLike(line: string): boolean {
  const t = line.trim();
  if (t.length > 120 || t.split(/\s+/).length > 14) return false;
  if (/[.!?]$/.test(t) && !/\b[ap]\.\s?m\.$/i.test(t)) return false;
  const clock = /\b\d{1,2}[:.]\d{2}\b/.test(t);
  const dated = DATEISH.test(t) || /\b\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{2,4}\b/.test(t);
  if (!dated && !(clock && /\b(19|20)\d{2}\b/.test(t))) return false;
  return otherWords(t) <= 2;
}
