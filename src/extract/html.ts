// HTML pages, a cascade: the document tree (dom.ts, one streaming parse); metadata from structured
// data, the head and visible lines (metadata.ts); the article container and its lines by DOM
// scoring (content.ts); a light pass over those lines here — the repeated headline, bylines, a
// dateline and a declared original are taken out as metadata, boilerplate lines and photo credits
// are removed with a reason, subheadings and captions kept (captions as caption blocks: citable,
// never claims); then the declared JSON-LD body, when it looks whole, checks that body or replaces
// it when the DOM found little (structured-body.ts).
import { assemble, type Piece, type Removed } from './blocks.ts';
import { type ContentLine, type ContentOptions, findContent } from './content.ts';
import { datelineDate } from './dateline.ts';
import { parseDocument } from './dom.ts';
import { type PageMetadata, pageMetadata } from './metadata.ts';
import { bylineOf, creditSpan, declaredOriginal, LINE_RULES, TAIL_MARKERS } from './patterns.ts';
import { applyStructuredBody, type StructuredBodyOptions } from './structured-body.ts';
import type { DumpResult } from './text-dump.ts';

export interface HtmlResult extends DumpResult {
  meta: PageMetadata;
  /** What the reader of the page should know (a page cut for size). */
  warnings: string[];
}

const MAX_ELEMENTS = 400_000;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Boilerplate rules are for short lines; a long paragraph that mentions "subscribe" is prose. */
const MAX_RULE_LINE = 160;

/** A line that reads as a paragraph of the article: several words ending a sentence, or long. */
function isParagraph(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.length >= 150) return true;
  if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) return text.length >= 40;
  return words >= 8 && /[.!?:"”’)]\s*$/.test(text);
}

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
/** Author, date and time lines of an article header. */
const HEADER_LINE = new RegExp(
  `^(posted|published|updated|author|by|publish date|written|last updated|first published)\\b|\\b\\d{1,2}:\\d{2}\\b|\\b(19|20)\\d{2}\\b.*${MONTH.source}|${MONTH.source}.*\\b(19|20)\\d{2}\\b|^\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}`,
  'i',
);

