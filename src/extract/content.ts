// Finds the article body in a document tree, by a cascade:
//  1. page furniture is marked, not read: navigation, asides, footers, forms' controls, hidden
//     elements, and containers whose class/id/role name comments, sharing, related links, ads…;
//  2. every text block gets a value: the length of its prose (long, punctuated, few links) counts
//     for it, link lists and short menu-like lines count against it;
//  3. the body container is the element with the greatest total value below it — the smallest
//     subtree holding the prose and as little furniture as possible;
//  4. its blocks are read out in order, with link lists and furniture lines left out, and every
//     left-out text kept with a reason.
import { type El, textOf, walk } from './dom.ts';
import { TAIL_MARKERS } from './patterns.ts';

export interface ContentOptions {
  /** Share of a block's text inside links above which it is a link list. Default 0.5. */
  maxLinkDensity?: number;
  /** Weight of furniture text against prose when choosing the container. Default 0.5. */
  furnitureWeight?: number;
}

export interface ContentLine {
  text: string;
  /** What the markup says the line is: a caption (figcaption, "caption" class) or a heading. */
  hint?: 'caption' | 'heading';
  /** Why the line is not part of the article, when it is not. */
  dropped?: string;
}

export interface ContentResult {
  /** The article's lines (kept ones have no `dropped`), in document order. */
  lines: ContentLine[];
  /** Text outside the chosen container: page furniture, with a reason. */
  outside: { text: string; reason: string }[];
  container?: El;
}

const FURNITURE_TAGS = new Set([
  'script',
  'style',
  'nav',
  'aside',
  'footer',
  'button',
  'select',
  'input',
  'textarea',
  'option',
  'iframe',
  'dialog',
  'menu',
  'head',
  'title',
  'meta',
  'link',
]);
const FURNITURE_ROLES = /^(navigation|complementary|banner|contentinfo|dialog|menu|menubar|search|alert)$/;
/** Class or id words that always name furniture: comment threads, share bars, cookie notices. */
const HARD_NAME =
  /(^|[-_\s])(comments?|comment-list|disqus|respond|replies|share|sharing|share-bar|social|social-share|outbrain|taboola|cookie|consent|gdpr|breadcrumbs?|pagination|pager|newsletter|signup|footer|ticker|marquee)($|[-_\s])/i;
/** Class or id words that usually name furniture; a container so named that holds mostly prose is
 * still read (sites wrap whole articles in "ad-margins" or "content-with-sidebar"). */
const SOFT_NAME =
  /(^|[-_\s])(related|recommended|recommendations|subscribe|subscription|promo|advert|advertisement|ads?|adslot|dfp|sponsored|sponsor|sidebar|rail|widget|tags|tag-list|most-popular|popular|trending|more-stories|read-more|readmore|next-article|masthead|navbar|nav|menu|toolbar|byline|author-bio|bio|paywall|login|popup|modal|overlay|print-only|visually-hidden|sr-only|hidden)($|[-_\s])/i;
/** Names that mark the body itself: never furniture even if they also match the lists above. */
const BODY_NAME =
  /(^|[-_\s])(article-?body|story-?body|post-?body|entry-?content|post-?content|article-?content|story-?content|articletext|body-?text|main-?content)($|[-_\s])/i;

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'figcaption',
  'td',
  'th',
  'dt',
  'dd',
  'address',
  'caption',
  'div',
  'section',
  'article',
  'main',
  'figure',
  'header',
  'ul',
  'ol',
  'dl',
  'table',
  'tr',
  'tbody',
  'thead',
  'form',
  'center',
  'body',
  'html',
  '#root',
]);

/** Class and id, with camelCase split into words ("authorBio" → "author-Bio"). */
function nameOf(el: El): string {
  const a = el.attrs;
  if (!a.class && !a.id) return '';
  return `${a.class ?? ''} ${a.id ?? ''}`.replace(/([a-z])([A-Z])/g, '$1-$2');
}

export interface Furniture {
  reason: string;
  /** A soft match (by a class/id word that is often, not always, furniture). */
  soft?: boolean;
}

