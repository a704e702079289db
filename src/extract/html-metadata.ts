// Page metadata from the <head> and structured data: JSON-LD, OpenGraph, <meta>, <time>.

export interface PageMetadata {
  title?: string;
  byline?: string;
  published?: string;
  modified?: string;
  outlet?: string;
  language?: string;
  canonical?: string;
}

type Doc = { querySelector(s: string): Element | null; querySelectorAll(s: string): ArrayLike<Element> };

const meta = (doc: Doc, ...keys: string[]) => {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}"], meta[name="${k}"], meta[itemprop="${k}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
};

function jsonLdObjects(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // malformed structured data is common; the other sources still apply
    }
  }
  return out;
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((x): x is string => !!x);
    return names.length ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
  return undefined;
};

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle|WebPage)$/;

/** Removes a " | Site" / " - Site" suffix (or prefix) naming the outlet from a page title. */
export function stripSiteName(title: string, outlet?: string): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title.trim();
  if (outlet) {
    const o = outlet.toLowerCase();
    const kept = parts.filter((p) => p.trim().toLowerCase() !== o);
    if (kept.length < parts.length) return kept.join(' - ').trim();
  }
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.trim();
}

function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : new Date(t).toISOString();
}

export function pageMetadata(doc: Doc): PageMetadata {
  const ld = jsonLdObjects(doc).filter((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')));
  const ldArticle = ld.find((o) => o['@type'] !== 'WebPage') ?? ld[0];
  const outlet = meta(doc, 'og:site_name', 'application-name') ?? nameOf(ldArticle?.publisher) ?? undefined;
  const rawTitle =
    meta(doc, 'og:title', 'twitter:title') ??
    nameOf(ldArticle?.headline) ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.querySelector('title')?.textContent?.trim();
  const title = rawTitle ? stripSiteName(rawTitle.replace(/\s+/g, ' '), outlet) : undefined;
  const byline =
    nameOf(ldArticle?.author) ??
    meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author') ??
    doc.querySelector('[rel="author"], [itemprop="author"]')?.textContent?.trim() ??
    undefined;
  const published = isoDate(
    nameOf(ldArticle?.datePublished) ??
      meta(doc, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date') ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      undefined,
  );
  const modified = isoDate(
    nameOf(ldArticle?.dateModified) ?? meta(doc, 'article:modified_time', 'dateModified'),
  );
  const language =
    doc.querySelector('html')?.getAttribute('lang')?.trim() ??
    meta(doc, 'og:locale')?.replace('_', '-') ??
    undefined;
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url') ?? undefined;
  return {
    title,
    byline: byline && byline.length < 200 ? byline.replace(/^by\s+/i, '') : undefined,
    published,
    modified,
    outlet,
    language: language?.toLowerCase().split('-')[0] || undefined,
    canonical,
  };
}
