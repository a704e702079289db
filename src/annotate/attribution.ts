// Attributions: who a sentence says its information comes from ("according to X", "X said",
// "X reports", "as reported by X"). `reports` marks the verbs used of news outlets.
import type { Mention } from './entities/mentions.ts';
import type { Sentence } from './nlp.ts';

export interface Attribution {
  sentence: number;
  /** The mention named as the source. */
  source: Mention;
  verb: 'according-to' | 'said' | 'reports' | 'told';
  /**
   * Where the sentence says who said it: the credit phrase with the source's title and verb
   * ("Troy police Lt. Gerry Scherlinck said", "according to the Harbour Authority", "told the AFP
   * news agency"). Its words say who speaks, not what happened.
   */
  span: [number, number];
}

/** Words of a title or role before a name: "Troy police Lt.", "Angels general manager". */
const ROLE =
  'police|county|state|city|fire|federal|national|general|chief|deputy|senior|assistant|vice|foreign|defen[cs]e|interior|press|team|club|news|spokes(?:man|woman|person)|officials?|managers?|directors?|secretary|ministers?|ministry|officers?|(?:under)?sheriffs?|lieutenant|sergeant|detectives?|prosecutors?|attorneys?|coach|owners?|president|governor|mayor|commissioner|agents?|executives?|analysts?|head|leaders?|counterparts?|captain|inspectors?|superintendent|investigators?|experts?|professor|researchers?|seismologists?|scientists?';
/** A run of title words (capitalised words, abbreviations, role nouns) ending the text before a name. */
const TITLE_RUN = new RegExp(`(?:(?:\\p{Lu}[\\p{L}'’.-]*,?|(?:${ROLE})\\b)\\s+)+$`, 'u');
/** A role word right after a name: the name qualifies a title ("Harbour police Lt. …"). */
const ROLE_AFTER = new RegExp(`^,?\\s+(?:${ROLE})\\b`, 'i');
/** Outlet words after an outlet's name: "AFP news agency", "Yonhap news service". */
const OUTLET_TAIL =
  /^\s+(?:news\s+)?(?:agency|service|network|newspaper|website|channel|radio|television)\b/i;

const SAY =
  /^[\s,]*(said|says|told|stated|noted|announced|confirmed|added|claimed|claims|wrote|writes|tweeted|testified|testifies)\b/i;
/** "X reported", "X is reporting", "X has reported" (not "X was reported", which is passive). */
const REPORT =
  /^[\s,]*((news\s+agency|agency|newspaper|reporters?|correspondents?)\s+)?((is|was|has|have|had)\s+(been\s+)?(?=reporting)|(has|have|had)\s+(?=reported))?(reports|reported|reporting|quoted|identified|said)\b|^\s*(news\s+)?(article|report|story)?\s*\)/i;
/** "as reported by", "first reported by", "posted online last night by": the source follows. */
const REPORTED_BY = /\b(reported|posted|published|broadcast|aired)\s+(?:[\p{L}]+\s+){0,3}?by\s+(the\s+)?$/iu;
/** A statement made to an outlet: "told AFP", "speaking to IRNA", "quoted by AP". */
const TOLD =
  /\b(told|telling|speaking\s+to|spoke\s+to|quoted\s+by|interviewed\s+by|obtained\s+by|cited\s+by)\s+(the\s+)?$/i;

/** "…, said Troy police Lt. Gerry Scherlinck": the speaker after the verb. */
const INVERTED_SAY = /[,"”'’]\s*(said|says|added|wrote|testified)\s+$/i;

/**
 * How a name is credited, from the text before it (without its title) and after it: the verb,
 * and where the credit phrase starts before the name (`leadAt`) or how far it runs after (`tail`).
 */
function creditOf(
  untitled: string,
  lead: string,
  after: string,
): { verb: Attribution['verb']; leadAt?: number; tail: number } | undefined {
  const according = untitled.match(/\baccording to\s+(the\s+)?$/i);
  if (according) return { verb: 'according-to', leadAt: according.index, tail: 0 };
  const reportedBy = untitled.match(REPORTED_BY);
  if (reportedBy) return { verb: 'reports', leadAt: reportedBy.index, tail: 0 };
  const paren = lead.match(/\(\s*$/);
  if (paren && REPORT.test(after)) return { verb: 'reports', leadAt: paren.index, tail: 0 };
  const told = untitled.match(TOLD);
  if (told) return { verb: 'told', leadAt: told.index, tail: 0 };
  const inverted = untitled.match(INVERTED_SAY);
  if (inverted) return { verb: 'said', leadAt: inverted.index, tail: 0 };
  // "…to Mark Teixeira, reports FoxSports": the source follows the verb, not this name
  if (/^\s*,\s*(reports|reported|said|says|writes|wrote)\s+(the\s+)?\p{Lu}/u.test(after)) return undefined;
  const say = after.match(SAY);
  if (say) return { verb: 'said', tail: say[0].length };
  const report = after.match(REPORT);
  if (report && !/^\s*\)/.test(after)) return { verb: 'reports', tail: report[0].length };
  return undefined;
}

export function findAttributions(text: string, sentences: Sentence[], mentions: Mention[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of mentions) {
    const s = sentences.find((x) => m.start >= x.start && m.end <= x.end);
    if (s?.block !== 'body') continue;
    // "Seoul’s Yonhap News Agency": the possessor is not the source
    if (/^['’]s\b/.test(text.slice(m.end, m.end + 2))) continue;
    const before = text.slice(Math.max(s.start, m.start - 60), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 30));
    // "according to Seoul's Yonhap", "as reported by X": allow a possessor in between
    const lead = before.replace(/(\p{Lu}[\p{L}-]*\s?)+['’]s\s+$/u, '');
    // the name's title: "according to Troy police Lt. Gerry Scherlinck"
    const title = before.match(TITLE_RUN)?.[0] ?? '';
    const untitled = lead.length < before.length ? lead : before.slice(0, before.length - title.length);
    const credit = creditOf(untitled, lead, after);
    // "according to Harbour police Lt. Lena Brook": "Harbour" qualifies the source, it is not one
    if (!credit || (credit.leadAt !== undefined && ROLE_AFTER.test(after) && !OUTLET_TAIL.test(after)))
      continue;
    const from =
      credit.leadAt !== undefined ? m.start - before.length + credit.leadAt : m.start - title.length;
    const to = m.end + (credit.tail || (after.match(OUTLET_TAIL)?.[0].length ?? 0));
    out.push({ sentence: s.index, source: m, verb: credit.verb, span: [from, to] });
  }
  return out;
}

/** Unnamed sources: "police said", "sources close to the negotiations say", "officials told". */
const UNNAMED_CREDIT =
  /\b(?:the\s+)?(?:police|authorities|officials|witnesses|sources|investigators|officers|residents|experts|analysts)(?:\s+close\s+to\s+the\s+\p{L}+)?\s+(?:said|say|says|told|tell|reported|report|believe|believed|confirmed)\b/giu;

/**
 * The spans of credits to unnamed sources in body sentences: like a named credit, they say who
 * says it, not what happened.
 */
export function unnamedCredits(text: string, sentences: Sentence[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const s of sentences) {
    if (s.block !== 'body') continue;
    for (const m of text.slice(s.start, s.end).matchAll(UNNAMED_CREDIT))
      out.push([s.start + (m.index ?? 0), s.start + (m.index ?? 0) + m[0].length]);
  }
  return out;
}
