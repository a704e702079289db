// Attributions: who a sentence says its information comes from ("according to X", "X said",
// "X reports", "as reported by X"). `reports` marks the verbs used of news outlets.
import type { Mention } from './entities/mentions.ts';
import type { Sentence } from './nlp.ts';

export interface Attribution {
  sentence: number;
  /** The mention named as the source. */
  source: Mention;
  verb: 'according-to' | 'said' | 'reports' | 'told';
}

const SAY =
  /^[\s,]*(said|says|told|stated|noted|announced|confirmed|added|claimed|claims|wrote|writes|tweeted)\b/i;
/** "X reported", "X is reporting", "X has reported" (not "X was reported", which is passive). */
const REPORT =
  /^[\s,]*((news\s+agency|agency|newspaper|reporters?|correspondents?)\s+)?((is|was|has|have|had)\s+(been\s+)?(?=reporting)|(has|have|had)\s+(?=reported))?(reports|reported|reporting|quoted|identified|said)\b|^\s*(news\s+)?(article|report|story)?\s*\)/i;
/** "as reported by", "first reported by", "posted online last night by": the source follows. */
const REPORTED_BY = /\b(reported|posted|published|broadcast|aired)\s+(?:[\p{L}]+\s+){0,3}?by\s+(the\s+)?$/iu;
/** A statement made to an outlet: "told AFP", "speaking to IRNA", "quoted by AP". */
const TOLD =
  /\b(told|telling|speaking\s+to|spoke\s+to|quoted\s+by|interviewed\s+by|obtained\s+by|cited\s+by)\s+(the\s+)?$/i;

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
    let verb: Attribution['verb'] | undefined;
    if (/\baccording to\s+(the\s+)?$/i.test(lead)) verb = 'according-to';
    else if (REPORTED_BY.test(lead)) verb = 'reports';
    else if (/\(\s*$/.test(lead) && REPORT.test(after)) verb = 'reports';
    else if (TOLD.test(lead)) verb = 'told';
    // "…to Mark Teixeira, reports FoxSports": the source follows the verb, not this name
    else if (/^\s*,\s*(reports|reported|said|says|writes|wrote)\s+(the\s+)?\p{Lu}/u.test(after))
      verb = undefined;
    else if (SAY.test(after)) verb = 'said';
    else if (REPORT.test(after) && !/^\s*\)/.test(after)) verb = 'reports';
    if (verb) out.push({ sentence: s.index, source: m, verb });
  }
  return out;
}