type FurnitureOf = (el: El) => Furniture | undefined;

/** Why an element is page furniture, or undefined when it may hold article text. */
export function furnitureOf(el: El): Furniture | undefined {
  if (FURNITURE_TAGS.has(el.tag)) return { reason: `<${el.tag}> element` };
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return { reason: 'hidden element' };
  if (a.style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.style))
    return { reason: 'hidden element' };
  if (a.role && FURNITURE_ROLES.test(a.role)) return { reason: `role "${a.role}"` };
  if (/^(body|html|main|article|blockquote)$/.test(el.tag)) return undefined;
  const name = nameOf(el);
  if (name.length < 2 || BODY_NAME.test(name)) return undefined;
  // an embed wrapper ("social-embed") around a quoted post is part of the article
  for (const c of el.children) if (typeof c !== 'string' && c.tag === 'blockquote') return undefined;
  const hard = HARD_NAME.exec(name);
  if (hard) return { reason: `container named "${hard[2].toLowerCase()}"` };
  const soft = SOFT_NAME.exec(name);
  if (soft) return { reason: `container named "${soft[2].toLowerCase()}"`, soft: true };
  return undefined;
}

interface Measure {
  /** Visible text length below the element, outside furniture. */
  text: number;
  /** Of which inside links. */
  link: number;
  /** Value of the prose below: prose length minus weighted furniture length. */
  value: number;
  /** A block element (not an inline one). */
  block: boolean;
  /** Headings that are links (or inside one) below: a teaser card has one and little text. */
  headingLinks: number;
  /** A teaser card: one linked heading and a short text (a "related story" box). */
  card?: boolean;
  /** The element's text starts inside a link of several words (a teaser's headline link): its href. */
  leadLink?: string;
}

/** A soft-named container is furniture unless most of its text is prose. */
const proseDominant = (m: Measure) => m.text > 0 && m.value >= 0.5 * m.text;

