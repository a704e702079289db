// A simple sentence splitter returning [start, end) offsets, used when no sentences are given.

/** Words that usually end with a period without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen col lt sgt capt cmdr adm gov sen rep rev hon pres ' +
    'inc ltd co corp no vs etc jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig'
  ).split(' '),
);

/** What may follow "a.m." / "p.m." inside a sentence: a day, a month or a time zone ("5 p.m. Monday"). */
const AFTER_TIME_RE =
  /^\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\p{Lu}{2,5}\b)/u;

const END_RE = /[.!?…]+["'”’)\]]*(?=\s)/g;
const WORD_BEFORE_RE = /([\p{L}.]+)[.]*$/u;
const NEXT_START_RE = /^\s+["'“‘([]?[\p{Lu}\p{N}]/u;

function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? [s, e] : undefined;
}

/**
 * Splits text into sentences: at line breaks, and after . ! ? (with closing quotes or brackets)
 * when whitespace and an upper-case letter, digit or opening quote follow — except after common
 * abbreviations ("Dr.", "Gen.") and single-letter initials ("J. Smith"). "a.m." and "p.m." end a
 * sentence unless a day, month or time zone follows ("at 5 p.m. Monday"). Offsets are UTF-16,
 * end exclusive, with surrounding whitespace trimmed.
 */
export function splitSentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const m of line.matchAll(END_RE)) {
      const endInLine = (m.index ?? 0) + m[0].length;
      if (!NEXT_START_RE.test(line.slice(endInLine))) continue;
      if (m[0].startsWith('.')) {
        const before = WORD_BEFORE_RE.exec(line.slice(0, (m.index ?? 0) + 1))?.[1] ?? '';
        const word = before.replace(/\.$/, '').toLowerCase();
        const lastPart = word.split('.').pop() ?? '';
        const rest = line.slice(endInLine);
        if (word === 'a.m' || word === 'p.m') {
          if (AFTER_TIME_RE.test(rest)) continue;
        } else if (ABBREVIATIONS.has(word) || (lastPart.length === 1 && /\p{L}/u.test(lastPart))) continue;
      }
      const span = trimSpan(text, start, lineStart + endInLine);
      if (span) out.push(span);
      start = lineStart + endInLine;
    }
    const span = trimSpan(text, start, lineStart + line.length);
    if (span) out.push(span);
    lineStart += line.length + 1;
  }
  return out;
}
