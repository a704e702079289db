// Plain-text term extraction shared by clustering and duplicate detection: a regex tokeniser,
// a built-in English stopword list, light suffix stripping, capitalised names and numbers.

/** Common English function words plus a few reporting verbs that carry no story identity. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all almost also although am among an and another any are ' +
    'around as at be because been before being below between both but by can could did do does ' +
    'doing done down during each either else even ever every few for from further get gets got had ' +
    'has have having he her here hers herself him himself his how however i if in into is it its ' +
    'itself just least less like made make many may me might more most much must my myself near ' +
    'neither never no nor not now of off often on once one only or other others our ours ourselves ' +
    'out over own per perhaps quite rather really said same say says she should since so some such ' +
    'than that the their theirs them themselves then there these they this those though through ' +
    'thus to too toward towards under until up upon us very via was we well were what whatever when ' +
    'where whether which while who whom whose why will with within without would yet you your yours ' +
    'yourself yourselves also told tell according new news report reported reports'
  ).split(' '),
);

const NUMBER_RE = /^\d+(?:[.,]\d+)*$/;
const HAS_LETTER_RE = /\p{L}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const VOWEL_RE = /[aeiouy]/;

export interface Token {
  /** The token as written. */
  raw: string;
  /** UTF-16 offset of the token in the source text. */
  start: number;
  /** True when the token is the first word of a sentence or line (so capitalisation says nothing). */
  sentenceInitial: boolean;
  /** Zero-based line number. */
  line: number;
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and combining marks; ASCII is decided without a regex. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_CHAR_RE.test(String.fromCharCode(c));
}

/** Characters that may join two word parts inside one token: ' ’ . , - */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 44 || c === 45;
/** Characters after which the next word starts a sentence or line: . ! ? : ; newline */
const isBreak = (c: number) => c === 46 || c === 33 || c === 63 || c === 58 || c === 59 || c === 10;

/**
 * Splits text into tokens: runs of letters/digits, where single apostrophes, periods, commas or
 * hyphens between two word characters stay inside the token ("don't", "U.S", "1,200", "well-known").
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let sentenceInitial = true;
  let line = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      if (isBreak(c)) sentenceInitial = true;
      if (c === 10) line++;
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isWordChar(d)) i++;
      else if (isJoiner(d) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    out.push({ raw: text.slice(start, i), start, sentenceInitial, line });
    sentenceInitial = false;
  }
  return out;
}

const undouble = (w: string): string =>
  w.length >= 4 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1] ?? '')
    ? w.slice(0, -1)
    : w;

/**
 * Conservative suffix stripping: plural -s/-es/-ies, then -ing/-ed, then a final -e, so that
 * "charge", "charges", "charged" and "charging" all become "charg". Short words are left alone.
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/[’']s$/, '');
  if (w.length <= 3 || !HAS_LETTER_RE.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) {
    // keep: "press", "virus", "crisis"
  } else if (/(?:s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);

  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL_RE.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && VOWEL_RE.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));

  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** Normalises a numeric token: drops thousands separators, keeps decimals ("1,200" → "1200"). */
export function normaliseNumber(raw: string): string {
  const t = raw.replace(/,(?=\d{3}(?:\D|$))/g, '');
  return t.replace(/^0+(?=\d)/, '');
}

export interface TermProfile {
  /** Content-word stems (stopwords and bare numbers removed), in text order. */
  terms: string[];
  /**
   * Lowercased likely names: capitalised words inside a sentence, plus sentence-initial or
   * title-case occurrences of words that the text also capitalises inside a sentence.
   */
  names: string[];
  /** Normalised numbers (years, counts, amounts). */
  numbers: string[];
}

const isUpperStart = (raw: string, c0: number) =>
  (c0 >= 65 && c0 <= 90) || (c0 > 127 && UPPER_START_RE.test(raw));

/**
 * Extracts content stems, likely names and numbers from a text. Lines in title case ("Quake Hits
 * Northern Italy") say nothing about names by capitalisation alone. Pass the same `stems` map
 * across calls to reuse stemming work over a batch.
 */
export function profileText(text: string, stems: Map<string, string> = new Map()): TermProfile {
  const terms: string[] = [];
  const numbers: string[] = [];
  // Capitalised words only; names are chosen among them at the end.
  const caps: Array<{ lower: string; inside: boolean; line: number }> = [];
  const titleCaseLines = new Set<number>();
  let line = -1;
  let lineAll = 0;
  let lineCaps = 0;
  const endLine = () => {
    if (lineAll >= 3 && lineCaps >= 0.8 * lineAll) titleCaseLines.add(line);
  };
  for (const tok of tokenize(text)) {
    const raw = tok.raw;
    const c0 = raw.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57) {
      if (NUMBER_RE.test(raw)) {
        numbers.push(normaliseNumber(raw));
        continue;
      }
      if (!HAS_LETTER_RE.test(raw)) continue;
    }
    let lower = raw.toLowerCase();
    const last = lower.length - 2;
    if (last > 0 && lower.charCodeAt(last + 1) === 115 && (lower[last] === "'" || lower[last] === '’')) {
      lower = lower.slice(0, last);
    }
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    let st = stems.get(lower);
    if (st === undefined) {
      st = stem(lower);
      stems.set(lower, st);
    }
    terms.push(st);
    if (tok.line !== line) {
      endLine();
      line = tok.line;
      lineAll = 0;
      lineCaps = 0;
    }
    lineAll++;
    if (isUpperStart(raw, c0)) {
      lineCaps++;
      caps.push({ lower, inside: !tok.sentenceInitial, line });
    }
  }
  endLine();
  const known = new Set<string>();
  for (const w of caps) if (w.inside && !titleCaseLines.has(w.line)) known.add(w.lower);
  const names: string[] = [];
  for (const w of caps) if (known.has(w.lower)) names.push(w.lower);
  return { terms, names, numbers };
}

/** Content-word stems of a text: tokenise, lowercase, drop stopwords and numbers, stem. */
export function contentStems(text: string, stems?: Map<string, string>): string[] {
  return profileText(text, stems).terms;
}
