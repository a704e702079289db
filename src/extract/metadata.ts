// Page metadata from the document tree. One walk collects every source: <meta>, <link>, <title>,
// <html lang>, JSON-LD scripts, <time>, microdata (itemscope/itemprop), rel=author links,
// byline-classed elements, paragraphs and the short text lines near the top of the article. Each
// field is then decided from its sources in a fixed order. Page furniture (asides, navigation,
// footers, containers named related/sidebar/…) is never read for bylines, dates or wire credits.
import { datelineDate } from './dateline.ts';
import { type El, type Node, rawText, textOf } from './dom.ts';
import { bylineOf, declaredOriginal } from './patterns.ts';

export interface PageMetadata {
  title?: string;
  /** The authors joined: "A", "A and B", "A, B and C". */
  byline?: string;
  authors?: string[];
  /** ISO 8601: a bare date stays "YYYY-MM-DD"; a time keeps the offset the page gave (or none). */
  published?: string;
  modified?: string;
  outlet?: string;
  /** Primary language subtag, lower case ("en"). */
  language?: string;
  canonical?: string;
  description?: string;
  /** The declared original or the wire agency the story comes from (never the outlet itself). */
  originalSource?: string;
  /** JSON-LD articleBody (or text) of the article: paragraphs joined by blank lines. */
  articleBody?: string;
}

type Obj = Record<string, unknown>;

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Outlet names compared loosely: case, a leading "The", punctuation and spaces do not count. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/^\s*the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

const hostOf = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
};

// ---------------------------------------------------------------------------------------------
// Titles

/** Removes a " | Site" / " - Site" suffix (or prefix) naming the outlet from a page title. */
export function stripSiteName(title: string, outlet?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title.trim();
  if (outlet) {
    const o = norm(outlet);
    const kept = parts.filter((p) => norm(p) !== o);
    if (kept.length < parts.length) return kept.join(' - ').trim();
  }
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.trim();
}

// ---------------------------------------------------------------------------------------------
// Dates

const pad = (n: number | string) => String(n).padStart(2, '0');
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function zoneOf(z: string | undefined): string | null {
  if (!z) return '';
  if (/^(z|utc|gmt)$/i.test(z)) return 'Z';
  const m = z.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (!m || Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return null;
  return `${m[1]}${m[2]}:${m[3] ?? '00'}`;
}

function buildDate(
  y: number,
  mo: number,
  d: number,
  h?: string,
  mi?: string,
  sec?: string,
  zone?: string,
): string | undefined {
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return undefined;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return day;
  if (Number(h) > 23 || Number(mi) > 59 || Number(sec ?? 0) > 60) return undefined;
  const z = zoneOf(zone);
  if (z === null) return undefined;
  return `${day}T${pad(h)}:${mi}${sec !== undefined ? `:${sec}` : ''}${z}`;
}

/**
 * A date as ISO 8601, keeping what the page said: "2019-11-19" stays a bare date, a time keeps
 * its offset ("+0530" → "+05:30", "GMT"/"UTC" → "Z"), a time without a zone gets none; fractions
 * of a second are dropped. Also reads RFC 2822 dates, Unix timestamps and written dates
 * ("November 19, 2019"). Undefined when the value is not a date.
 */
export function normaliseDate(raw: string | undefined): string | undefined {
  const s = raw?.trim();
  if (!s || s.length > 80) return undefined;
  let m = s.match(
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i,
  );
  if (m) return buildDate(Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7]);
  m = s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return buildDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const t = Number(s) * (s.length === 10 ? 1000 : 1);
    const y = new Date(t).getUTCFullYear();
    return y >= 1990 && y <= 2200 ? new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined;
  }
  m = s.match(
    /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?)?$/i,
  );
  const month = m ? MONTHS[m[2].toLowerCase()] : undefined;
  if (m && month) return buildDate(Number(m[3]), month, Number(m[1]), m[4], m[5], m[6], m[7]);
  return datelineDate(s) ?? undefined;
}

