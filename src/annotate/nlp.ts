// Tokens and sentences from wink-nlp, mapped back to character offsets in the clean text.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import type { BlockKind } from '../extract/blocks.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag (PROPN, NOUN, VERB, NUM, …). */
  pos: string;
  lemma: string;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** [first, last) token indexes into the document's tokens. */
  tokens: [number, number];
  /** The kind of paragraph it sits in: captions are kept but are not claims. */
  block: BlockKind;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Sentence[];
}

export type Nlp = ReturnType<typeof winkNLP>;

/** Loads the language model once; pass the result to `tokenize`. */
export function createNlp(): Nlp {
  return winkNLP(model, ['sbd', 'pos']);
}

/** Splits each block into sentences and tokens; offsets point into `text`. */
export function tokenize(
  nlp: Nlp,
  text: string,
  blocks: Array<{ kind: BlockKind; start: number; end: number }>,
): Tokenized {
  const its = nlp.its;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const spans = blocks.length ? blocks : [{ kind: 'body' as const, start: 0, end: text.length }];
  for (const b of spans) {
    const part = text.slice(b.start, b.end);
    const doc = nlp.readDoc(part);
    const words = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const pos = doc.tokens().out(its.pos) as string[];
    const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
    const base = tokens.length;
    let off = b.start;
    for (let i = 0; i < words.length; i++) {
      off += spaces[i].length;
      // wink normalises some characters; trust the source text for offsets and surface forms
      const end = Math.min(off + words[i].length, b.end);
      tokens.push({
        start: off,
        end,
        text: text.slice(off, end),
        pos: pos[i],
        lemma: lemma[i].toLowerCase(),
      });
      off = end;
    }
    doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      let a = base + first;
      let z = base + last + 1;
      while (a < z && tokens[a].pos === 'SPACE') a++;
      while (z > a && tokens[z - 1].pos === 'SPACE') z--;
      if (a >= z) return;
      const prev = sentences[sentences.length - 1];
      // a boundary with no space after it is a misreading ("at 8.20am", "U.S.-led"), and so is a
      // decimal written with a space ("a $103. 1 million sum", "$27. 5MM", as some text dumps
      // have them): join
      const prevText = prev ? text.slice(prev.start, prev.end) : '';
      const opening = tokens[a].text;
      const spacedDecimal =
        /\d\.$/.test(prevText) &&
        /^\d+(?:mm|bn|[mbk])?$/i.test(opening) &&
        (/[$£€]\s?\d+\.$/.test(prevText) ||
          /^\d+(?:mm|bn|[mbk])$/i.test(opening) ||
          /^(million|billion|thousand|trillion|percent|%|mm|bn)$/i.test(tokens[a + 1]?.text ?? ''));
      if (prev && prev.tokens[1] >= base && (prev.end === tokens[a].start || spacedDecimal)) {
        prev.end = tokens[z - 1].end;
        prev.tokens = [prev.tokens[0], z];
        return;
      }
      sentences.push({
        index: sentences.length,
        start: tokens[a].start,
        end: tokens[z - 1].end,
        tokens: [a, z],
        block: b.kind,
      });
    });
  }
  return { tokens, sentences };
}
