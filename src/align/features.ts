// Sentence features for alignment: content lemmas mapped through a small synonym table, entity
// names (canonical across the story), numbers, resolved dates and negation.
import type { TimedArticle } from '../annotate/annotate.ts';

/** Synonym classes of general news vocabulary: each word maps to its class's first word. */
const SYNONYMS = [
  'prisoner captive pow pows',
  'soldier troop serviceman personnel fighter servicemen',
  'talk discussion discuss negotiation negotiate call conversation dialogue consultation convene',
  'defect defection asylum relocate relocation',
  'wish desire want willingness intent intention consent willing',
  'kill dead death fatality die',
  'injure injury wound hurt',
  'loss lose casualty',
  'send deploy deployment dispatch',
  'accept welcome',
  'transfer repatriation repatriate handover',
  'citizen national',
  'law constitution constitutional legal',
  'telephone phone',
  'criticize criticise criticism critic concern',
  'offer proposal',
  'respond response reply address silence silent',
  'inexperience experience',
  'collapse fall',
  'inspection inspector inspect survey',
  'flag warn warning',
];
const SYN = new Map<string, string>();
for (const line of SYNONYMS) {
  const ws = line.split(' ');
  for (const w of ws) SYN.set(w, ws[0]);
}

const STOP = new Set(
  `be have do say tell report state note add also would could should may might will can must other such which who whom
  whose what when where while there here this that these those it its they them their he she his her we our you your
  one all some any each both many much more most very so than then thus however also including include according
  regard regarding concern concerning amid amidst via per said says reportedly told significant potential ongoing
  situation context highlight underscore emphasize`.split(/\s+/),
);
const CONTENT_POS = new Set(['NOUN', 'VERB', 'ADJ', 'PROPN', 'NUM', 'ADV']);
const NEGATION = /\b(not|no|none|never|neither|nor|without|n't|has yet to|have yet to|unclear)\b|n['’]t\b/i;

export interface SentenceFeatures {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  /** Canonical content words (synonym classes) with counts. */
  terms: Map<string, number>;
  entities: Set<string>;
  numbers: Set<number>;
  /** Day-precision dates. */
  dates: Set<string>;
  negated: boolean;
}

export function canonicalTerm(lemma: string): string {
  return SYN.get(lemma) ?? lemma;
}

export function sentenceFeatures(
  a: TimedArticle,
  canonicalEntity: (name: string) => string,
): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  for (const s of a.sentences) {
    if (s.block !== 'body') continue;
    const terms = new Map<string, number>();
    for (let i = s.tokens[0]; i < s.tokens[1]; i++) {
      const t = a.tokens[i];
      if (!CONTENT_POS.has(t.pos)) continue;
      const lemma = t.lemma.replace(/[’']s$/, '');
      if (lemma.length < 2 || STOP.has(lemma) || !/\p{L}/u.test(lemma)) continue;
      const c = canonicalTerm(lemma);
      terms.set(c, (terms.get(c) ?? 0) + 1);
    }
    const entities = new Set(
      a.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => canonicalEntity(m.name)),
    );
    const numbers = new Set(a.quantities.filter((q) => q.sentence === s.index).map((q) => q.value));
    const dates = new Set(
      a.dates.filter((d) => d.sentence === s.index && d.precision === 'day').map((d) => d.date),
    );
    out.push({
      articleId: a.article.id,
      sentence: s.index,
      start: s.start,
      end: s.end,
      terms,
      entities,
      numbers,
      dates,
      negated: NEGATION.test(a.article.text.slice(s.start, s.end)),
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

/** Cosine of idf-weighted terms, plus agreement on entities, numbers and dates. */
export function similarity(a: SentenceFeatures, b: SentenceFeatures, idf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, c] of a.terms) {
    const w = (idf.get(t) ?? 1) * c;
    na += w * w;
    const cb = b.terms.get(t);
    if (cb) dot += w * (idf.get(t) ?? 1) * cb;
  }
  for (const [t, c] of b.terms) {
    const w = (idf.get(t) ?? 1) * c;
    nb += w * w;
  }
  let score = na && nb ? dot / Math.sqrt(na * nb) : 0;
  const shared = (x: Set<unknown>, y: Set<unknown>) => [...x].filter((v) => y.has(v)).length;
  const ent = shared(a.entities, b.entities);
  const entUnion = new Set([...a.entities, ...b.entities]).size;
  if (entUnion) score += 0.15 * (ent / entUnion);
  if (shared(a.numbers, b.numbers)) score += 0.1;
  if (shared(a.dates, b.dates)) score += 0.2;
  return score;
}