/** The date in a URL path: /2019/11/19/ or 2019-11-19. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path = url;
  try {
    path = new URL(url, 'http://x.invalid').pathname;
  } catch {
    // keep the string as it is
  }
  const m =
    path.match(/\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$)/) ??
    path.match(/(?:^|[^\d])((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)/);
  return m ? buildDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Wire agencies and declared originals

/** Agencies credited in a dateline "(AP) —" or a closing "— Reuters", by the name written. */
const AGENCIES: readonly (readonly [string, string])[] = [
  ['AP', 'Associated Press'],
  ['Associated Press', 'Associated Press'],
  ['The Associated Press', 'Associated Press'],
  ['Reuters', 'Reuters'],
  ['AFP', 'AFP'],
  ['Agence France-Presse', 'AFP'],
  ['UPI', 'UPI'],
  ['dpa', 'dpa'],
  ['DPA', 'dpa'],
  ['EFE', 'EFE'],
  ['ANSA', 'ANSA'],
  ['Kyodo', 'Kyodo'],
  ['Yonhap', 'Yonhap'],
  ['Xinhua', 'Xinhua'],
  ['TASS', 'TASS'],
  ['Interfax', 'Interfax'],
  ['PTI', 'PTI'],
  ['IANS', 'IANS'],
  ['AAP', 'AAP'],
  ['CP', 'The Canadian Press'],
  ['The Canadian Press', 'The Canadian Press'],
  ['PA', 'PA Media'],
  ['Anadolu', 'Anadolu'],
  ['Bernama', 'Bernama'],
  ['Ukrinform', 'Ukrinform'],
  ['Bloomberg', 'Bloomberg'],
];
const AGENCY_NAME: ReadonlyMap<string, string> = new Map(AGENCIES);
/** Other ways an outlet may be named for the same agency (so an agency's own page is not "copied"). */
const AGENCY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Associated Press': ['ap', 'apnews', 'associatedpress'],
  AFP: ['afp', 'agencefrancepresse'],
  UPI: ['upi', 'unitedpressinternational'],
  dpa: ['dpa', 'deutschepresseagentur'],
  'The Canadian Press': ['cp', 'canadianpress', 'thecanadianpress'],
  'PA Media': ['pa', 'pamedia', 'pressassociation'],
  AAP: ['aap', 'australianassociatedpress'],
};
const AGENCY_ALT = AGENCIES.map(([k]) => k.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const DATELINE_CREDIT = new RegExp(
  `^[^()]{0,80}?\\((${AGENCY_ALT})(?:\\s*/\\s*(?:${AGENCY_ALT}))*\\)\\s*[-–—]+\\s*\\S`,
);
const CLOSING_CREDIT = new RegExp(`(?:^|[.!?"”’)]\\s*)[-–—]+\\s*\\(?(${AGENCY_ALT})\\)?\\.?\\s*$`);
const CREDIT_ONLY = new RegExp(`^\\((${AGENCY_ALT})\\)\\.?$`);

/**
 * The wire agency a paragraph credits: an opening dateline "HARROW, Ore. (AP) — …",
 * "LONDON (Reuters) - …", or a closing credit "— Reuters" / "… said. — AFP" / "(Reuters)".
 */
export function agencyCredit(paragraph: string): string | null {
  const p = clean(paragraph);
  const m = p.match(DATELINE_CREDIT) ?? p.match(CLOSING_CREDIT) ?? p.match(CREDIT_ONLY);
  return m ? (AGENCY_NAME.get(m[1]) ?? m[1]) : null;
}

/** What may follow an outlet's name in another form of it: "Al Jazeera" / "Al Jazeera News". */
const NAME_SUFFIX =
  /^(news|media|online|tv|com|net|org|digital|group|english|press|agency|newsagency|service|blog|magazine)$/;

/** Whether two names are one outlet: equal but for case, "The" and punctuation, or one is the
 * other plus a word such as "News" ("Al Jazeera" / "Al Jazeera News", "Beachbody" / "The Beachbody Blog"). */
function sameOutletName(a: string, b: string): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x === y) return x.length > 0;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short) && NAME_SUFFIX.test(long.slice(short.length));
}
/** Declarations too vague to name an original. */
const VAGUE_SOURCE =
  /^(news\s+)?(agenc(y|ies)|wires?|wire\s+services?|agency\s+reports|staff|reports|various|multiple\s+sources)$/i;

/** Whether `source` names the page's own outlet (an agency's story on the agency's own site). */
function isOwnOutlet(source: string, outlets: string[], canonical: string | undefined): boolean {
  const s = norm(source);
  const names = new Set([s, ...(AGENCY_ALIASES[source] ?? [])]);
  const same = (name: string) => names.has(norm(name)) || sameOutletName(source, name);
  if (outlets.some(same)) return true;
  const host = hostOf(canonical);
  const srcHost = hostOf(source) ?? hostOf(`https://${source.replace(/^https?:\/\//i, '')}`);
  if (host && srcHost && /\./.test(srcHost) && (host === srcHost || host.endsWith(`.${srcHost}`)))
    return true;
  return !!host && host.split('.').some((label) => label.length >= 2 && same(label));
}

// ---------------------------------------------------------------------------------------------
// Names

const ROLE =
  /\b(reporter|correspondent|editor|writer|journalist|staff|contributor|columnist|photographer|producer|bureau|chief|desk|intern|news service|wire service|special to)s?\b/i;
const AGENCY_NORMS: ReadonlySet<string> = new Set(AGENCIES.flatMap(([k, v]) => [norm(k), norm(v)]));

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** "By", "Analysis by", "Von", "Text:" … before the names. */
const NAME_LABEL =
  /^(?:(?:analysis|opinion|commentary|review|story|text|words|written|reported|reporting|posted|interview|column|photos?|video)\s+)?(?:by|von|par|por|door|przez)\s*:?\s+|^(?:authors?|text|texte|texto|текст|автор|autor|autore|auteur)\s*:\s*/iu;
/** Where page furniture starts after the names: a weekday, a date, "Updated …", any digit. */
const NAME_TAIL =
  /\s*(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d|\b(?:last\s+)?(?:updated|published|posted)\b|\d).*$/i;
/** Lower-case words that belong in names ("Ana de la Cruz", "Ludwig van Beethoven"). */
const PARTICLES: ReadonlySet<string> = new Set(
  'de da do dos das del della der den di du la le van von ter ten bin ibn al el y e zu'.split(' '),
);
/** A publication rather than a person: "Business Insider", "CNN Business", "Cleveland.com". */
const MEDIA_WORD =
  /\b(news|press|times|post|insider|business|media|journal|herald|tribune|gazette|daily|magazine|radio|tv|television|network|wire|agency|sports?|online|digital)\b|\.\p{L}{2,}$/iu;
const GLUED_AGENCY = new RegExp(
  `(?<=\\p{L})\\s*(?:${AGENCIES.filter(([k]) => k.length > 4 && k !== 'Bloomberg')
    .map(([k]) => k)
    .join('|')})$`,
  'u',
);

/**
 * The author names in a byline string: "By " and roles removed, "A and B" / "A, B" split, URLs,
 * handles, e-mail addresses, dates and the outlet's own name rejected; all-caps names title-cased.
 * Beside people, a list may name where they work ("Jane Doe, CNN", "Jane Doe, MS, RDN"): when
 * there are people, only the people are kept.
 */
