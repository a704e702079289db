// A small, fast document tree built from htmlparser2's streaming callbacks: elements with
// lower-cased tag names and attributes, and text as plain strings. Only what extraction needs:
// no CSS, no layout, no script execution. Depth and size are bounded so a hostile page cannot
// blow the stack or the heap.
import { Parser } from 'htmlparser2';

export interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
  parent: El | undefined;
}
export type Node = El | string;

export interface ParseOptions {
  /** Deeper elements are attached to their ancestor at this depth (keeps walks off the stack limit). */
  maxDepth?: number;
  /** Stop building the tree after this many elements (the rest of the page is ignored). */
  maxElements?: number;
}

export interface ParsedDocument {
  root: El;
  /** True when the page had more elements than `maxElements` and was cut. */
  truncated: boolean;
  elements: number;
}

/** Elements whose content is never article text (script keeps its text: JSON-LD lives there). */
const DROP_CONTENT = new Set(['style', 'noscript', 'template', 'svg', 'math', 'canvas', 'object']);

export function parseDocument(html: string, options: ParseOptions = {}): ParsedDocument {
  const maxDepth = options.maxDepth ?? 256;
  const maxElements = options.maxElements ?? 400_000;
  const root: El = { tag: '#root', attrs: {}, children: [], parent: undefined };
  let current = root;
  let depth = 0;
  let overflow = 0; // open elements not added because of maxDepth
  let dropping = 0; // open elements inside DROP_CONTENT
  let elements = 0;
  let truncated = false;
  const stack: boolean[] = []; // per open tag: did it push onto `current`?
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (truncated) return;
        if (dropping || DROP_CONTENT.has(name)) {
          dropping++;
          stack.push(false);
          return;
        }
        if (++elements > maxElements) {
          truncated = true;
          return;
        }
        const el: El = { tag: name, attrs: attribs, children: [], parent: current };
        current.children.push(el);
        if (depth >= maxDepth) {
          overflow++;
          stack.push(false);
          return;
        }
        current = el;
        depth++;
        stack.push(true);
      },
      onclosetag() {
        if (truncated) return;
        const pushed = stack.pop();
        if (pushed === undefined) return;
        if (dropping) {
          dropping--;
          return;
        }
        if (pushed) {
          current = current.parent ?? root;
          depth--;
        } else if (overflow) overflow--;
      },
      ontext(text) {
        if (dropping || truncated) return;
        const kids = current.children;
        const last = kids[kids.length - 1];
        if (typeof last === 'string') kids[kids.length - 1] = last + text;
        else kids.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { root, truncated, elements: Math.min(elements, maxElements) };
}

/** Calls `visit` on every element below `el` in document order; return false to skip a subtree. */
export function walk(el: El, visit: (e: El) => boolean | undefined): void {
  const stack: El[] = [el];
  while (stack.length) {
    const e = stack.pop() as El;
    if (e !== el && visit(e) === false) continue;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
}

/** All elements below `el` with one of the given tag names, in document order. */
export function findAll(el: El, ...tags: string[]): El[] {
  const want = new Set(tags);
  const out: El[] = [];
  walk(el, (e) => {
    if (want.has(e.tag)) out.push(e);
    return true;
  });
  return out;
}

export function findFirst(el: El, tag: string): El | undefined {
  let found: El | undefined;
  walk(el, (e) => {
    if (found) return false;
    if (e.tag === tag) found = e;
    return !found;
  });
  return found;
}

/** The raw text below `el` (scripts included only when asked), whitespace not normalised. */
export function rawText(el: El, withScripts = false): string {
  let out = '';
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    if (!withScripts && n !== el && (n.tag === 'script' || n.tag === 'style')) continue;
    if (n.tag === 'br') out += '\n';
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** The visible text below `el` with runs of whitespace collapsed to one space. */
export function textOf(el: El): string {
  return rawText(el).replace(/\s+/g, ' ').trim();
}
