// Plain-text page dumps (what "select all, copy" of a news page gives): classify each line as
// headline, byline, caption, body or boilerplate, and assemble the clean text from what is kept.
import { assemble, type Block, type Piece, type Removed } from './blocks.ts';
import { datelineDate } from './dateline.ts';
import {
  authorBoxName,
  bylineOf,
  copyrightHolder,
  creditSpan,
  declaredOriginal,
  isCaptionLine,
  isHeadlineLike,
  isNameLine,
  LINE_RULES,
  masthead,
  TAIL_MARKERS,
} from './patterns.ts';

export interface DumpResult {
  text: string;
  blocks: Block[];
  removed: Removed[];
  title?: string;
  byline?: string;
  originalSource?: string;
  outlet?: string;
  /** Publication date from a dateline ("14 October 2025, 6.40pm"), ISO. */
  published?: string;
}

export interface DumpOptions {
  /** Known title (e.g. from a JSON record): lines repeating it are dropped, none is guessed. */
  title?: string;
  /** Lines come from markup whose headings are marked: keep subheadings inside the article. */
  markup?: boolean;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Length of the shortest prefix of `line` whose normalised form is `normalised`. */
function rawPrefixLength(line: string, normalised: string): number {
  for (let i = normalised.length; i <= line.length; i++) if (norm(line.slice(0, i)) === normalised) return i;
  return line.length;
}

function tailReason(marker: string): string {
  if (/^about|view all posts/i.test(marker)) return 'author box';
  if (/^leave|comment/i.test(marker)) return 'comment form';
  if (/^(share|tags?)/i.test(marker)) return 'share and tag links';
  return 'related links and page footer';
}

/** One input line; `hint` carries what the markup said (an HTML figcaption is a caption). */
export interface Line {
  text: string;
  hint?: 'caption' | 'heading';
}

export function classifyDump(content: string, options: DumpOptions = {}): DumpResult {
  return classifyLines(
    content.split('\n').map((text) => ({ text })),
    options,
  );
}

export function classifyLines(lines: Line[], options: DumpOptions = {}): DumpResult {
  const pieces: Piece[] = [];
  const removed: Removed[] = [];
  const drop = (text: string, reason: string) => {
    if (text.trim()) removed.push({ text: text.trim(), reason });
  };
  let title = options.title?.trim() || undefined;
  let byline: string | undefined;
  let originalSource: string | undefined;
  let outlet: string | undefined;
  let published: string | undefined;
  let standfirst = false;
  let titleFromText = false;
  let tail: string | null = null;
  let seenBody = false;
  const outletCandidates: string[] = [];

  for (let i = 0; i < lines.length; i++) {
    const hint = lines[i].hint;
    let line = lines[i].text.trim();
    if (!line) continue;

    const orig = declaredOriginal(line);
    if (orig) {
      originalSource ??= orig;
      drop(line, 'declared original source');
      continue;
    }
    const holder = /©|copyright/i.test(line) ? copyrightHolder(line) : null;
    if (holder) outletCandidates.unshift(holder);
    const mast = masthead(line);
    if (mast && !seenBody) outlet ??= mast;
    const marker = TAIL_MARKERS.find((re) => re.test(line));
    const boxName = authorBoxName(line);
    if (boxName) byline ??= boxName;
    if (marker && (seenBody || boxName)) {
      // in a page dump the rest of the page follows; in extracted markup the page furniture is
      // already gone, so only the marker line itself is dropped (measured: F1 0.928 → 0.943)
      if (options.markup) {
        drop(line, tailReason(line));
        continue;
      }
      tail ??= tailReason(line);
    }
    if (tail) {
      const rule = LINE_RULES.find((r) => r.test(line));
      if (!rule && !marker && isNameLine(line) && line !== byline) outletCandidates.push(line);
      drop(line, rule?.reason ?? tail);
      continue;
    }
    const by = bylineOf(line);
    if (by) {
      byline ??= by;
      drop(line, 'byline');
      continue;
    }
    const dated = !seenBody && !published ? datelineDate(line) : null;
    if (dated) {
      published = dated;
      drop(line, 'dateline');
      continue;
    }
    const rule = LINE_RULES.find((r) => r.test(line));
    if (rule) {
      drop(line, rule.reason);
      continue;
    }
    if (title && norm(line) === norm(title)) {
      drop(line, 'repeated headline');
      continue;
    }
    if (title && norm(line).startsWith(`${norm(title)} `) && isCaptionLine(line)) {
      const cut = rawPrefixLength(line, norm(title));
      drop(line.slice(0, cut), 'repeated headline');
      line = line.slice(cut).trim();
    }
    if (hint === 'caption' || isCaptionLine(line)) {
      const credit = creditSpan(line);
      if (credit) {
        drop(line.slice(credit[0], credit[1]), 'photo credit');
        line = line.slice(0, credit[0]).trim();
      }
      const label = line.match(/^(photo|image|picture|photograph)\s*:\s*/i);
      if (label) {
        drop(label[0], 'caption label');
        line = line.slice(label[0].length);
      }
      if (line) pieces.push({ kind: 'caption', text: line });
      continue;
    }
    if (hint === 'heading' || isHeadlineLike(line)) {
      if (!title && !seenBody) {
        const next = lines
          .slice(i + 1)
          .map((l) => l.text.trim())
          .find(Boolean);
        if (
          isNameLine(line) &&
          next &&
          isHeadlineLike(next) &&
          !bylineOf(next) &&
          !datelineDate(next) &&
          !LINE_RULES.some((r) => r.test(next))
        ) {
          outlet ??= line;
          drop(line, 'site name');
          continue;
        }
        title = line;
        titleFromText = true;
        drop(line, 'headline (kept as title)');
        continue;
      }
      if (titleFromText && !seenBody && !standfirst && line.split(/\s+/).length >= 6) {
        // the first headline-shaped line after the title is its standfirst: content, kept
        standfirst = true;
        pieces.push({ kind: 'body', text: line });
        continue;
      }
      if (options.markup && hint === 'heading' && seenBody) {
        pieces.push({ kind: 'heading', text: line });
        continue;
      }
      drop(
        line,
        seenBody ? 'subheading or link to another article' : 'headline-like line before the article',
      );
      continue;
    }
    pieces.push({ kind: 'body', text: line });
    seenBody = true;
  }
  outlet ??= outletCandidates[0];
  return { ...assemble(pieces), removed, title, byline, originalSource, outlet, published };
}
