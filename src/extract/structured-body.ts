// The second strategy of the HTML cascade: the article body a page declares in its structured
// data (JSON-LD articleBody). It is trusted only when it looks whole — long enough, not cut with
// an ellipsis — and then it (a) checks the body the DOM strategy found: leading and trailing
// paragraphs absent from it are removed, when the two otherwise agree; or (b) replaces that body,
// when the DOM strategy found little or something else.
import type { Piece, Removed } from './blocks.ts';

export interface StructuredBodyOptions {
  /** Shortest declared body trusted, in characters. Default 400. */
  minLength?: number;
  /** Share of the declared body's words the DOM body must hold to be checked against it. Default 0.9. */
  agree?: number;
  /** Below this share (or a DOM body under half its length) the declared body is used. Default 0.5. */
  disagree?: number;
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const key = (s: string) => words(s).join(' ');

/** A declared body cut short by the site ("…", "...", "[…]") is a teaser, not the article. */
export function looksWhole(body: string, minLength: number): boolean {
  return body.length >= minLength && !/(…|\.\.\.|\[…\]|\[\.\.\.\])\s*$/.test(body);
}

/** Share of the declared body's distinct words that the found text holds. */
export function coverage(declared: string, found: string): number {
  const d = new Set(words(declared));
  if (!d.size) return 0;
  const f = new Set(words(found));
  let n = 0;
  for (const w of d) if (f.has(w)) n++;
  return n / d.size;
}

export interface Checked {
  pieces: Piece[];
  removed: Removed[];
  /** Which way the declared body was used, if at all. */
  used?: 'checked' | 'replaced';
}

export function applyStructuredBody(
  pieces: Piece[],
  declared: string | undefined,
  options: StructuredBodyOptions = {},
): Checked {
  const minLength = options.minLength ?? 400;
  if (!declared || !looksWhole(declared, minLength)) return { pieces, removed: [] };
  const body = pieces.filter((p) => p.kind === 'body');
  const found = body.map((p) => p.text).join(' ');
  const share = coverage(declared, found);
  if (found.length < declared.length / 2 || share < (options.disagree ?? 0.5)) {
    const removed = pieces.map((p) => ({
      text: p.text,
      reason: 'replaced by the article body the page declares (JSON-LD articleBody)',
    }));
    const declaredPieces: Piece[] = declared.split('\n\n').map((text) => ({ kind: 'body', text }));
    return { pieces: declaredPieces, removed, used: 'replaced' };
  }
  if (share < (options.agree ?? 0.9)) return { pieces, removed: [] };
  // only paragraphs before the first or after the last declared one go (a promo, a bio): one in
  // the middle is an embed or an update the declared body leaves out
  const whole = key(declared);
  const inDeclared = pieces.map((p) => p.kind === 'body' && whole.includes(key(p.text)));
  const first = inDeclared.indexOf(true);
  const last = inDeclared.lastIndexOf(true);
  const kept: Piece[] = [];
  const removed: Removed[] = [];
  pieces.forEach((p, i) => {
    if (p.kind === 'body' && !inDeclared[i] && (i < first || i > last)) {
      removed.push({
        text: p.text,
        reason: 'not in the article body the page declares (JSON-LD articleBody)',
      });
    } else kept.push(p);
  });
  return { pieces: kept, removed, used: 'checked' };
}