export function authorNames(raw: string, outlets: string[] = []): string[] {
  let s = clean(raw);
  if (!s || s.length > 300) return [];
  s = bylineOf(s) ?? s;
  s = s
    .replace(/^[\s|•·:,;–—-]+/, '')
    .replace(NAME_LABEL, '')
    .split(/\s+[|•·]\s+/)[0]
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(NAME_TAIL, '')
    // "Finian Cunningham. Sputnik International": a full stop after a word (not an initial) ends the names
    .replace(/(?<=\p{Ll}{2})\.\s.*$/u, '')
    .trim();
  if (!s || s.length > 100) return [];
  const parts: string[] = [];
  for (let part of s.split(/\s*(?:,|;|\s&\s|\s+and\s+)\s*/i)) {
    part = part
      .replace(/^(?:and|by)\s+/i, '')
      .replace(/[\s.,:;]+$/, '')
      .replace(GLUED_AGENCY, '')
      .trim();
    // "Kevin McCoy USA TODAY": the outlet's name run on after the person's
    for (const o of outlets) {
      if (o && part.length > o.length + 3 && part.toLowerCase().endsWith(` ${o.toLowerCase()}`))
        part = part.slice(0, -o.length).trim();
    }
    const words = part.split(/\s+/);
    if (part.length < 2 || /\d|https?:|www\.|\/|^@/i.test(part) || ROLE.test(part)) continue;
    if (
      words.length > 6 ||
      /^(admin|administrator)$/i.test(part) ||
      outlets.some((o) => o && sameOutletName(o, part))
    )
      continue;
    const agency = AGENCY_NORMS.has(norm(part));
    if (!agency && (/^the$/i.test(words[0]) || words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w))))
      continue;
    if (!parts.some((n) => n.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  const person = (p: string) =>
    /\s/.test(p) && !MEDIA_WORD.test(p) && !AGENCY_NORMS.has(norm(p)) && /\p{Ll}|\p{Lu}{2}/u.test(p);
  const people = parts.filter(person);
  const names = people.length
    ? people
    : parts.length === 1 && parts[0].replace(/[^\p{L}]/gu, '').length >= 3
      ? parts
      : [];
  // all-caps names ("DANIEL OKAFOR") are title-cased; agencies and call signs stay as written
  return names.map((n) => (people.length && !/\p{Ll}/u.test(n) ? titleCase(n) : n));
}

const joinNames = (names: string[]) =>
  names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

// ---------------------------------------------------------------------------------------------
// JSON-LD

const ENTITIES: Readonly<Record<string, string>> = {
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
const decodeEntities = (s: string) =>
  s.includes('&')
    ? s.replace(
        /&(#x[0-9a-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp|hellip|mdash|ndash|lsquo|rsquo|ldquo|rdquo);/gi,
        (all, e: string) => {
          const k = e.toLowerCase();
          if (k[0] !== '#') return ENTITIES[k] ?? all;
          const code = k[1] === 'x' ? Number.parseInt(k.slice(2), 16) : Number(k.slice(1));
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
        },
      )
    : s;

/** A JSON-LD articleBody as paragraphs joined by blank lines: markup breaks (</p>, <br>) and line
 * breaks end paragraphs, other tags go, entities are decoded. */
function bodyParagraphs(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = decodeEntities(
    v.replace(/<\/(p|div|h[1-6]|li|blockquote)>|<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ' '),
  );
  const paras = text.split(/\n/).map(clean).filter(Boolean);
  return paras.length ? paras.join('\n\n') : undefined;
}

const str = (v: unknown): string | undefined => {
  if (typeof v === 'string') return clean(decodeEntities(v)) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = str(x);
      if (s) return s;
    }
    return undefined;
  }
  if (v && typeof v === 'object' && '@value' in v) return str((v as Obj)['@value']);
  return undefined;
};

const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

const typesOf = (o: Obj): string[] =>
  asArray(o['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));

const ARTICLE_TYPE =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|AskPublicNewsArticle|SatiricalArticle|BlogPosting|LiveBlogPosting|Report|TechArticle)$/;
const ORG_TYPE = /(Organization|Corporation|NewsMediaOrganization|NGO|GovernmentOrganization)$/;
const WEBPAGE_TYPE = /^(WebPage|ItemPage|AboutPage)$/;

/** The objects of every JSON-LD script, arrays and @graph flattened; malformed scripts skipped. */
function jsonLdObjects(texts: string[]): Obj[] {
  const out: Obj[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (v && typeof v === 'object') {
      const o = v as Obj;
      out.push(o);
      if (o['@graph']) visit(o['@graph'], depth + 1);
      const main = o.mainEntity;
      if (main && typeof main === 'object') visit(main, depth + 1);
    }
  };
  for (const text of texts) {
    if (text.length > 5_000_000) continue;
    const body = text
      .trim()
      .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
      .replace(/^<!--|-->$/g, '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      try {
        // the usual breakage: raw line breaks inside strings, trailing commas
        parsed = JSON.parse(body.replace(/[\r\n\t\f\v]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
      } catch {
        continue; // malformed structured data is common; the other sources still apply
      }
    }
    visit(parsed, 0);
  }
  return out;
}

interface JsonLd {
  article?: Obj;
  webPage?: Obj;
  webSite?: Obj;
  resolve: (v: unknown) => unknown;
}

function readJsonLd(texts: string[], canonical: string | undefined): JsonLd {
  const objects = jsonLdObjects(texts);
  const byId = new Map<string, Obj>();
  for (const o of objects) {
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length > 1 && !byId.has(id)) byId.set(id, o);
  }
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Obj;
      const id = o['@id'];
      if (typeof id === 'string' && Object.keys(o).length <= 2 && byId.has(id)) return byId.get(id);
    }
    return v;
  };
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const key = (u: unknown) =>
    typeof u === 'string' ? u.replace(/[?#].*$/, '').replace(/\/+$/, '') : undefined;
  const canon = key(canonical);
  const urlsOf = (o: Obj) => [
    o.url,
    o['@id'],
    o.mainEntityOfPage,
    (resolve(o.mainEntityOfPage) as Obj)?.['@id'],
  ];
  const article =
    (canon && articles.find((o) => urlsOf(o).some((u) => key(u) === canon))) ||
    articles.find((o) => str(o.headline)) ||
    articles[0];
  const webPage = objects.find((o) => typesOf(o).some((t) => WEBPAGE_TYPE.test(t)));
  const webSite = objects.find((o) => typesOf(o).includes('WebSite'));
  return { article, webPage, webSite, resolve };
}

function ldName(v: unknown, resolve: (v: unknown) => unknown): string | undefined {
  const r = resolve(Array.isArray(v) ? v[0] : v);
  if (typeof r === 'string') return str(r);
  if (!r || typeof r !== 'object') return undefined;
  const o = r as Obj;
  return str(o.name) ?? (str([o.givenName, o.familyName].filter(Boolean).map(str).join(' ')) || undefined);
}

function ldAuthors(article: Obj, resolve: (v: unknown) => unknown, outlets: string[]): string[] {
  const persons: string[] = [];
  const orgs: string[] = [];
  for (const a of asArray(article.author ?? article.creator).map(resolve)) {
    const name = ldName(a, resolve);
    if (!name) continue;
    const isOrg = !!a && typeof a === 'object' && typesOf(a as Obj).some((t) => ORG_TYPE.test(t));
    (isOrg ? orgs : persons).push(name);
  }
  const people = persons.flatMap((p) => authorNames(p, outlets));
  return people.length ? people : orgs.flatMap((o) => authorNames(o, outlets));
}

/** The original an article says it is based on, when that is clearly another news article. */
function ldBasedOn(article: Obj, resolve: (v: unknown) => unknown): string | undefined {
  for (const b of asArray(article.isBasedOn).map(resolve)) {
    if (!b || typeof b !== 'object') continue;
    const o = b as Obj;
    if (!typesOf(o).some((t) => ARTICLE_TYPE.test(t))) continue;
    const name = ldName(o.publisher, resolve) ?? ldName(o.sourceOrganization, resolve) ?? str(o.url);
    if (name) return name;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The walk

/** Containers that are never the article: asides, navigation, footers, comment threads, menus. */
const FURNITURE_TAG: ReadonlySet<string> = new Set(['aside', 'nav', 'footer', 'menu', 'dialog']);
const FURNITURE_ROLE = /^(complementary|navigation|contentinfo|menu|menubar|dialog|search)$/i;
const HARD_NAME =
  /(^|[-_\s])(footer|newsletter|comments?|outbrain|taboola|breadcrumbs?|menu|nav|navbar)($|[-_\s])/i;
/** Names that usually mark furniture, but sites also give them to the wrapper of the whole
 * article ("pg-right-rail-tall", "content-sidebar-wrap"): see `collect`. */
const SOFT_NAME =
  /(^|[-_\s])(related|sidebar|side-bar|rail|recommended|recommendations|more-stories|most-read|mostread|most-popular|popular|trending|promo|widget|teasers?)($|[-_\s])/i;
const NEVER_FURNITURE: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article', '#root']);
/** Layout modifiers ("has-sidebar", "with-related") name the page, not the element. */
const MODIFIER = /^(has|with|no|show|hide|is|layout|page|template)[-_]/i;

const namesMatch = (named: string, re: RegExp) =>
  re.test(named) && named.split(/\s+/).some((n) => n.length > 2 && !MODIFIER.test(n) && re.test(n));

/** Whether an element is page furniture: "hard" always, "soft" unless it wraps the article.
 * `named`: the element's class and id joined ("" when it has neither). */
function furnitureOf(el: El, named: string): 'hard' | 'soft' | undefined {
  if (FURNITURE_TAG.has(el.tag)) return 'hard';
  if (NEVER_FURNITURE.has(el.tag)) return undefined;
  const a = el.attrs;
  if (a.role && FURNITURE_ROLE.test(a.role)) return 'hard';
  if ('hidden' in a || a['aria-hidden'] === 'true') return 'hard';
  if (!named) return undefined;
  if (namesMatch(named, HARD_NAME)) return 'hard';
  return namesMatch(named, SOFT_NAME) ? 'soft' : undefined;
}

const BYLINE_CLASS = /byline|by-line/i;
const AUTHOR_CLASS = /author|writer|contributor|reporter/i;
const NOT_AUTHOR_CLASS =
  /bio|avatar|image|img|photo|pic|thumb|about|desc|social|follow|twitter|email|mail|more|other|posts|title|job|role|date|time/i;

function isBylineClass(named: string): boolean {
  if (!BYLINE_CLASS.test(named) && !AUTHOR_CLASS.test(named)) return false;
  const names = named.split(/\s+/);
  return names.some(
    (n) => BYLINE_CLASS.test(n) || (AUTHOR_CLASS.test(n) && !NOT_AUTHOR_CLASS.test(n) && !MODIFIER.test(n)),
  );
}

const BLOCK: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'ul',
  'ol',
  'li',
  'dl',
  'table',
  'figure',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'form',
]);
const LINE_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'span',
  'li',
  'time',
  'small',
  'address',
  'dd',
  'em',
  'strong',
  'b',
  'i',
  'font',
  'header',
  'section',
]);
const MAX_LINES = 1000;

