// Synonym classes of general news vocabulary: each word maps to its class's first word.

const SYNONYMS = [
  'prisoner captive pow pows',
  'soldier troop serviceman personnel fighter servicemen',
  'talk discussion discuss negotiation negotiate call conversation dialogue consultation convene',
  'defect defection asylum relocate relocation',
  'wish desire want willingness intent intention consent willing',
  'request ask seek express apply',
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
  'collapse cave',
  'close shut',
  'inspection inspector inspect survey',
  'warn warning',
  'find discover identify detect reveal flag',
  'problem fault corrosion damage crack flaw weakness',
  'quake earthquake temblor tremor',
  'big large',
  'door doorway',
];
const SYN = new Map<string, string>();
for (const line of SYNONYMS) {
  const ws = line.split(' ');
  for (const w of ws) SYN.set(w, ws[0]);
}

/** Lemmas already looked up (a story repeats its words); emptied when it grows large. */
const seen = new Map<string, string>();

export function canonicalTerm(lemma: string): string {
  let c = seen.get(lemma);
  if (c === undefined) {
    if (seen.size >= 50_000) seen.clear();
    c = lookup(lemma);
    seen.set(lemma, c);
  }
  return c;
}

function lookup(lemma: string): string {
  const direct = SYN.get(lemma);
  if (direct) return direct;
  // the lemmatiser leaves some inflections ("requested" tagged as an adjective)
  for (const stem of [
    lemma.replace(/ed$/, ''),
    lemma.replace(/d$/, ''),
    lemma.replace(/ing$/, ''),
    lemma.replace(/s$/, ''),
  ]) {
    if (stem !== lemma && SYN.has(stem)) return SYN.get(stem) as string;
  }
  return lemma;
}