const SENTENCE_END = /[.!?…"”’)\]:。！？」]\s*$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const LEGAL = /^(©|\(c\)\s|copyright\b)|all rights reserved/i;
const HEADING = /^h[1-6]$/;
/** Cards are short: a headline, a line of standfirst, a date. */
const MAX_CARD_TEXT = 500;

const hostOf = (url: string) =>
  /^(?:https?:)?\/\/([^/?#]+)/i
    .exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^www\./, '');

/** The page's own host: from its canonical URL, else the host most of its links point to. */
export function siteHost(root: El): string | undefined {
  const counts = new Map<string, number>();
  let canonical: string | undefined;
  walk(root, (e) => {
    if (canonical) return false;
    if (e.tag === 'link' && /\bcanonical\b/i.test(e.attrs.rel ?? '') && e.attrs.href)
      canonical = hostOf(e.attrs.href);
    else if (e.tag === 'meta' && e.attrs.property === 'og:url' && e.attrs.content)
      canonical = hostOf(e.attrs.content);
    else if (e.tag === 'a' && e.attrs.href) {
      const h = hostOf(e.attrs.href);
      if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
    }
    return true;
  });
  if (canonical) return canonical;
  let best: string | undefined;
  for (const [h, n] of counts) if (!best || n > (counts.get(best) ?? 0)) best = h;
  return best;
}

/** A link to another article of the same site: internal, with a slug or a numeric id in its path. */
function isArticleLink(href: string, site: string | undefined): boolean {
  const host = hostOf(href);
  if (host && host !== site) return false;
  const path = href.replace(/^(?:https?:)?\/\/[^/?#]+/i, '').replace(/[?#].*$/, '');
  return /[^/]+-[^/]+-[^/]+/.test(path) || /\/\d{4,}(\/|\.|$)/.test(path);
}

/** The value of one block of text: prose counts for, link lists and menu lines against. */
function blockValue(text: number, link: number, sample: string, weight: number): number {
  if (!text) return 0;
  if (link / text > 0.5) return -weight * text;
  if (LEGAL.test(sample)) return -weight * text;
  const words = sample.split(' ').length;
  const prose = text - link;
  const long = words >= 10 || (text >= 30 && CJK.test(sample));
  if (long && (SENTENCE_END.test(sample) || /[.!?。！？]/.test(sample))) return prose;
  if (words >= 20) return prose * 0.7;
  return -weight * 0.3 * text;
}

/**
 * Measures every element bottom-up: a block element with text of its own (directly or in inline
 * children) is valued as one piece of text. Returns the element with the greatest value (the
 * body container) and the measures, which reading out reuses.
 */
function chooseContainer(
  fur: FurnitureOf,
  root: El,
  weight: number,
  site: string | undefined,
): { best: El | undefined; measures: Map<El, Measure> } {
  const measures = new Map<El, Measure>();
  let best: El | undefined;
  let bestValue = 0;
  const visit = (el: El, inLink: boolean): Measure => {
    const m: Measure = {
      text: 0,
      link: 0,
      value: 0,
      headingLinks: 0,
      block: BLOCK_TAGS.has(el.tag) && el.tag !== 'a',
    };
    const furniture = fur(el);
    if (furniture && !furniture.soft) {
      measures.set(el, m);
      return m;
    }
    const link = inLink || el.tag === 'a';
    const block = BLOCK_TAGS.has(el.tag);
    let hasLink = el.tag === 'a';
    let lead: string | undefined; // href of the link the text starts in
    let started = false;
    const kids: Measure[] = [];
    for (const c of el.children) {
      if (typeof c === 'string') {
        const n = c.trim().length;
        m.text += n;
        if (link) m.link += n;
        started ||= n > 0;
        continue;
      }
      const cm = visit(c, link);
      kids.push(cm);
      if (cm.text && !started && lead === undefined) {
        // a kicker link ("Company Town") may come before the headline link
        if (cm.leadLink !== undefined) lead = cm.leadLink;
        else if (c.tag === 'a' && cm.text >= 20) lead = c.attrs.href ?? '';
        else if (cm.link < cm.text) started = true;
      }
      m.text += cm.text;
      m.link += cm.link;
      m.value += cm.value;
      m.headingLinks += cm.headingLinks;
      if (c.tag === 'a' || cm.link) hasLink = true;
    }
    if (block) {
      const sample = inlineText(fur, el);
      if (sample) {
        const linked = link ? sample.length : Math.min(linkTextLength(fur, el), sample.length);
        m.value += blockValue(sample.length, linked, sample, weight);
      }
    }
    m.leadLink = lead;
    // three or more short block siblings each led by a link to another article: a teaser list
    const teasers: Measure[] = [];
    for (const k of kids) {
      const short = k.text < MAX_CARD_TEXT && k.text - k.link < 300;
      if (k.block && !k.card && short && k.leadLink !== undefined && isArticleLink(k.leadLink, site))
        teasers.push(k);
    }
    if (teasers.length >= 3) {
      for (const k of teasers) {
        m.value -= k.value + weight * k.text;
        k.card = true;
        k.value = -weight * k.text;
      }
    }
    if (HEADING.test(el.tag) && (link || hasLink)) m.headingLinks++;
    if (m.headingLinks === 1 && m.text < MAX_CARD_TEXT && el.tag !== '#root' && !HEADING.test(el.tag)) {
      m.card = true;
      m.value = -weight * m.text;
    } else if (furniture && !proseDominant(m)) m.value = -weight * 0.3 * m.text;
    measures.set(el, m);
    if (m.value > bestValue) {
      bestValue = m.value;
      best = el;
    }
    return m;
  };
  visit(root, false);
  return { best, measures };
}

/** Appends the text of `e`'s inline descendants to `out[0]` (nested blocks and furniture left
 * out unless `allBlocks`). Plain recursion, no closures: this runs for every block of a page. */
function collectInline(fur: FurnitureOf, e: El, out: string[], skipBlocks: boolean): void {
  for (const c of e.children) {
    if (typeof c === 'string') out[0] += c;
    else if (c.tag === 'br') out[0] += ' ';
    else if (!(skipBlocks && BLOCK_TAGS.has(c.tag)) && !fur(c)) collectInline(fur, c, out, skipBlocks);
  }
}

/** Text of an element's own block: its text and inline children, not nested blocks. */
function inlineText(fur: FurnitureOf, el: El): string {
  const out = [''];
  collectInline(fur, el, out, true);
  return out[0].replace(/\s+/g, ' ').trim();
}

function linkTextLength(fur: FurnitureOf, el: El, inLink = el.tag === 'a'): number {
  let n = 0;
  for (const c of el.children) {
    if (typeof c === 'string') {
      if (inLink) n += c.replace(/\s+/g, ' ').length;
    } else if (!BLOCK_TAGS.has(c.tag) && !fur(c)) n += linkTextLength(fur, c, inLink || c.tag === 'a');
  }
  return n;
}

/** A line that is a page control or a slot label, not text: "Advertisement", "Follow us", "Share". */
const UI_LINE =
  /^(advertisement|advertising|sponsored( content)?|ad|newsletter|follow us|share( this( article| story)?)?|print|email|e-mail|comments?|read more|see more|show more|load more|click here|skip to (main )?content|loading…?|loading\.\.\.|close|menu|search|subscribe|sign up|sign in|log in|back to top|next|previous|continue reading|story continues below( advertisement)?|scroll to continue with content)\s*[:.!]?$/i;

/** "Related" / "You may also like" headings in other languages (the English ones are shared with
 * the page-dump classifier). */
const RELATED_HEADING =
  /^(você (também )?pode gostar|veja também|leia também|(posts|artigos|not[ií]cias) relacionad[oa]s|(también )?te puede interesar|(art[ií]culos|noticias) relacionad[oa]s|lee también|ähnliche (artikel|beiträge)|das könnte sie auch interessieren|weitere artikel|à lire aussi|articles similaires|sur le même sujet|vous aimerez aussi|potrebbe interessarti|articoli correlati|関連記事|相关文章|похожие (статьи|записи)|читайте также)/i;

const CAPTION_NAME =
  /(^|[-_\s])(caption|wp-caption-text|image-credit|photo-credit|credit|credits)($|[-_\s])/i;

/** Reads the blocks below `container` in document order: text runs between blocks become lines;
 * furniture, teaser cards, link lists and everything after a "Related"/"Comments" heading are
 * kept as dropped lines with their reason. */
function readLines(
  fur: FurnitureOf,
  container: El,
  measures: Map<El, Measure>,
  options: Required<ContentOptions>,
): ContentLine[] {
  const lines: ContentLine[] = [];
  const dropAll = (el: El, reason: string) => {
    const t = textOf(el);
    if (t) lines.push({ text: t, dropped: reason });
  };
  const rec = (el: El, inLink: boolean, inCaption: boolean) => {
    const link = inLink || el.tag === 'a';
    const caption =
      inCaption || el.tag === 'figcaption' || el.tag === 'caption' || CAPTION_NAME.test(nameOf(el));
    let buf = '';
    let bufLink = 0;
    const flush = () => {
      const text = buf.replace(/\s+/g, ' ').trim();
      buf = '';
      const linked = bufLink;
      bufLink = 0;
      if (!text) return;
      const line: ContentLine = { text };
      if (caption) line.hint = 'caption';
      else if (HEADING.test(el.tag)) line.hint = 'heading';
      if (linked / text.length > options.maxLinkDensity && !line.hint)
        line.dropped = 'link list (mostly links)';
      else if (UI_LINE.test(text)) line.dropped = 'page control or label';
      lines.push(line);
    };
    let ended: string | undefined;
    for (const c of el.children) {
      if (typeof c === 'string') {
        buf += c;
        if (link) bufLink += c.trim().length;
        continue;
      }
      if (ended) {
        flush();
        dropAll(c, ended);
        continue;
      }
      const furniture = fur(c);
      const m = measures.get(c);
      if (furniture && !(furniture.soft && m && proseDominant(m))) {
        flush();
        dropAll(c, `page furniture: ${furniture.reason}`);
        continue;
      }
      if (m?.card) {
        flush();
        dropAll(c, 'teaser of another article (linked headline)');
        continue;
      }
      if (BLOCK_TAGS.has(c.tag) || hasBlock(c)) {
        flush();
        const before = lines.length;
        rec(c, link, caption);
        // a "Related" / "Comments" / "You may also like" heading ends the article in this container
        const head = lines[before];
        if (
          lines.length === before + 1 &&
          head &&
          !head.dropped &&
          head.hint === 'heading' &&
          head.text.length < 60
        ) {
          const marker = TAIL_MARKERS.find((re) => re.test(head.text)) ?? RELATED_HEADING.exec(head.text);
          if (marker) {
            head.dropped = 'heading of related links or comments';
            ended = 'after a heading of related links or comments';
          }
        }
        continue;
      }
      if (c.tag === 'br') {
        buf += ' ';
        continue;
      }
      // inline element: its text joins the current run
      const t = rawInline(fur, c);
      buf += t;
      if (link || c.tag === 'a') bufLink += t.trim().length;
      else bufLink += linkTextLength(fur, c);
    }
    flush();
  };
  rec(container, false, false);
  return lines;
}

/** Text of an inline element (its inline descendants; furniture left out). */
function rawInline(fur: FurnitureOf, el: El): string {
  const out = [''];
  collectInline(fur, el, out, false);
  return out[0];
}

function hasBlock(el: El): boolean {
  for (const c of el.children)
    if (typeof c !== 'string' && (BLOCK_TAGS.has(c.tag) || hasBlock(c))) return true;
  return false;
}

/** Visible text outside the container, each run of blocks with why it is not the article (one
 * linear pass: consecutive blocks dropped for one reason, a menu or a footer, are one entry). */
function outsideLines(
  fur: FurnitureOf,
  root: El,
  container: El | undefined,
): { text: string; reason: string }[] {
  const out: { text: string; reason: string }[] = [];
  let buf: string[] = [];
  let reason = 'outside the main article (navigation, sidebars, footer)';
  const flush = () => {
    const t = buf.join('').replace(/\s+/g, ' ').trim();
    buf = [];
    if (!t) return;
    const last = out[out.length - 1];
    if (last?.reason === reason) last.text += `\n${t}`;
    else out.push({ text: t, reason });
  };
  const visit = (el: El) => {
    for (const c of el.children) {
      if (typeof c === 'string') {
        buf.push(c);
        continue;
      }
      if (c === container || c.tag === 'script' || c.tag === 'style' || c.tag === 'head') {
        flush();
        continue;
      }
      const f = fur(c);
      if (!f && !BLOCK_TAGS.has(c.tag)) {
        visit(c); // inline: the same line goes on
        continue;
      }
      flush();
      const outer = reason;
      if (f) reason = `page furniture: ${f.reason}`;
      visit(c);
      flush();
      reason = outer;
    }
  };
  visit(root);
  flush();
  return out;
}

/** The article's lines and the text left outside, from a parsed page. */
export function findContent(root: El, options: ContentOptions = {}): ContentResult {
  const opts: Required<ContentOptions> = {
    maxLinkDensity: options.maxLinkDensity ?? 0.5,
    furnitureWeight: options.furnitureWeight ?? 0.5,
  };
  const cache = new Map<El, Furniture | undefined>();
  const fur: FurnitureOf = (el) => {
    if (cache.has(el)) return cache.get(el);
    const f = furnitureOf(el);
    cache.set(el, f);
    return f;
  };
  const { best, measures } = chooseContainer(fur, root, opts.furnitureWeight, siteHost(root));
  if (!best) return { lines: [], outside: outsideLines(fur, root, undefined) };
  return {
    lines: readLines(fur, best, measures, opts),
    outside: outsideLines(fur, root, best),
    container: best,
  };
}