/** The visible text below `el`, whitespace collapsed, or undefined when longer than `max`. */
function shortText(el: El, max: number): string | undefined {
  let out = '';
  let visited = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (typeof n === 'string') {
      out += n;
      if (out.length > max * 4 + 200) return undefined;
      continue;
    }
    visited += n.children.length + 1;
    if (visited > 2000) return undefined;
    if (n !== el && (n.tag === 'script' || n.tag === 'style')) continue;
    if (n.tag === 'br') out += ' ';
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  const t = clean(out);
  return t.length <= max ? t : undefined;
}

/** About the length of `textOf(el)`, without building the text: each text node counted trimmed. */
function textLength(el: El): number {
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const x = stack.pop() as Node;
    if (typeof x === 'string') n += x.trim().length;
    else if (x === el || (x.tag !== 'script' && x.tag !== 'style')) for (const k of x.children) stack.push(k);
  }
  return n;
}

interface Ctx {
  /** Inside hard furniture: nothing below is read but JSON-LD. */
  hard: boolean;
  /** The soft-furniture containers around (outermost first); shared, never mutated. */
  soft: readonly El[];
  /** Index of the enclosing article region (outermost <article>, <main>, articleBody…), or -1. */
  region: number;
  header: El | undefined;
  scope: Scope | undefined;
  figure: boolean;
}

