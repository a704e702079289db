// Plain-text page dumps (what "select all, copy" of a news page gives): classify each line as
// headline, byline, caption, body or boilerplate, and assemble the clean text from what is kept.
import { assemble, type Block, type Piece, type Removed } from './blocks.ts';
import { datelineDate, isDateLike } from './dateline.ts';
import {
  authorBoxName,
  bylineOf,
  copyrightHolder,
  creditSpan,
  DUMP_RULES,
  declaredOriginal,
  END_MARKERS,
  INLINE_LINK_MARKERS,
  isCaptionLine,
  isFooterCopyright,
  isHeadlineLike,
  isLabelledTeaser,
  isNameLine,
  isPersonName,
  isProse,
  isRoleLine,
  isSentenceLike,
  isShareLine,
  isShortLabel,
  isSiteName,
  LINE_RULES,
  masthead,
  softenCapitals,
  TAIL_MARKERS,
  titleCaseShouting,
  wordCount,
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
  if (/^leave|comment|thoughts|responses|replies/i.test(marker)) return 'comment form';
  if (/^(share|tags?)/i.test(marker)) return 'share and tag links';
  if (/^(#{3}|-\s?30|ends?$)/i.test(marker)) return 'after the end of the release';
  return 'related links and page footer';
}

/** The boilerplate rule a line matches: in a dump, the dump-only rules too. */
const ruleOf = (line: string, markup = false) =>
  (markup ? undefined : DUMP_RULES.find((r) => r.test(line))) ?? LINE_RULES.find((r) => r.test(line));
const isBareBy = (line: string) => /^by\s*:?$/i.test(line);

/** Per-line tests, cached for one call: the title search looks ahead over the same lines. */
function memo<T>(f: (line: string) => T): (line: string) => T {
  const cache = new Map<string, T>();
  return (line) => {
    if (cache.has(line)) return cache.get(line) as T;
    const v = f(line);
    cache.set(line, v);
    return v;
  };
}

function probes() {
  return {
    rule: memo((l) => ruleOf(l)),
    caption: memo(isCaptionLine),
    date: memo(datelineDate),
    dateLike: memo(isDateLike),
    byline: memo(bylineOf),
    original: memo(declaredOriginal),
    prose: memo(isProse),
    headline: memo(isHeadlineLike),
    marker: memo((l) => markerKind(l)),
    words: memo(wordCount),
  };
}
type Probes = ReturnType<typeof probes>;

/** "Posted on 22 July 2026 by Helen Marsh": a dateline that ends with its byline. */
function datedByline(line: string): { date: string; byline: string } | null {
  if (line.length > 200 || !/\s[Bb]y\s/.test(line)) return null;
  const m = line.match(/^(.*\d{4}.*?)\s+[Bb]y\s+(\p{Lu}.{2,80})$/u);
  if (!m) return null;
  const date = datelineDate(m[1]);
  const by = date ? bylineOf(`By ${m[2]}`) : null;
  return date && by ? { date, byline: by } : null;
}

/** What ends or interrupts the article at this line: a section of links, or the page's end. */
function markerKind(line: string, markup = false): 'inline' | 'end' | null {
  if (markup) return TAIL_MARKERS.some((re) => re.test(line)) ? 'end' : null;
  if (INLINE_LINK_MARKERS.some((re) => re.test(line))) return 'inline';
  if (isShareLine(line)) return null; // share bars also sit between live-blog entries
  if (TAIL_MARKERS.some((re) => re.test(line)) || END_MARKERS.some((re) => re.test(line))) return 'end';
  return null;
}

/** The next non-empty line after `i`. */
function nextLine(texts: string[], i: number): string | undefined {
  for (let j = i + 1; j < texts.length; j++) if (texts[j]) return texts[j];
  return undefined;
}

/** A bare name line that starts a byline block: the name, then a job title or a dateline. */
function isBylineName(texts: string[], i: number, p: Probes): boolean {
  if (!isPersonName(texts[i]) || p.byline(texts[i])) return false;
  const next = nextLine(texts, i);
  return !!next && (isRoleLine(next) || p.date(next) !== null);
}

/** Lines that are neither the title nor article text: page furniture known by its shape. */
function isFurniture(line: string, p: Probes): boolean {
  return !!p.rule(line) || p.marker(line) !== null;
}

/**
 * Does the article begin right after line `i` (a standfirst, byline, dateline, caption or text)?
 * Through one headline-shaped line at most: a headline, then a second deck, then the text.
 */
function followedByArticle(texts: string[], i: number, p: Probes, deck = true): boolean {
  let labels = 0;
  for (let j = i + 1; j < texts.length; j++) {
    const t = texts[j];
    if (!t) continue;
    if (
      p.original(t) ||
      p.byline(t) ||
      isBareBy(t) ||
      p.date(t) ||
      p.dateLike(t) ||
      datedByline(t) ||
      p.caption(t) ||
      isBylineName(texts, j, p)
    )
      return true;
    if (p.rule(t)) continue;
    if (p.prose(t) || (p.headline(t) && p.words(t) >= 6)) return true;
    if (isShortLabel(t) && ++labels <= 2) continue;
    return deck && labels === 0 && p.headline(t) && p.words(t) >= 3 && followedByArticle(texts, j, p, false);
  }
  return false;
}

/**
 * The headline of a page dump: among the headline-shaped lines above the first paragraph of text,
 * the first one the article follows (a standfirst, byline, dateline, caption or text). Taglines and
 * menus are followed by more menus. Returns -1 when the dump starts with its text.
 */
function findTitle(texts: string[], p: Probes, known?: string): number {
  let end = texts.length;
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i];
    if (!t || isFurniture(t, p) || p.caption(t) || p.original(t) || datedByline(t)) continue;
    // the text starts with a paragraph of some length, or with two short ones in a row
    const next = nextLine(texts, i);
    if (p.prose(t) && (p.words(t) >= 8 || (next !== undefined && p.prose(next)))) {
      end = i;
      break;
    }
  }
  if (known) {
    const i = texts.findIndex((t) => t && norm(t) === norm(known));
    return i >= 0 && i < end ? i : -1;
  }
  const candidates: number[] = [];
  for (let i = 0; i < end; i++) {
    const t = texts[i];
    if (!t || isFurniture(t, p) || p.caption(t) || p.byline(t) || p.dateLike(t) || p.original(t)) continue;
    if (p.date(t) || !p.headline(t)) continue;
    candidates.push(i);
  }
  // a dump that starts with its headline (no page header): the first line, however short,
  // unless it is a site name
  const first = texts.findIndex((t) => t && !p.rule(t));
  if (
    candidates[0] === first &&
    first >= 0 &&
    !isSiteName(texts[first]) &&
    followedByArticle(texts, first, p)
  )
    return first;
  // a site name over the headline ("Coastline Daily" / "Ferry Service Resumes After Storm") is not it
  const overHeadline = (i: number) => {
    const j = texts.indexOf(nextLine(texts, i) ?? '', i + 1);
    return isSiteName(texts[i]) && candidates.includes(j) && followedByArticle(texts, j, p, false);
  };
  const followed = candidates.find(
    (i) => p.words(texts[i]) >= 4 && followedByArticle(texts, i, p) && !overHeadline(i),
  );
  if (followed !== undefined) return followed;
  // no candidate is followed by the article: the first headline-shaped line that is not a site
  // name over the headline ("Coastline Daily" / "Ferry Service Resumes")
  return (
    candidates.find((i) => {
      const next = nextLine(texts, i);
      return !(
        isNameLine(texts[i]) &&
        next &&
        p.headline(next) &&
        candidates.includes(texts.indexOf(next, i + 1))
      );
    }) ?? -1
  );
}