/** Site notices that read like sentences: cookies, reuse terms, tips and follow prompts, bios. */
const NOTICES: [RegExp, string][] = [
  [
    /\b(uses?|use of|accept(ing)?|allow|set to "?allow) cookies\b|\bcookie (settings|policy)\b/i,
    'cookie notice',
  ],
  [
    /\bfor your personal,? non-commercial use\b|\bsubject to copyright\b|\ball rights reserved\b/i,
    'copyright notice',
  ],
  [
    /^(have a (news )?tip|follow (us|@\w+) on\b|get (our|the) .{0,40}newsletter|sign up for\b|subscribe to\b)/i,
    'site prompt',
  ],
  [
    /^([\p{Lu}][\p{L}.'’-]+\s){1,3}(is|was) (a|an|the) [^.]{0,80}\b(reporter|writer|editor|correspondent|journalist|columnist|contributor|freelancer)\b/u,
    'author bio',
  ],
];
const MAX_NOTICE_LINE = 400;

/** A caption line that is only a credit: "(Reed Saxon / Associated Press)", "Alex Wong | Getty Images". */
const PHOTO_CREDIT =
  /^(?=.{0,80}$)[(（]?[^.!?]{0,60}\b(getty images|associated press|reuters|afp|epa|shutterstock|alamy|photo|photograph|image|credit|courtesy)\b[^.!?]{0,40}[)）]?$/i;

interface CleanLines {
  pieces: Piece[];
  removed: Removed[];
  byline?: string;
  published?: string;
  originalSource?: string;
}

/** Sorts the article's lines into kept pieces, metadata and removed text with reasons. */
export function cleanLines(
  lines: ContentLine[],
  title: string | undefined,
  /** Whether a dateline's date is wanted (the page's metadata did not give one). */
  wantDate = true,
): CleanLines {
  const out: CleanLines = { pieces: [], removed: [] };
  const drop = (text: string, reason: string) => out.removed.push({ text, reason });
  const titleKey = title ? norm(title) : undefined;
  let seenBody = false;
  let kept = 0; // lines seen above the first paragraph
  for (const l of lines) {
    const text = l.text;
    if (l.dropped) {
      drop(text, l.dropped);
      continue;
    }
    const original = declaredOriginal(text);
    if (original) {
      out.originalSource ??= original;
      drop(text, 'declared original source');
      continue;
    }
    if (titleKey && Math.abs(text.length - (title?.length ?? 0)) < 40 && norm(text) === titleKey) {
      drop(text, 'repeated headline');
      continue;
    }
    if (l.hint === 'caption') {
      // captions stay in the text (citable, never claims); photo credits go
      if (PHOTO_CREDIT.test(text)) {
        drop(text, 'photo credit');
        continue;
      }
      const credit = creditSpan(text);
      if (credit) drop(text.slice(credit[0], credit[1]).trim(), 'photo credit');
      const caption = credit ? text.slice(0, credit[0]).trim() : text;
      if (caption) out.pieces.push({ kind: 'caption', text: caption });
      continue;
    }
    const notice = text.length <= MAX_NOTICE_LINE && NOTICES.find(([re]) => re.test(text));
    if (notice) {
      drop(text, notice[1]);
      continue;
    }
    if (text.length <= MAX_RULE_LINE) {
      const by = bylineOf(text);
      if (by) {
        out.byline ??= by;
        drop(text, 'byline');
        continue;
      }
      const dated = seenBody || !wantDate || !/\d{4}/.test(text) ? null : datelineDate(text);
      if (dated) {
        out.published ??= dated;
        drop(text, 'dateline');
        continue;
      }
      if (text.length < 60 && TAIL_MARKERS.some((re) => re.test(text))) {
        drop(text, 'label of related links, sharing or comments');
        continue;
      }
      const rule = LINE_RULES.find((r) => r.test(text));
      if (rule) {
        drop(text, rule.reason);
        continue;
      }
    }
    if (!seenBody && (l.hint === 'heading' || !isParagraph(text))) {
      // above the first paragraph: the headline and standfirst, kicker, author and date lines
      const reason =
        l.hint === 'heading'
          ? kept < 3 && 'headline or standfirst above the article'
          : (HEADER_LINE.test(text) || text.split(/\s+/).length <= 3) &&
            'page header line (label, author, date)';
      kept++;
      if (reason) {
        drop(text, reason);
        continue;
      }
    }
    if (l.hint === 'heading') out.pieces.push({ kind: 'heading', text });
    else {
      out.pieces.push({ kind: 'body', text });
      seenBody = true;
    }
  }
  // headings after the last paragraph introduce nothing of the article
  while (out.pieces.length && out.pieces[out.pieces.length - 1].kind === 'heading') {
    drop((out.pieces.pop() as Piece).text, 'heading with no article text after it');
  }
  return out;
}

/** Settings of the HTML cascade; every field is optional. */
export interface HtmlOptions {
  /** Elements read from one page at most (default 400,000); the rest is not read, with a warning. */
  maxElements?: number;
  /** The body finder (link density, furniture weight). */
  content?: ContentOptions;
  /** The declared JSON-LD body as a check or a fallback; `false` ignores it. */
  structuredBody?: StructuredBodyOptions | false;
}

export function extractHtml(html: string, options: HtmlOptions = {}): HtmlResult {
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const { root, truncated } = parseDocument(html, { maxElements });
  const warnings = truncated
    ? [`page has more than ${maxElements.toLocaleString('en')} elements; the rest of it was not read`]
    : [];
  const meta = pageMetadata(root);
  const content = findContent(root, options.content);
  const lines = cleanLines(content.lines, meta.title, !meta.published);
  const structured =
    options.structuredBody === false
      ? { pieces: lines.pieces, removed: [] }
      : applyStructuredBody(lines.pieces, meta.articleBody, options.structuredBody);
  const { text, blocks } = assemble(structured.pieces);
  return {
    text,
    blocks,
    removed: [...content.outside, ...lines.removed, ...structured.removed],
    title: meta.title,
    byline: meta.byline ?? lines.byline,
    outlet: meta.outlet,
    published: meta.published ?? lines.published,
    originalSource: meta.originalSource ?? lines.originalSource,
    meta,
    warnings,
  };
}