interface Scope {
  el: El;
  props: string[];
  type: string;
  names: string[];
  ctx: Ctx;
}

interface Placed<T> {
  value: T;
  ctx: Ctx;
  pos: number;
}

interface Collected {
  meta: Map<string, string[]>;
  canonicalLinks: string[];
  title?: string;
  lang?: string;
  jsonLd: string[];
  times: Placed<{ datetime: string; modified: boolean }>[];
  itemDates: Placed<{ prop: 'datepublished' | 'datemodified'; value: string }>[];
  itemHeadlines: Placed<string>[];
  itemAuthors: Placed<string>[];
  authorScopes: Scope[];
  publisherNames: Placed<string>[];
  relAuthors: Placed<string>[];
  bylineEls: Placed<El>[];
  h1s: Placed<{ el: El; text: string }>[];
  /** Paragraphs with their text length (the text itself is read only for the few that need it). */
  paragraphs: Placed<{ el: El; length: number }>[];
  lines: Placed<string>[];
  regionWeights: number[];
}

const itemprops = (el: El) => (el.attrs.itemprop ?? '').toLowerCase().split(/\s+/).filter(Boolean);

function itemValue(el: El): string | undefined {
  const a = el.attrs;
  const v = a.content ?? a.datetime ?? (el.tag === 'meta' ? undefined : shortText(el, 200));
  return v ? clean(v) || undefined : undefined;
}

function isRegion(el: El): boolean {
  if (el.tag === 'article' || el.tag === 'main') return true;
  if (itemprops(el).includes('articlebody')) return true;
  return 'itemscope' in el.attrs && /Article|BlogPosting/i.test(el.attrs.itemtype ?? '');
}

/** Whether a <time> is an update stamp: named so, or right after "Updated" (a time whose own
 * class says "published" is the publication time, even when it also says "updated"). */
function isUpdateTime(el: El): boolean {
  if ('pubdate' in el.attrs || /publish|pubdate/i.test(el.attrs.class ?? '')) return false;
  const p = el.parent;
  const names = `${el.attrs.class ?? ''} ${el.attrs.itemprop ?? ''} ${p?.attrs.class ?? ''}`;
  if (/updat|modif/i.test(names)) return true;
  if (!p) return false;
  const i = p.children.indexOf(el);
  const before = i > 0 ? p.children[i - 1] : undefined;
  return typeof before === 'string' && /\b(updated|modified)\s*:?\s*(on\s+)?$/i.test(before);
}

function place<T>(ctx: Ctx, pos: number, value: T): Placed<T> {
  return { value, ctx, pos };
}