/** A byline's people: "Daniel Okafor and Ruth Eklund" → both names. */
const bylineNames = (byline: string) =>
  byline
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter((n) => wordCount(n) >= 2);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An author card after the article: the byline's name alone, or a bio ("Okafor covers …"). */
function authorCardTest(byline: string): (line: string) => boolean {
  const names = bylineNames(byline);
  if (!names.length) return () => false;
  const alts = names.flatMap((n) => [n, n.split(/\s+/).at(-1) ?? n]).map(escapeRe);
  const bio = new RegExp(
    `^(${alts.join('|')})\\s+(is|was|covers|reports|writes|has|joined|lives|leads|edits)\\b`,
    'i',
  );
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return (line) => lower.has(line.toLowerCase()) || (bio.test(line) && wordCount(line) <= 80);
}

/** Same outlet? "The Harbor Ledger" and "The Harbor Ledger Company", "The Meridian Post" and "Meridian Post Media Group". */
function sameOutlet(a: string, b: string): boolean {
  const k = (s: string) => norm(s).replace(/^the /, '');
  const [x, y] = [k(a), k(b)];
  return x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x));
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
  const markup = options.markup === true;
  const texts = lines.map((l) => l.text.trim());
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
  let headerDate: string | undefined;
  let standfirst = false;
  let titleFromText = false;
  let tail: string | null = null;
  let seenBody = false;
  let bodyCount = 0;
  /** Inside a list of links after "Read more" or "Related:": the reason its lines are dropped. */
  let linkRun: string | null = null;
  let pendingBy = false;
  let afterByline = false;
  let mediaNext = false;
  const outletCandidates: string[] = [];
  const holders: string[] = [];
  const headerNames: string[] = [];
  let topName: string | undefined;
  let nameOverTitle: string | undefined;

  // a page dump: find its headline first; everything above it is the page's header
  const p = probes();
  const titleIndex = markup ? -1 : findTitle(texts, p, title);
  if (titleIndex >= 0 && !title) {
    title = texts[titleIndex];
    titleFromText = true;
  }
  const firstLine = texts.findIndex((t) => t && !p.rule(t));
  const normTitle = () => (title ? norm(title) : '');
  let isCard: ((line: string) => boolean) | undefined;
  let cardFor: string | undefined;

  for (let i = 0; i < lines.length; i++) {
    const hint = lines[i].hint;
    let line = texts[i];
    if (!line) continue;
    const isByline = afterByline;
    afterByline = false;

    const orig = p.original(line);
    if (orig) {
      originalSource ??= orig;
      drop(line, 'declared original source');
      continue;
    }
    const holder = /©|copyright/i.test(line) ? copyrightHolder(line) : null;
    if (holder) {
      outletCandidates.unshift(holder);
      holders.push(holder);
    }
    const mast = masthead(line);
    if (mast && !seenBody) outlet ??= mast;

    if (i < titleIndex) {
      // the page header: site name, menus, banners, today's date
      const by = p.byline(line);
      if (by) byline ??= by;
      const dated = p.date(line);
      if (dated) headerDate ??= dated;
      const rule = p.rule(line);
      if (!rule && isSiteName(line)) {
        headerNames.push(line);
        if (i === firstLine) topName = softenCapitals(line);
        if (nextLine(texts, i) === texts[titleIndex] && wordCount(line) >= 2) nameOverTitle = line;
      }
      drop(
        line,
        by
          ? 'byline'
          : dated
            ? 'dateline'
            : (rule?.reason ?? (i === firstLine && topName ? 'site name' : 'page header')),
      );
      continue;
    }
    if (i === titleIndex) {
      drop(line, titleFromText ? 'headline (kept as title)' : 'repeated headline');
      continue;
    }

    const kind = markup ? markerKind(line, true) : p.marker(line);
    const boxName = authorBoxName(line);
    if (boxName) byline ??= boxName;
    if (byline && byline !== cardFor) {
      cardFor = byline;
      isCard = authorCardTest(byline);
    }
    const card: boolean = !markup && seenBody && tail !== 'author box' && !!isCard?.(line);
    // a copyright line closes the page: what follows it is the footer
    if (!markup && seenBody && isFooterCopyright(line)) tail = 'page footer';
    if ((kind === 'end' && (seenBody || boxName)) || card) {
      // in a page dump the rest of the page follows; in extracted markup the page furniture is
      // already gone, so only the marker line itself is dropped (measured: F1 0.928 → 0.943)
      if (markup) {
        drop(line, tailReason(line));
        continue;
      }
      // each section heading names what follows it: related links, comments, the author box
      tail = card ? 'author box' : kind === 'end' ? tailReason(line) : tail;
    }
    if (tail) {
      const rule = p.rule(line);
      if (!rule && !kind && isNameLine(line) && line !== byline) outletCandidates.push(line);
      drop(line, rule?.reason ?? tail);
      continue;
    }
    if (kind === 'inline' && (!markup || seenBody)) {
      // "Read more" / "Related:" / "Up next": a few linked headlines, then the article goes on
      const reason = /^related/i.test(line) ? 'related links' : 'links to other articles';
      drop(line, reason);
      if (!markup) linkRun = reason;
      continue;
    }
    if (linkRun) {
      if (isSentenceLike(line) && !p.rule(line)) linkRun = null;
      else {
        if (isNameLine(line) && line !== byline) outletCandidates.push(line);
        drop(line, p.rule(line)?.reason ?? linkRun);
        continue;
      }
    }

    if (!markup) {
      if (isBareBy(line)) {
        pendingBy = true;
        drop(line, 'byline');
        continue;
      }
      if (pendingBy) {
        pendingBy = false;
        if (isNameLine(line) || isPersonName(line)) {
          byline ??= titleCaseShouting(line);
          afterByline = true;
          drop(line, 'byline');
          continue;
        }
      }
      const db = datedByline(line);
      if (db) {
        byline ??= db.byline;
        if (bodyCount < 3) published ??= db.date;
        drop(line, 'dateline and byline');
        continue;
      }
      if (bodyCount < 3 && isBylineName(texts, i, p)) {
        byline ??= line;
        afterByline = true;
        drop(line, 'byline');
        continue;
      }
      if (isByline && isRoleLine(line)) {
        drop(line, 'byline (job title)');
        continue;
      }
    }
    const by = p.byline(line);
    if (by) {
      byline ??= by;
      afterByline = true;
      drop(line, 'byline');
      continue;
    }
    // markup: a date line only before the text; a dump: date lines anywhere are page furniture
    // (live-blog entries, comments), and the first one near the top is the publication date
    const dated = markup ? (!seenBody && !published ? datelineDate(line) : null) : p.date(line);
    if (dated) {
      if (markup || bodyCount < 3) published ??= dated;
      drop(line, 'dateline');
      continue;
    }
    if (!markup && p.dateLike(line)) {
      drop(line, 'date line');
      continue;
    }
    if (!markup && (seenBody || titleIndex >= 0) && isLabelledTeaser(line)) {
      drop(line, 'link to another article');
      continue;
    }
    const rule = markup ? ruleOf(line, true) : p.rule(line);
    if (rule) {
      if (!markup && /^(now playing|play video|watch( video| now)?|video|photos?|gallery)$/i.test(line))
        mediaNext = true;
      else if (rule.reason === 'gallery counter') mediaNext = true;
      drop(line, rule.reason);
      continue;
    }
    const media = mediaNext;
    mediaNext = false;
    const normLine = title ? norm(line) : '';
    if (title && normLine === normTitle()) {
      drop(line, 'repeated headline');
      continue;
    }
    if (title && normLine.startsWith(`${normTitle()} `) && p.caption(line)) {
      const cut = rawPrefixLength(line, normTitle());
      drop(line.slice(0, cut), 'repeated headline');
      line = line.slice(cut).trim();
    }
    // a gallery caption: "1 of 3 | Water rushes through … (AP Photo/Jenny Kato)"
    const counter = markup
      ? null
      : line.match(
          /^\d{1,3}\s+of\s+\d{1,3}\s*[|:·•–—-]?\s+(?=\S)|^\d{1,3}\s*\/\s*\d{1,3}\s*[|·•]\s+(?=\S)|^\[\d{1,3}\s*(?:\/|of)\s*\d{1,3}\]\s*(?=\S)/,
        );
    if (counter) {
      drop(counter[0], 'gallery counter');
      line = line.slice(counter[0].length).trim();
    }
    if (hint === 'caption' || counter || p.caption(line) || (media && p.prose(line) && p.words(line) <= 30)) {
      const credit = creditSpan(line);
      if (credit) {
        drop(line.slice(credit[0], credit[1]), 'photo credit');
        line = line.slice(0, credit[0]).trim();
      }
      const label = line.match(/^(photo|image|picture|photograph|illustration)\s*:\s*/i);
      if (label) {
        drop(label[0], 'caption label');
        line = line.slice(label[0].length);
      }
      if (line) pieces.push({ kind: 'caption', text: line });
      continue;
    }
    const last = pieces.at(-1);
    const listItem = !markup && last?.kind === 'body' && /([:;]|\b(and|or))$/.test(last.text);
    if (!markup && isShortLabel(line) && !listItem) {
      // a short lead-in ("His exact words:") belongs to the text that follows it
      const next = nextLine(texts, i);
      if (!(seenBody && /[:;]$/.test(line) && next && isProse(next))) {
        drop(line, 'short line (menu, label or button)');
        continue;
      }
    } else if (hint === 'heading' || p.headline(line)) {
      if (markup && !title && !seenBody) {
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
      if ((titleFromText || titleIndex >= 0) && !seenBody && !standfirst && wordCount(line) >= 6) {
        // the first headline-like line after the title is its standfirst: content, kept
        standfirst = true;
        pieces.push({ kind: 'body', text: line });
        continue;
      }
      if (markup && hint === 'heading' && seenBody) {
        pieces.push({ kind: 'heading', text: line });
        continue;
      }
      // a list item, or a sentence that lost its full stop, is text; a short line is a subheading
      // or a link to another article
      if (!markup && (listItem || isSentenceLike(line))) {
        pieces.push({ kind: 'body', text: line });
        seenBody = true;
        bodyCount++;
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
    bodyCount++;
  }
  published ??= headerDate;
  const named = headerNames.find((n) => holders.some((h) => sameOutlet(n, h)));
  // the site's name at the top (confirmed by the copyright line if there is one), then the
  // copyright holder, then a name line over the headline (often a section label), then names in the footer
  outlet ??= markup
    ? outletCandidates[0]
    : ((named && softenCapitals(named)) ?? topName ?? holders[0] ?? nameOverTitle ?? outletCandidates[0]);
  return { ...assemble(pieces), removed, title, byline, originalSource, outlet, published };
}
