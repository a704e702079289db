// HTML pages: metadata from the head and structured data, body text from a Readability pass
// (a first extractor, to be replaced by our own cascade), then the same line classifier as dumps.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Removed } from './blocks.ts';
import { type PageMetadata, pageMetadata } from './html-metadata.ts';
import { classifyLines, type DumpResult, type Line } from './text-dump.ts';

const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'PRE',
  'TD',
  'TH',
  'DT',
  'DD',
  'ADDRESS',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'BUTTON',
  'FORM',
  'SELECT',
]);

/** Text lines of a DOM subtree: one per block element (or per run of text between blocks). */
export function domLines(root: Node): Line[] {
  const lines: Line[] = [];
  let buf = '';
  let hint: Line['hint'];
  const flush = () => {
    const t = buf.replace(/\s+/g, ' ').trim();
    if (t) lines.push(hint ? { text: t, hint } : { text: t });
    buf = '';
    hint = undefined;
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      buf += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      buf += ' ';
      return;
    }
    const block =
      BLOCK.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'FIGURE';
    if (block) flush();
    for (const c of Array.from(n.childNodes)) walk(c);
    if (block) {
      if (tag === 'FIGCAPTION') hint = 'caption';
      else if (/^H[1-6]$/.test(tag)) hint = 'heading';
      flush();
    }
  };
  walk(root);
  flush();
  return lines;
}

export interface HtmlResult extends DumpResult {
  meta: PageMetadata;
}

export function extractHtml(html: string): HtmlResult {
  // a fragment (a JSON record's "html" field) has no <html>/<body>: give it a document
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const meta = pageMetadata(document);
  const pageLines = document.body ? domLines(document.body) : [];
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  let lines: Line[] = [];
  if (parsed?.content) {
    const { document: frag } = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    lines = domLines(frag.body);
  }
  const result = classifyLines(lines, { title: meta.title ?? parsed?.title ?? undefined, markup: true });
  const kept = new Set(lines.map((l) => l.text));
  const outside: Removed[] = pageLines
    .filter((l) => !kept.has(l.text))
    .map((l) => ({ text: l.text, reason: 'outside the main article (navigation, sidebars, footer)' }));
  return {
    ...result,
    removed: [...outside, ...result.removed],
    title: meta.title ?? result.title ?? parsed?.title ?? undefined,
    byline: meta.byline ?? parsed?.byline ?? result.byline,
    outlet: meta.outlet ?? parsed?.siteName ?? result.outlet,
    meta,
  };
}
