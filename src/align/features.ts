// Sentence features for alignment: content lemmas mapped through a small synonym table, entity
// names (canonical across the story), numbers, resolved dates and negation.
import type { TimedArticle } from '../annotate/annotate.ts';
import { measureKey, near } from './measure.ts';
import { canonicalTerm } from './synonyms.ts';

const STOP = new Set(
  `be have do say tell report state note add also would could should may might will can must other such which who whom
  whose what when where while there here this that these those it its they them their he she his her we our you your
  one all some any each both many much more most very so than then thus however also including include according
  regard regarding concern concerning amid amidst via per said says reportedly told significant potential ongoing
  situation context highlight underscore emphasize`.split(/\s+/),
);
/** Numbers ('NUM') count as content but are compared as values (`numbers`, `measures`), not as words. */
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'ADV']);
/**
 * Words of time ("Monday", "last week"): when something happened is compared as resolved dates;
 * as words they make any two sentences of one day's news look alike.
 */
const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight weekend
  morning afternoon evening night last next earlier later ago`.split(/\s+/),
);
const COMPASS = new Set('north south east west northeast northwest southeast southwest'.split(' '));
const DISTANCE_UNITS = new Set(['mile', 'km', 'kilometer', 'kilometre', 'nautical']);

/**
 * The tokens of a distance and bearing ("930 miles south of Tehran", "58km (36 miles) south-west
 * of Bandar Abbas", "13 nautical miles away"): where something is, told by its number and its
 * place's name; as words they would make any two locations alike. A bearing is lower-case compass
 * words before "of", not after a determiner or adjective ("South Korea" is a name; "the west of
 * the island" and "heading north" stay words).
 */
export function locationTokens(
  tokens: Array<{ text: string; lemma: string; pos: string }>,
  first: number,
  last: number,
): Set<number> {
  const out = new Set<number>();
  const lower = (k: number) => tokens[k]?.text.toLowerCase() ?? '';
  // lower-case only: "South Korea" is a name
  const compass = (k: number) => COMPASS.has(tokens[k].text);
  const unitsBefore = (from: number) => {
    for (let k = from; k >= first && k > from - 8; k--) {
      const w = tokens[k].lemma.toLowerCase();
      if (DISTANCE_UNITS.has(w)) out.add(k);
      else if (!/^[\d.,()]+$|^about$/.test(w)) break;
    }
  };
  for (let i = first; i < last; i++) {
    const text = tokens[i].text;
    // most words are none of these: one set lookup each
    if (!COMPASS.has(text) && text !== 'from' && text !== 'off' && text !== 'away') continue;
    // "the less populated west of the island" is a region, no bearing
    if (compass(i) && !/^(DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '')) {
      let j = i;
      while (j + 2 < last && lower(j + 1) === '-' && compass(j + 2)) j += 2;
      if (lower(j + 1) !== 'of') continue;
      for (let k = i; k <= j; k++) out.add(k);
      unitsBefore(i - 1);
    } else if (!COMPASS.has(text) && i > first && DISTANCE_UNITS.has(tokens[i - 1].lemma.toLowerCase()))
      unitsBefore(i - 1);
  }
  return out;
}

const NEGATION =
  /\b(not|no|none|nothing|nobody|never|neither|nor)\b|n['’]t\b|\b(?:ca|do|does|did|is|was|were|wo|could|would|has|have|had)nt\b|\byet to\b/i;
/**
 * Negators that deny nothing: "not only …but also" adds, "it was not until 2003 that" dates,
 * "none other than" names, "none more so" and "or none at all" compare.
 */
const NOT_DENIAL = /\bnot (?:only|just|merely|least|until)\b|\bnone (?:other|more|at all)\b/gi;
const NOT_DENIAL_NEXT = /^(only|just|merely|least|until|other|more|at)$/i;
/** Words that state an absence by themselves: "North Korea's silence" ~ "has not responded". */
const INHERENT_NEGATIVE = /\b(silence|silent|refused?|declined?|denied|denies|failed|absence|unanswered)\b/i;
/** A modal or a condition: "would move", "might have to", "if he signs", "hinges on". */
const HEDGED =
  /\b(if|unless|would|could|might|may|should|hinges?|depends?|with the (?:purpose|aim) of|in an effort to|in order to|intending to)\b/i;
/** Hedged or conditional statements do not contradict facts. */
const CONDITIONAL =
  /\b(if|whether|unless|would|could|might|may|should|hinges?|depends?|prerequisite|willingness|possibility|potential)\b/i;

export interface SentenceFeatures {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  /** Canonical content words (synonym classes) with counts. */
  terms: Map<string, number>;
  /** Canonical words of its verbs: what the sentence says happened. */
  verbs: Set<string>;
  /** Terms that are words of a name ("Red", "Sox", "Youkilis"). */
  names: Set<string>;
  /**
   * Terms found only in the sentence's setting ("after the shootings", "during their deployment",
   * "which killed 10"): what it takes as given, not what it states.
   */
  setting: Set<string>;
  entities: Set<string>;
  numbers: Set<number>;
  /** The numbers that are someone's age ("a 63-year-old woman", "Riva, 47,"). */
  ages: Set<number>;
  /** Day-precision dates. */
  dates: Set<string>;
  /** Figures stated whose counted thing is written: measure key → value and as-of date. */
  measures: Array<{
    key: string;
    value: number;
    qualifier?: string;
    asOf?: string;
    thing?: string;
    /** An end of a range ("between 40 and 80 percent"). */
    range?: 'low' | 'high';
  }>;
  /** States an absence or a negation (negator XOR an inherently negative word). */
  negated: boolean;
  /** Canonical content words right after the negator: what is denied. */
  negatedTerms: Set<string>;
  /** The first verb after the negator, else its first content word: the denied predicate. */
  negatedVerb?: string;
  conditional: boolean;
  /** Says what may, would or could happen, or only if something else does: not what did. */
  hedged: boolean;
  /** Its subject is "it" ("It killed 612 people…"): what it is about is in an earlier sentence. */
  itSubject: boolean;
  /** Times of day it states, in minutes after midnight ("17:06", "10 a.m."). */
  times?: number[];
  /** The stage of a criminal case it reports: a verdict, charges to come, or charges (see `caseStage`). */
  stage?: 'verdict' | 'charge' | 'pending';
}

/** "17:06", "10 a.m.", "4:20 p.m.", "06:00 BST": a time of day. */
const TIME_OF_DAY = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.\s?m\b\.?|p\.\s?m\b\.?|am\b|pm\b)?/gi;

/** The times of day a sentence states, in minutes after midnight: "HH:MM", or an hour with a.m./p.m. */
export function timesOfDay(text: string): number[] {
  if (!/\d[:.]\d\d|\d\s*[ap]\.?\s?m\b/i.test(text)) return [];
  const out: number[] = [];
  for (const m of text.matchAll(TIME_OF_DAY)) {
    const [, h, min, half] = m;
    if (min === undefined && !half) continue;
    // "3.8 on the Richter scale", "$27.5 million" are no times: a colon, or a.m./p.m.
    if (min !== undefined && !half && text[(m.index ?? 0) + h.length] !== ':') continue;
    let hour = Number(h);
    if (hour > 23 || Number(min ?? 0) > 59) continue;
    if (half && /^p/i.test(half) && hour < 12) hour += 12;
    if (half && /^a/i.test(half) && hour === 12) hour = 0;
    out.push(hour * 60 + Number(min ?? 0));
  }
  return out;
}

/** Whether two sentences each state a time of day and no two of their times are within half an hour. */
export function otherTimes(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (!a.times || !b.times) return false;
  for (const x of a.times) for (const y of b.times) if (Math.abs(x - y) <= 30) return false;
  return true;
}

/**
 * A sentence whose subject is "it" standing for a thing or an event (after any opening quote
 * mark), not the empty "it" of "it is", "it was", "it's".
 */
const IT_SUBJECT = /^[\s"'“‘]*it\s+(?!is\b|was\b|'s\b|’s\b|seems\b|appears\b)/i;

/** A verdict stated as done ("was found guilty", "pleaded guilty"), not one that may come ("if convicted"). */
const VERDICT =
  /\b(?:was|were|been|is|are)\s+(?:found\s+(?:not\s+)?guilty|convicted|acquitted|sentenced)\b|\b(?:pleaded|pled)\s+guilty\b|\bguilty verdict\b/i;
const CHARGE = /\b(?:charged|charges?|accused|arraigned|indicted)\b/i;
/**
 * Charges not yet brought: "was expected to be charged Tuesday", "will be charged" (an arraignment
 * to come is on charges already brought).
 */
const PENDING =
  /\b(?:expected to be|will be|is to be|was to be|could be|may be)\s+(?:formally\s+)?(?:charged|indicted)\b/i;

/**
 * Which stage of a criminal case a sentence reports: "was found guilty of murder", "is charged
 * with murder" and "was expected to be charged in the shooting" are three facts of one case, days
 * or months apart, however alike their words.
 */
export function caseStage(text: string): 'verdict' | 'charge' | 'pending' | undefined {
  if (VERDICT.test(text)) return 'verdict';
  if (PENDING.test(text)) return 'pending';
  if (CHARGE.test(text)) return 'charge';
  return undefined;
}

/** Words that open a phrase of setting: what came before, or why ("after", "following", "during"). */
const SETTING_OPENERS = new Set('after following during since amid amidst because despite'.split(' '));
/** Verbs that take "after" as their own particle ("going after the rules", "named after"). */
const AFTER_PARTICLE = new Set(['go', 'look', 'name', 'come', 'run', 'chase', 'take']);
/**
 * Words that open a relative clause ("…an earthquake which killed 10"): setting once its clause has
 * a verb, not inside the subject ("A man who was fired last week killed three people").
 */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'whom', 'where']);
/** Words that open a clause of its own: "reported that two victims died", "and people poured out". */
const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'or']);
/**
 * Verbs of saying and believing, whose object is mostly a clause ("said the investigation led them
 * there"); not "reported", more often said of a thing ("reported casualties among the troops deployed").
 */
const SAYING = new Set('say tell add note claim state believe think know suggest'.split(' '));
/** Punctuation that closes a phrase of setting, and any dash (`isDash`). */
const PHRASE_END = new Set([',', ';', ':', '(', ')']);

const isParticiple = (t: { text: string; pos: string }) => t.pos === 'VERB' && /(?:ed|ing)$/i.test(t.text);

/** A dash between words: "–", "—", "--", or a hyphen with a space before it (not "high-speed"). */
function isDash(
  tokens: Array<{ text: string; pos: string; start: number; end: number }>,
  i: number,
  first: number,
): boolean {
  const t = tokens[i];
  if (t.text === '–' || t.text === '—' || t.text === '--') return true;
  if (t.text !== '-' || (i > first && tokens[i - 1].end === t.start && tokens[i - 1].text !== '-'))
    return false;
  // "3 - 2" is a score
  return !(tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM');
}

/**
 * The asides of a sentence: what stands between parentheses or between two dashes ("upgraded
 * their initial offer -- eight years, $160 million -- to $184 million"), marked 1 with their
 * delimiters. A dash with no second one after it opens no aside.
 */
function asides(
  tokens: Array<{ text: string; pos: string; start: number; end: number }>,
  first: number,
  last: number,
): Uint8Array {
  const out = new Uint8Array(last - first);
  let open = -1;
  let dash = -1;
  for (let i = first; i < last; i++) {
    const t = tokens[i].text;
    if (t === '(') open = i;
    else if (t === ')' && open >= 0) {
      out.fill(1, open - first, i - first + 1);
      open = -1;
    } else if (isDash(tokens, i, first)) {
      // "- -" (written so in some page dumps) is one dash: its second hyphen neither opens nor closes
      if (i > first && tokens[i - 1].text === '-' && tokens[i - 1].end >= tokens[i].start - 1) continue;
      if (dash >= 0) {
        out.fill(1, dash - first, i - first + 1);
        dash = -1;
      } else dash = i;
    }
  }
  return out;
}

/**
 * The apposition after a sentence's subject: "The suspect, 38-year-old Anthony LaCalamita, was
 * seeking…" — between its first two commas, no verb, and the sentence's verb right after: who the
 * subject is, not what the sentence states. Marked 1 with its commas.
 */
function apposition(
  tokens: Array<{ text: string; pos: string }>,
  first: number,
  last: number,
  out: Uint8Array,
): void {
  let open = -1;
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (open < 0) {
      if (verb) return;
      if (t.text === ',') open = i;
      continue;
    }
    if (verb) return;
    if (t.text === ',') {
      const next = tokens[i + 1];
      if (i > open + 1 && next && (next.pos === 'VERB' || next.pos === 'AUX'))
        out.fill(1, open - first, i - first + 1);
      return;
    }
  }
}

/** Whether the words after "express" name a wish ("a desire to", "their intent"), within a few tokens. */
function expressesWish(tokens: Array<{ lemma: string }>, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + 4); k++)
    if (canonicalTerm(tokens[k].lemma) === 'wish') return true;
  return false;
}

/**
 * Which tokens of a sentence lie in a phrase of setting, what it takes as given rather than
 * states (`out[i - first]` is 1 for such a token):
 * - from an opener ("after the shootings", `SETTING_OPENERS`) to the next comma, or to a verb
 *   joined by "and"/"but" ("after the fire and offered an apology"); one that opens the sentence
 *   with no comma, to the determiner after its noun ("Following the attack the army closed…");
 * - a relative clause once its clause has a verb ("…a quake which killed 10"), or after a comma
 *   once the sentence has one, to the comma; not one inside the subject ("A man who was fired
 *   last week killed three people": the verb after it is the sentence's own);
 * - a participle after a noun once its clause has its verb ("reported casualties among the troops
 *   deployed there"), to the comma or the next auxiliary ("a boss arrested Tuesday has hanged himself");
 * - a participle that opens the sentence ("Captured on January 11, the soldiers…"), as an opener;
 * - an aside between parentheses or two dashes (`asides`), and the apposition after the subject
 *   ("The suspect, 38-year-old Anthony LaCalamita, was…", `apposition`).
 */
export function settingMask(
  tokens: Array<{ text: string; pos: string; lemma: string; start: number; end: number }>,
  first: number,
  last: number,
): Uint8Array {
  const out = asides(tokens, first, last);
  apposition(tokens, first, last, out);
  /** The phrase of setting the token is in, if any ('lead': an opener starting the sentence). */
  let phrase: 'lead' | 'opener' | 'relative' | 'reduced' | null = null;
  /** A verb outside any setting: in the sentence, and in the current clause. */
  let stated = false;
  let clauseStated = false;
  /** A relative clause inside the subject: 1 before its verb, 2 after it. */
  let subjectRelative = 0;
  for (let i = first; i < last; i++) {
    if (out[i - first]) continue;
    const t = tokens[i];
    const prev = i > first ? tokens[i - 1] : undefined;
    if (PHRASE_END.has(t.text) || isDash(tokens, i, first)) {
      phrase = null;
      clauseStated = false;
      subjectRelative = 0;
      continue;
    }
    const lower = t.text.toLowerCase();
    const next = i + 1 < last ? tokens[i + 1] : undefined;
    const verb = t.pos === 'VERB' || t.pos === 'AUX';
    if (CLAUSE_OPENERS.has(lower)) {
      clauseStated = false;
      if ((phrase === 'opener' || phrase === 'lead') && (next?.pos === 'VERB' || next?.pos === 'AUX'))
        phrase = null;
    }
    if (phrase === 'reduced' && t.pos === 'AUX') phrase = null;
    if (phrase === 'lead' && t.pos === 'DET' && prev && /^(NOUN|PROPN|NUM)$/.test(prev.pos)) phrase = null;
    // the verb that ends a relative clause inside the subject is the sentence's own
    let ownVerb = false;
    if (subjectRelative && verb && !phrase) {
      if (subjectRelative === 1) subjectRelative = 2;
      else if (prev && prev.pos !== 'AUX' && prev.pos !== 'PART') {
        subjectRelative = 0;
        ownVerb = true;
      }
      if (!ownVerb) continue;
    }
    if (!phrase && !ownVerb) {
      if (
        SETTING_OPENERS.has(lower) &&
        !(lower === 'after' && prev && AFTER_PARTICLE.has(prev.lemma.toLowerCase()))
      )
        phrase = i === first ? 'lead' : 'opener';
      else if (RELATIVE_OPENERS.has(lower)) {
        if (clauseStated || (stated && prev?.text === ',')) phrase = 'relative';
        else if (!subjectRelative) subjectRelative = 1;
      } else if (lower === 'that' && !stated && prev?.pos === 'NOUN') subjectRelative = 1;
      else if (clauseStated && isParticiple(t) && prev?.pos === 'NOUN') phrase = 'reduced';
      else if (i === first && isParticiple(t)) phrase = 'lead';
    }
    if (phrase) out[i - first] = 1;
    // a verb of saying opens a clause of its own ("police said the investigation led them…")
    else if (verb) {
      stated = true;
      clauseStated = !SAYING.has(t.lemma.toLowerCase());
    }
  }
  return out;
}

/**
 * A participle joined by a hyphen to the noun before it ("skyscraper-lined", "snow-covered") is an
 * adjective of that noun: it says nothing happened.
 */
function nounCompound(
  tokens: Array<{ text: string; pos: string; start: number; end: number }>,
  i: number,
  first: number,
): boolean {
  const t = tokens[i];
  const dash = tokens[i - 1];
  const noun = tokens[i - 2];
  return (
    i - 2 >= first &&
    /ed$/i.test(t.text) &&
    dash.text === '-' &&
    dash.end === t.start &&
    noun.end === dash.start &&
    noun.pos === 'NOUN'
  );
}

/**
 * The people of a country as one word with their adjective: "North Koreans" and "North Korean
 * soldiers" share "korean" (the tagger leaves a capitalised plural as it is).
 */
function demonym(lemma: string, text: string): string {
  return lemma.length > 5 && lemma.endsWith('ans') && /^\p{Lu}/u.test(text) ? lemma.slice(0, -1) : lemma;
}

/** Whether a word has a letter (an ASCII first letter answers at once). */
function hasLetter(word: string): boolean {
  const c = word.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || /\p{L}/u.test(word);
}

/**
 * Features of each body sentence of an article. Words and names inside `credits` (the phrases
 * that say who said it: "Troy police Lt. Gerry Scherlinck said") do not count: two sentences
 * credited to one speaker do not state the same fact for that.
 */
export function sentenceFeatures(
  a: TimedArticle,
  canonicalEntity: (name: string) => string,
  credits: Array<[number, number]> = [],
): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (const s of a.sentences) {
    if (s.block !== 'body') continue;
    // a credit lies within one sentence: look only at this sentence's
    const own = credits.filter(([cs, ce]) => cs < s.end && ce > s.start);
    const credited = (start: number, end: number) => own.some(([cs, ce]) => start >= cs && end <= ce);
    const terms = new Map<string, number>();
    /** Every content word, to tell a statement from a fragment. */
    const words = new Set<string>();
    const names = new Set<string>();
    const core = new Set<string>();
    const mask = settingMask(a.tokens, s.tokens[0], s.tokens[1]);
    const located = locationTokens(a.tokens, s.tokens[0], s.tokens[1]);
    const sentenceMentions = a.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
    const verbs = new Set<string>();
    const negatedTerms = new Set<string>();
    let negatedVerb: string | undefined;
    let firstNegated: string | undefined;
    let scope = 0;
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      const t = a.tokens[i];
      // "had yet to regain" denies like "had not regained"
      const yetTo = t.text.toLowerCase() === 'yet' && a.tokens[i + 1]?.text.toLowerCase() === 'to';
      // every negator has an "n" (cheap test first); "cant" is read "ca" + "nt" (lemma "not")
      if (
        ((t.text.includes('n') || t.text.includes('N')) && (NEGATION.test(t.text) || t.lemma === 'not')) ||
        yetTo
      ) {
        if (!NOT_DENIAL_NEXT.test(a.tokens[i + 1]?.text ?? '')) scope = 4;
        continue;
      }
      if (!CONTENT_POS.has(t.pos) && t.pos !== 'NUM') continue;
      if (own.length && credited(t.start, t.end)) continue;
      // a number is content ("Teixeira will be 29 in April." is a statement), compared as a value
      if (t.pos === 'NUM') {
        words.add(t.text.toLowerCase());
        continue;
      }
      const lemma = demonym(
        t.lemma.endsWith("'s") || t.lemma.endsWith('’s') ? t.lemma.slice(0, -2) : t.lemma,
        t.text,
      );
      if (lemma.length < 2 || STOP.has(lemma) || !hasLetter(lemma)) continue;
      const c = canonicalTerm(lemma);
      words.add(c);
      if (TIME_WORDS.has(lemma) || located.has(i)) continue;
      // the denied predicate is the first verb after the negator, light or not: "not expecting the
      // toll to rise" denies an expectation, not a rise
      if (scope > 0 && t.pos === 'VERB') negatedVerb ??= c;
      // a light verb ("made" an offer, "confirmed") says nothing of what happened: the sentence's
      // other words do
      if (t.pos === 'VERB' && LIGHT_VERBS.has(c)) continue;
      // "expressed a desire" asks; "expressed concern" or "gratitude" only voices it
      if (lemma === 'express' && !expressesWish(a.tokens, i + 1, s.tokens[1])) continue;
      terms.set(c, (terms.get(c) ?? 0) + 1);
      if (!mask[i - s.tokens[0]]) core.add(c);
      if (t.pos === 'VERB' && !nounCompound(a.tokens, i, s.tokens[0])) verbs.add(c);
      if (sentenceMentions.some((m) => t.start >= m.start && t.end <= m.end)) names.add(c);
      if (scope > 0) {
        // what is denied: the next few content words after the negator
        negatedTerms.add(c);
        firstNegated ??= c;
        scope--;
      }
    }
    const entities = new Set(
      sentenceMentions.filter((m) => !credited(m.start, m.end)).map((m) => canonicalEntity(m.name)),
    );
    const quantities = a.quantities.filter((q) => q.sentence === s.index);
    const numbers = new Set(quantities.map((q) => q.value));
    const ages = new Set(quantities.filter((q) => q.unit === 'years old').map((q) => q.value));
    const asOf = a.dates.find((d) => d.sentence === s.index && d.asOf)?.date;
    const measures = quantities.flatMap((q) => {
      const key = measureKey(q);
      return key
        ? [
            {
              key,
              value: q.value,
              // every measure has the same fields, set or not: one object shape for the hot loops
              qualifier: q.qualifier,
              asOf,
              thing: q.thing,
              range: q.range,
            },
          ]
        : [];
    });
    const sText = a.article.text.slice(s.start, s.end);
    // a fragment ("It's tough.", a source tag) states no fact of its own
    if (words.size < 3) continue;
    const dates = new Set(
      a.dates.filter((d) => d.sentence === s.index && d.precision === 'day').map((d) => d.date),
    );
    const stage = caseStage(sText);
    const times = timesOfDay(sText);
    out.push({
      articleId: a.article.id,
      sentence: s.index,
      start: s.start,
      end: s.end,
      terms,
      verbs,
      names,
      setting: new Set([...terms.keys()].filter((t) => !core.has(t))),
      entities,
      numbers,
      ages,
      dates,
      measures,
      // (the replacement only where a negator is: most sentences have none)
      negated:
        (NEGATION.test(sText) && NEGATION.test(sText.replace(NOT_DENIAL, ''))) !==
        INHERENT_NEGATIVE.test(sText),
      negatedTerms,
      // the tagger sometimes misses the verb ("did not close"): then the first denied word stands in
      negatedVerb: negatedVerb ?? firstNegated,
      conditional: CONDITIONAL.test(sText),
      hedged: HEDGED.test(sText),
      itSubject: IT_SUBJECT.test(sText),
      times: times.length ? times : undefined,
      stage,
    });
  }
  return out;
}

/** Inverse document frequency of terms over a set of sentences. */
export function idfOf(features: SentenceFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of features) for (const t of f.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = features.length || 1;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

/** How much term containment counts against cosine (chosen on the seed story; see BENCHMARKS.md). */
const CONTAINMENT_WEIGHT = 0.25;

/** Idf-weighted size of a sentence's terms: squared norm (for cosine) and mass (for containment). */
export interface TermWeight {
  norm2: number;
  mass: number;
}

export function termWeight(f: SentenceFeatures, idf: Map<string, number>): TermWeight {
  let norm2 = 0;
  let mass = 0;
  for (const [t, c] of f.terms) {
    const w = idf.get(t) ?? 1;
    norm2 += (w * c) ** 2;
    mass += w;
  }
  return { norm2, mass };
}

/** Blend of cosine and containment from a pair's dot product and shared idf mass. */
export function termScore(dot: number, sharedMass: number, a: TermWeight, b: TermWeight): number {
  const cosine = a.norm2 && b.norm2 ? dot / Math.sqrt(a.norm2 * b.norm2) : 0;
  // a short sentence restated inside a long one: share of the shorter one's weight that is shared
  const containment = a.mass && b.mass ? sharedMass / Math.min(a.mass, b.mass) : 0;
  return (1 - CONTAINMENT_WEIGHT) * cosine + CONTAINMENT_WEIGHT * containment;
}

/**
 * Light, hedging and reporting verbs: sharing "appeared", "made" or "confirmed" does not say the
 * same thing happened ("confirmed the offer" / "confirmed the withdrawal").
 */
const LIGHT_VERBS = new Set(
  `appear seem make take get go come give include know want like hold keep put confirm believe suggest
  expect indicate reveal announce claim explain describe think consider`.split(/\s+/),
);

/** A number that is evidence when shared ("12,000", "63"), unlike "two" or "100". */
const isDistinctive = (n: number) => n >= 10 && !Number.isInteger(Math.log10(n));

/** Whether two sentences give one distinctive number ("12,000", "63"), or one that is no one's age. */
function shareDistinctive(a: SentenceFeatures, b: SentenceFeatures, exceptAges = false): boolean {
  for (const n of a.numbers)
    if (isDistinctive(n) && b.numbers.has(n) && !(exceptAges && (a.ages.has(n) || b.ages.has(n))))
      return true;
  return false;
}

/** Whether a verb of `a` is a word of `b` ("sent" ~ "deployment"), outside the setting of both. */
function statesVerbOf(a: SentenceFeatures, b: SentenceFeatures): boolean {
  for (const v of a.verbs)
    if (b.terms.has(v) && !LIGHT_VERBS.has(v) && !a.setting.has(v) && !b.setting.has(v)) return true;
  return false;
}

/**
 * Whether two sentences say the same thing happened: a verb of one is a word of the other, both
 * outside their setting ("suffered losses during their deployment" does not state a deployment),
 * or they share a distinctive number that is no one's age, or a date. Sentences sharing only their
 * setting ("15 miles north of Detroit" / "50 miles north of Detroit") do not, nor do sentences
 * naming one person with his age ("LaCalamita, 38, was located on I-75" / "LaCalamita, 38, was
 * arrested after a chase").
 */
export function samePredicate(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (statesVerbOf(a, b) || statesVerbOf(b, a)) return true;
  for (const d of a.dates) if (b.dates.has(d)) return true;
  if (shareDistinctive(a, b, true)) return true;
  return !a.verbs.size && !b.verbs.size;
}

/**
 * Whether all that `a` shares with `b` beyond names lies in `a`'s setting ("Power was restored …
 * after a blackout caused by the quake, which struck on Sunday with a force of about 6.0 on the
 * Richter scale" / "Tremors from an earthquake registering 6.1 on the Richter scale were felt in
 * Dubai"): `a` takes as given what the other may state, and states something else.
 */
export function settingOnly(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (!a.setting.size) return false;
  let any = false;
  for (const t of a.terms.keys()) {
    if (!b.terms.has(t) || a.names.has(t) || b.names.has(t)) continue;
    if (!a.setting.has(t)) return false;
    any = true;
  }
  return any;
}

/** Agreement beyond the wording: shared entities, a shared number, the same resolved date. */
export function agreementBonus(a: SentenceFeatures, b: SentenceFeatures): number {
  let bonus = 0;
  let ent = 0;
  for (const e of a.entities) if (b.entities.has(e)) ent++;
  const entUnion = a.entities.size + b.entities.size - ent;
  if (entUnion) bonus += 0.15 * (ent / entUnion);
  // a shared distinctive number ("12,000") is strong evidence; "two" is not
  let small = false;
  let distinctive = false;
  for (const v of a.numbers) {
    if (!b.numbers.has(v)) continue;
    if (isDistinctive(v)) distinctive = true;
    else small = true;
  }
  if (distinctive) bonus += 0.2;
  else if (small) bonus += 0.05;
  for (const d of a.dates) {
    if (b.dates.has(d)) {
      bonus += 0.2;
      break;
    }
  }
  return bonus;
}

/**
 * Whether two sentences give one measure values so far apart that no two of them can be estimates
 * of one thing (`near`): another event's toll, another place's population.
 */
export function farApart(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (!a.measures.length || !b.measures.length) return false;
  for (const m of a.measures) {
    let stated = false;
    let close = false;
    for (const y of b.measures) {
      if (y.key !== m.key) continue;
      stated = true;
      for (const x of a.measures) if (x.key === m.key && near(x.value, y.value)) close = true;
    }
    if (stated && !close) return true;
  }
  return false;
}

/** The event a measure key counts or gives a share of ("casualty" for both "casualty:people" and "share:casualty"). */
function eventOf(key: string): [string, 'share' | 'count'] | undefined {
  const [kind, what] = key.split(':');
  if (kind === 'share') return what && what !== '?' ? [what, 'share'] : undefined;
  return kind === 'count' || kind === 'size' || kind === 'money' || kind === 'age'
    ? undefined
    : [kind, 'count'];
}

const isShare = (m: { key: string }) => m.key.startsWith('share:');

/**
 * Whether one sentence gives only a share of what happened and the other only a count of it
 * ("about one-third of those deployed were killed or injured" / "more than 3,000 were killed or
 * wounded"): two figures, not one stated twice.
 */
export function shareAgainstCount(a: SentenceFeatures, b: SentenceFeatures): boolean {
  if (!a.measures.length || !b.measures.length) return false;
  // (most pairs give no share: no maps built for them)
  if (!a.measures.some(isShare) && !b.measures.some(isShare)) return false;
  const forms = (f: SentenceFeatures) => {
    const m = new Map<string, Set<string>>();
    for (const x of f.measures) {
      const e = eventOf(x.key);
      if (e) m.set(e[0], (m.get(e[0]) ?? new Set()).add(e[1]));
    }
    return m;
  };
  const [fa, fb] = [forms(a), forms(b)];
  for (const [event, kinds] of fa) {
    const other = fb.get(event);
    if (other && kinds.size === 1 && other.size === 1 && !other.has([...kinds][0])) return true;
  }
  return false;
}

/** Share of its similarity a pair keeps for each sign that it states another fact (see combineScore). */
const PREDICATE_MISS = 0.7;

/** Shared words that are not words of a name: what two sentences say alike beyond who is named. */
function sharedContent(a: SentenceFeatures, b: SentenceFeatures): number {
  let n = 0;
  for (const t of a.terms.keys()) if (b.terms.has(t) && !a.names.has(t) && !b.names.has(t)) n++;
  return n;
}

/**
 * Pairs sharing fewer words than this beyond names ("Red Sox", "Kevin Youkilis", "Mike Lowell"
 * in "…have Youkilis at first and Lowell at third" and "…would move Youkilis to third and trade
 * Lowell") keep `PREDICATE_MISS` of their similarity: the same people, not the same fact.
 */
const MIN_SHARED_CONTENT = 2;

/**
 * A pair's similarity from its term score: plus agreement, times `PREDICATE_MISS` for each sign of
 * another fact (no shared predicate, one of them hedged, nothing shared beyond names, counts of one
 * measure too far apart, times of day hours apart, all that one shares lying in its setting), its
 * square for two "it" sentences alike in nothing but words and for a share against a count, and
 * zero for two stages of a criminal case (`caseStage`). `shared`:
 * the pair's shared words beyond names, when the caller has counted them already.
 */
export function combineScore(
  termPart: number,
  a: SentenceFeatures,
  b: SentenceFeatures,
  shared = sharedContent(a, b),
): number {
  // a verdict, charges brought and charges to come are facts apart, however alike their words
  if (a.stage && b.stage && a.stage !== b.stage) return 0;
  const agreement = agreementBonus(a, b);
  let factor = samePredicate(a, b) ? 1 : PREDICATE_MISS;
  // what may happen is not what happened: "would move Youkilis to third" / "have Youkilis at first"
  // (unless both give one distinctive figure, not an age: "up to 12,000 troops may have been deployed")
  if (a.hedged !== b.hedged && !shareDistinctive(a, b, true)) factor *= PREDICATE_MISS;
  // "It killed 612 people…" / "It destroyed thousands of buildings…": each "it" is what its own
  // article said before; with no name, number or date alike, nothing says it is the same thing
  if (a.itSubject && b.itSubject && agreement === 0) factor *= PREDICATE_MISS ** 2;
  // "killed 612" / "ten people are killed": counts too far apart to be two reports of one toll
  if (farApart(a, b)) factor *= PREDICATE_MISS;
  // "one-third of those deployed were killed" / "3,000 were killed": a share and a count
  if (shareAgainstCount(a, b)) factor *= PREDICATE_MISS ** 2;
  // "registered the quake at 17:06" / "registered a quake at 09:10": two moments
  if (otherTimes(a, b)) factor *= PREDICATE_MISS;
  if (shared < MIN_SHARED_CONTENT) factor *= PREDICATE_MISS;
  // "power was restored after a blackout caused by the quake" / "the quake was felt in Dubai"
  if (settingOnly(a, b) || settingOnly(b, a)) factor *= PREDICATE_MISS;
  return (termPart + agreement) * factor;
}

/** Cosine and containment of idf-weighted terms, plus agreement on entities, numbers and dates. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures, idf: Map<string, number>): number {
  let dot = 0;
  let sharedMass = 0;
  for (const [t, c] of a.terms) {
    const cb = b.terms.get(t);
    if (!cb) continue;
    const w = idf.get(t) ?? 1;
    dot += w * c * w * cb;
    sharedMass += w;
  }
  return combineScore(termScore(dot, sharedMass, termWeight(a, idf), termWeight(b, idf)), a, b);
}