function collect(root: El): Collected {
  const c: Collected = {
    meta: new Map(),
    canonicalLinks: [],
    jsonLd: [],
    times: [],
    itemDates: [],
    itemHeadlines: [],
    itemAuthors: [],
    authorScopes: [],
    publisherNames: [],
    relAuthors: [],
    bylineEls: [],
    h1s: [],
    paragraphs: [],
    lines: [],
    regionWeights: [],
  };
  const rootCtx: Ctx = {
    hard: false,
    soft: [],
    region: -1,
    header: undefined,
    scope: undefined,
    figure: false,
  };
  let regions = 0;
  // paragraph text below each soft-furniture container, and on the whole page
  const softText = new Map<El, number>();
  let allText = 0;
  // two parallel stacks (element, context of its parent): no tuple per element
  const els: El[] = [];
  const ctxs: Ctx[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    const k = root.children[i];
    if (typeof k !== 'string') {
      els.push(k);
      ctxs.push(rootCtx);
    }
  }
  let pos = 0;
  while (els.length) {
    const el = els.pop() as El;
    const parent = ctxs.pop() as Ctx;
    pos++;
    const a = el.attrs;
    const named = a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}` : '';
    let ctx = parent;
    if (!parent.hard) {
      const f = furnitureOf(el, named);
      if (f === 'hard') ctx = { ...ctx, hard: true };
      else if (f === 'soft') ctx = { ...ctx, soft: [...ctx.soft, el] };
    }
    if (ctx.hard) {
      // nothing in hard furniture is read but structured data (some sites print it in the footer)
      if (el.tag === 'script') {
        if (/^\s*application\/ld\+json/i.test(a.type ?? '')) c.jsonLd.push(rawText(el, true));
        continue;
      }
      for (let i = el.children.length - 1; i >= 0; i--) {
        const k = el.children[i];
        if (typeof k !== 'string') {
          els.push(k);
          ctxs.push(ctx);
        }
      }
      continue;
    }
    if (ctx.region < 0 && isRegion(el)) ctx = { ...ctx, region: regions++ };
    if (el.tag === 'header') ctx = { ...ctx, header: el };
    if (el.tag === 'figure' || el.tag === 'figcaption') ctx = { ...ctx, figure: true };
    const props = a.itemprop ? itemprops(el) : [];
    if ('itemscope' in a) {
      const scope: Scope = { el, props, type: a.itemtype ?? '', names: [], ctx };
      ctx = { ...ctx, scope };
      if (props.some((p) => p === 'author' || p === 'creator')) c.authorScopes.push(scope);
    }

    switch (el.tag) {
      case 'html':
        if (c.lang === undefined && a.lang?.trim()) c.lang = a.lang.trim();
        break;
      case 'title':
        if (c.title === undefined) c.title = textOf(el) || undefined;
        continue;
      case 'meta': {
        const content = a.content?.trim();
        if (content) {
          for (const k of [a.name, a.property, a['http-equiv']]) {
            if (!k) continue;
            const key = k.trim().toLowerCase();
            const list = c.meta.get(key);
            if (list) list.push(content);
            else c.meta.set(key, [content]);
          }
        }
        break;
      }
      case 'link': {
        const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
        if (rel.includes('canonical') && a.href?.trim()) c.canonicalLinks.push(a.href.trim());
        break;
      }
      case 'script':
        if (/^\s*application\/ld\+json/i.test(a.type ?? '')) c.jsonLd.push(rawText(el, true));
        continue;
      case 'time':
        if ((a.datetime ?? '').trim())
          c.times.push(place(ctx, pos, { datetime: (a.datetime ?? '').trim(), modified: isUpdateTime(el) }));
        break;
      case 'h1': {
        const text = shortText(el, 400);
        if (text) c.h1s.push(place(ctx, pos, { el, text }));
        break;
      }
      case 'p':
        if (!ctx.figure) {
          const length = textLength(el);
          if (length) {
            c.paragraphs.push(place(ctx, pos, { el, length }));
            allText += length;
            for (const e of ctx.soft) softText.set(e, (softText.get(e) ?? 0) + length);
          }
        }
        break;
    }

    {
      // microdata: a property belongs to the scope around its element (parent's context)
      const owner = parent.scope;
      for (const p of props) {
        if ((p === 'author' || p === 'creator') && !('itemscope' in a)) {
          const v = itemValue(el);
          if (v) c.itemAuthors.push(place(ctx, pos, v));
        } else if (p === 'name' && owner) {
          const v = itemValue(el);
          if (!v) continue;
          if (owner.props.includes('author') || owner.props.includes('creator')) owner.names.push(v);
          else if (owner.props.includes('publisher')) c.publisherNames.push(place(ctx, pos, v));
        } else if (
          (p === 'datepublished' || p === 'datemodified') &&
          !/Person|Organization/i.test(owner?.type ?? '')
        ) {
          const v = itemValue(el);
          if (v) c.itemDates.push(place(ctx, pos, { prop: p, value: v }));
        } else if (p === 'headline') {
          const v = itemValue(el);
          if (v) c.itemHeadlines.push(place(ctx, pos, v));
        }
      }
      if (a.rel && el.tag !== 'link' && /(^|\s)author(\s|$)/i.test(a.rel)) {
        const v = shortText(el, 200);
        if (v) c.relAuthors.push(place(ctx, pos, v));
      }
      if (named && isBylineClass(named)) c.bylineEls.push(place(ctx, pos, el));
      if (
        c.lines.length < MAX_LINES &&
        LINE_TAGS.has(el.tag) &&
        !el.children.some((k) => typeof k !== 'string' && BLOCK.has(k.tag))
      ) {
        const text = shortText(el, 160);
        if (text) c.lines.push(place(ctx, pos, text));
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const k = el.children[i];
      if (typeof k !== 'string') {
        els.push(k);
        ctxs.push(ctx);
      }
    }
  }
  // a soft-furniture container that holds most of the page's prose (on a page without paragraphs:
  // the one around the first <h1>) wraps the article: it is not furniture. Everything inside any
  // other one is dropped.
  const wrappers = new Set(
    allText > 0
      ? [...softText].filter(([, n]) => n >= allText / 2).map(([e]) => e)
      : (c.h1s[0]?.ctx.soft ?? []),
  );
  const keep = (x: { ctx: Ctx }) => x.ctx.soft.every((e) => wrappers.has(e));
  const settled: Collected = {
    ...c,
    times: c.times.filter(keep),
    itemDates: c.itemDates.filter(keep),
    itemHeadlines: c.itemHeadlines.filter(keep),
    itemAuthors: c.itemAuthors.filter(keep),
    authorScopes: c.authorScopes.filter(keep),
    publisherNames: c.publisherNames.filter(keep),
    relAuthors: c.relAuthors.filter(keep),
    bylineEls: c.bylineEls.filter(keep),
    h1s: c.h1s.filter(keep),
    paragraphs: c.paragraphs.filter(keep),
    lines: c.lines.filter(keep),
    regionWeights: new Array(regions).fill(0),
  };
  for (const p of settled.paragraphs)
    if (p.ctx.region >= 0) settled.regionWeights[p.ctx.region] += p.value.length;
  return settled;
}

// ---------------------------------------------------------------------------------------------
// Deciding

const PUBLISHED_META: readonly string[] = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'dcterms.issued',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_META: readonly string[] = [
  'article:modified_time',
  'og:updated_time',
  'article:modified',
  'datemodified',
  'lastmod',
  'dc.date.modified',
  'dcterms.modified',
];

/**
 * A time the page gave without a zone ("2019-11-18T17:01:27") takes the zone of another of the
 * page's ISO values for the same minute ("2019-11-18T17:01:27.893Z"), when there is one.
 */
function withZone(value: string | undefined, others: () => (string | undefined)[]): string | undefined {
  if (!value || !/T\d\d:\d\d(:\d\d)?$/.test(value)) return value;
  const minute = value.slice(0, 16);
  for (const raw of others()) {
    if (!raw || !/^\s*\d{4}-\d\d-\d\d[T ]/.test(raw)) continue;
    const iso = normaliseDate(raw);
    if (iso?.startsWith(minute) && /(Z|[+-]\d\d:\d\d)$/.test(iso)) return iso;
  }
  return value;
}

/** The first source that gives a value; later sources are not evaluated. */
function firstOf<T>(...sources: (() => T | undefined)[]): T | undefined {
  for (const source of sources) {
    const v = source();
    if (v !== undefined) return v;
  }
  return undefined;
}

export function pageMetadata(root: El): PageMetadata {
  const c = collect(root);
  const meta = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      for (const v of c.meta.get(k) ?? []) {
        const t = clean(v);
        if (t) return t;
      }
    }
    return undefined;
  };
  const metaAll = (...keys: string[]) => keys.flatMap((k) => c.meta.get(k) ?? []);

  // canonical: link rel=canonical, og:url (a relative canonical is resolved against og:url)
  const ogUrl = meta('og:url');
  let canonical = c.canonicalLinks[0] ?? ogUrl;
  if (canonical && !/^https?:/i.test(canonical) && ogUrl && /^https?:/i.test(ogUrl)) {
    try {
      canonical = new URL(canonical, ogUrl).href;
    } catch {
      // keep it as written
    }
  }

  const ld = readJsonLd(c.jsonLd, canonical);
  const art = ld.article;

  // outlet: og:site_name, application-name, JSON-LD publisher, microdata publisher, JSON-LD WebSite
  const outletSources = [
    meta('og:site_name'),
    meta('application-name'),
    art ? ldName(art.publisher, ld.resolve) : undefined,
    c.publisherNames[0]?.value,
    ld.webSite ? ldName(ld.webSite, ld.resolve) : undefined,
  ]
    // "Autoracing | F1 | Indy | MotoGP": the name before a list of sections; "@handle" is no name
    .map((x) => x?.split(/\s+\|\s+/)[0].trim())
    .filter((x): x is string => !!x && !x.startsWith('@'));
  const outlet = outletSources[0];
  const outletNorm = outlet ? norm(outlet) : undefined;

  // the article region: the one holding the headline when it also holds a fair share of the prose
  // (not a teaser card further down), else the first one with most of the prose
  const headlines = c.h1s.filter((h) => norm(h.value.text) !== outletNorm);
  const maxWeight = Math.max(0, ...c.regionWeights);
  const h1Region = headlines.find((h) => h.ctx.region >= 0)?.ctx.region;
  const mainRegion =
    h1Region !== undefined && c.regionWeights[h1Region] >= maxWeight / 2
      ? h1Region
      : c.regionWeights.findIndex((w) => w > 0 && w >= maxWeight / 2);
  const inMain = (p: Placed<unknown>) => mainRegion >= 0 && p.ctx.region === mainRegion;
  const preferMain = <T>(list: Placed<T>[]) => {
    const main = list.filter(inMain);
    return main.length ? main : list;
  };

  // the headline: in the article, else outside every region (not a teaser card's)
  const h1 = headlines.find(inMain) ?? headlines.find((h) => h.ctx.region < 0);
  const fromHead = (raw: string | undefined) => {
    if (!raw) return undefined;
    const t = clean(raw);
    // the page's own headline may contain " - ": keep the title whole when the <h1> says so
    if (h1 && t.toLowerCase() === h1.value.text.toLowerCase()) return t;
    return stripSiteName(t, outlet);
  };
  // title: og:title, twitter:title, JSON-LD headline, microdata headline, first <h1>, <title>
  const titles = [
    fromHead(meta('og:title')),
    fromHead(meta('twitter:title')),
    art ? str(art.headline) : undefined,
    preferMain(c.itemHeadlines)[0]?.value,
    h1?.value.text,
    fromHead(c.title),
  ];
  const title = titles.find((t) => t && norm(t) !== outletNorm && norm(t).length > 0);

  // byline: JSON-LD author, meta author, microdata author, rel=author, byline-classed elements,
  // a "By …" line near the top
  const outlets = [...outletSources];
  const pickNames = (values: string[]) => {
    const names: string[] = [];
    for (const v of values)
      for (const n of authorNames(v, outlets))
        if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
    return names;
  };
  const fromElements = (list: Placed<El>[]) => {
    for (const b of preferMain(list)) {
      const text = shortText(b.value, 300);
      const names = text ? authorNames(text, outlets) : [];
      if (!names.length) continue;
      // sibling elements of the same class: "<span class=author>A</span>, <span class=author>B</span>"
      for (const o of list) {
        if (o === b || o.value.parent !== b.value.parent || o.value.attrs.class !== b.value.attrs.class)
          continue;
        for (const n of authorNames(shortText(o.value, 300) ?? '', outlets))
          if (!names.some((x) => x.toLowerCase() === n.toLowerCase())) names.push(n);
      }
      return names;
    }
    return [];
  };

  // the top of the article: lines after the headline, before the second long paragraph
  const bodyParas = (mainRegion >= 0 ? c.paragraphs.filter(inMain) : c.paragraphs).filter(
    (p) => p.value.length >= 100,
  );
  const topEnd = bodyParas[1]?.pos ?? Number.POSITIVE_INFINITY;
  const topStart = h1?.pos ?? (mainRegion >= 0 ? (c.lines.find(inMain)?.pos ?? 0) : 0);
  const topLines = c.lines.filter((l) => l.pos > topStart && l.pos < topEnd).slice(0, 40);

  const byLineNames = () => {
    for (const l of topLines) {
      const b = bylineOf(l.value);
      const names = b ? authorNames(b, outlets) : [];
      if (names.length) return names;
    }
    return [];
  };
  const scopeNames = c.authorScopes.flatMap((s) => (s.names.length ? s.names : [shortText(s.el, 200) ?? '']));
  const mainScopes = c.authorScopes.filter((s) => mainRegion >= 0 && s.ctx.region === mainRegion);
  const authorSources: (() => string[])[] = [
    () => (art ? ldAuthors(art, ld.resolve, outlets) : []),
    () =>
      pickNames(
        metaAll('author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'),
      ),
    () =>
      pickNames(
        mainScopes.length
          ? mainScopes.flatMap((s) => (s.names.length ? s.names : [shortText(s.el, 200) ?? '']))
          : scopeNames,
      ),
    () => pickNames(preferMain(c.itemAuthors).map((p) => p.value)),
    () => pickNames(preferMain(c.relAuthors).map((p) => p.value)),
    () => fromElements(c.bylineEls),
    byLineNames,
  ];
  let authors: string[] = [];
  for (const source of authorSources) {
    authors = source().filter((n, i, all) => all.findIndex((x) => x.toLowerCase() === n.toLowerCase()) === i);
    if (authors.length) break;
  }

  // dates
  const ldDate = (o: Obj | undefined, k: string) => (o ? normaliseDate(str(o[k])) : undefined);
  const itemDate = (prop: string) => {
    for (const d of preferMain(c.itemDates.filter((x) => x.value.prop === prop))) {
      const iso = normaliseDate(d.value.value);
      if (iso) return iso;
    }
    return undefined;
  };
  const headerOfH1 = new Set<El>();
  for (let e = h1?.value.el.parent; e; e = e.parent) if (e.tag === 'header') headerOfH1.add(e);
  const timeDate = (modified: boolean) => {
    const times = c.times.filter((t) => t.value.modified === modified);
    const pick =
      times.find(inMain) ??
      times.find((t) => t.ctx.header && headerOfH1.has(t.ctx.header)) ??
      times.find((t) => t.pos > topStart && t.pos < topEnd) ??
      (mainRegion < 0 ? times[0] : undefined);
    return normaliseDate(pick?.value.datetime);
  };
  const lineDate = (updated: boolean) => {
    for (const l of topLines) {
      if (/^\s*(last\s+)?(updated|modified)\b/i.test(l.value) !== updated) continue;
      const d = datelineDate(l.value);
      if (d) return d;
    }
    return undefined;
  };
  const metaDate = (...keys: string[]) => {
    for (const v of metaAll(...keys)) {
      const d = normaliseDate(v);
      if (d) return d;
    }
    return undefined;
  };

  const published = withZone(
    firstOf(
      () => ldDate(art, 'datePublished'),
      () => metaDate(...PUBLISHED_META),
      () => itemDate('datepublished'),
      () => ldDate(ld.webPage, 'datePublished'),
      () => timeDate(false),
      () => urlDate(canonical),
      () => lineDate(false),
    ),
    () => [
      str(art?.datePublished),
      ...metaAll(...PUBLISHED_META),
      ...c.itemDates.filter((d) => d.value.prop === 'datepublished').map((d) => d.value.value),
      ...c.times.filter((t) => !t.value.modified).map((t) => t.value.datetime),
    ],
  );
  const modified = withZone(
    firstOf(
      () => ldDate(art, 'dateModified'),
      () => metaDate(...MODIFIED_META),
      () => itemDate('datemodified'),
      () => ldDate(ld.webPage, 'dateModified'),
      () => timeDate(true),
      () => lineDate(true),
    ),
    () => [
      str(art?.dateModified),
      ...metaAll(...MODIFIED_META),
      ...c.itemDates.filter((d) => d.value.prop === 'datemodified').map((d) => d.value.value),
      ...c.times.filter((t) => t.value.modified).map((t) => t.value.datetime),
    ],
  );

  // language: <html lang>, og:locale, content-language, JSON-LD inLanguage
  const language = [
    c.lang,
    meta('og:locale'),
    meta('content-language', 'language'),
    art ? str(art.inLanguage) : undefined,
  ]
    .map(
      (l) =>
        l
          ?.trim()
          .toLowerCase()
          .split(/[-_,\s]/)[0],
    )
    .find((l) => !!l && /^[a-z]{2,3}$/.test(l) && l !== 'und' && l !== 'mul' && l !== 'zxx');

  // original source: declared in <meta>, JSON-LD isBasedOn, an "Original source:" line, a wire
  // dateline "(AP) —" in the first body paragraph, a closing "— Reuters" credit
  const paras = mainRegion >= 0 ? c.paragraphs.filter(inMain) : c.paragraphs;
  const firstBody = paras.find((p) => p.value.length >= 60);
  const edges = [...paras.slice(0, 3), ...paras.slice(-3)].map((p) => textOf(p.value.el));
  const original = [
    meta('original-source', 'syndication-source'),
    art ? ldBasedOn(art, ld.resolve) : undefined,
    edges.map(declaredOriginal).find(Boolean) ?? undefined,
    firstBody ? (agencyCredit(textOf(firstBody.value.el)) ?? undefined) : undefined,
    paras
      .slice(-3)
      .reverse()
      .map((p) => agencyCredit(textOf(p.value.el)))
      .find(Boolean) ?? undefined,
  ].find((s) => s && !VAGUE_SOURCE.test(s) && !isOwnOutlet(s, outletSources, canonical));

  const description = firstOf(
    () => meta('og:description', 'twitter:description', 'description'),
    () => (art ? str(art.description) : undefined),
  );
  const articleBody = art ? (bodyParagraphs(art.articleBody) ?? bodyParagraphs(art.text)) : undefined;

  const out: PageMetadata = {
    title,
    byline: authors.length ? joinNames(authors) : undefined,
    authors: authors.length ? authors : undefined,
    published,
    modified,
    outlet,
    language,
    canonical,
    description,
    originalSource: original,
    articleBody: articleBody || undefined,
  };
  for (const k of Object.keys(out) as (keyof PageMetadata)[]) if (out[k] === undefined) delete out[k];
  return out;
}
