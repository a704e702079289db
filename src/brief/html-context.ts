// Shared pieces of the HTML report: escaping, and the per-story context that numbers sources and
// renders citation buttons the page script opens in the reader panel.
import type { Article, Citation, Story } from '../model/report.ts';
import { sourceNumbers } from './render-markdown.ts';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for use in HTML element content and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A citation offset as an attribute value: a whole number, 0 for anything unusable. */
export function offset(n: number): string {
  return Number.isFinite(n) ? String(Math.trunc(n)) : '0';
}

/** Shortens text to at most `max` characters, cutting at a word boundary and adding "…". */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.—–-]+$/, '')}…`;
}

export interface CiteOptions {
  /** Extra classes after `cite`. */
  className?: string;
  /** Markup shown in the button; defaults to "[n]". */
  content?: string;
  /** Plain-text tooltip; defaults to the article label and the quote. */
  title?: string;
  /** Plain-text accessible name; defaults to "Show source n in its article". */
  ariaLabel?: string;
}

export class StoryContext {
  readonly numbers: Map<string, number>;
  constructor(
    readonly story: Story,
    readonly index: number,
    readonly articles: Map<string, Article>,
  ) {
    this.numbers = sourceNumbers(story);
  }

  get anchor(): string {
    return `story-${this.index + 1}`;
  }

  sourceAnchor(n: number): string {
    return `${this.anchor}-source-${n}`;
  }

  claimAnchor(claimIndex: number): string {
    return `${this.anchor}-claim-${claimIndex + 1}`;
  }

  /** "[n]" for a numbered source, else the id. */
  shown(articleId: string): string {
    const n = this.numbers.get(articleId);
    return n === undefined ? articleId : String(n);
  }

  label(articleId: string): string {
    const article = this.articles.get(articleId);
    return [article?.title ?? articleId, article?.outlet].filter(Boolean).join(' — ');
  }

  /** A short name for an article: its outlet, else the host of its address, else its id. */
  shortName(articleId: string): string {
    const article = this.articles.get(articleId);
    if (article?.outlet) return article.outlet;
    const host = article?.url ? /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(article.url)?.[1] : undefined;
    return host?.replace(/^www\./, '') ?? articleId;
  }

  ref(articleId: string): string {
    const n = this.numbers.get(articleId);
    if (n === undefined) return `<code>${escapeHtml(articleId)}</code>`;
    return `<a class="source-ref" href="#${this.sourceAnchor(n)}" title="${escapeHtml(this.label(articleId))}">[${n}]</a>`;
  }

  cite(c: Citation, options: CiteOptions = {}): string {
    const shown = this.shown(c.articleId);
    const title = options.title ?? `${this.label(c.articleId)}: “${c.quote}”`;
    const aria = options.ariaLabel ?? `Show source ${shown} in its article`;
    const cls = options.className ? `cite ${options.className}` : 'cite';
    return (
      `<button type="button" class="${cls}" data-article="${escapeHtml(c.articleId)}"` +
      ` data-start="${offset(c.start)}" data-end="${offset(c.end)}" data-n="${escapeHtml(shown)}"` +
      ` title="${escapeHtml(title)}" aria-label="${escapeHtml(aria)}">` +
      `${options.content ?? `[${escapeHtml(shown)}]`}</button>`
    );
  }

  private order(c: Citation): number {
    return this.numbers.get(c.articleId) ?? Number.MAX_SAFE_INTEGER;
  }

  /** Citation buttons, one per distinct span, in source order. */
  cites(citations: Citation[] | undefined): string {
    const seen = new Set<string>();
    const unique: Citation[] = [];
    for (const c of citations ?? []) {
      const key = `${c.articleId}\u0000${c.start}\u0000${c.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push(c);
    }
    unique.sort((a, b) => this.order(a) - this.order(b) || a.start - b.start);
    return unique.length ? `<span class="cites">${unique.map((c) => this.cite(c)).join('')}</span>` : '';
  }

  /** Citation buttons, one per article (its earliest cited span), in source order. */
  sourceCites(citations: Citation[] | undefined): string {
    const byArticle = new Map<string, Citation[]>();
    for (const c of citations ?? []) {
      const list = byArticle.get(c.articleId) ?? [];
      list.push(c);
      byArticle.set(c.articleId, list);
    }
    const firsts = [...byArticle.values()].map((list) => {
      const sorted = [...list].sort((a, b) => a.start - b.start);
      const spans = new Set(sorted.map((c) => `${c.start}:${c.end}`)).size;
      return { c: sorted[0], more: spans - 1 };
    });
    firsts.sort((a, b) => this.order(a.c) - this.order(b.c));
    if (firsts.length === 0) return '';
    const buttons = firsts.map(({ c, more }) =>
      this.cite(c, {
        title: `${this.label(c.articleId)}: “${c.quote}”${more ? ` (and ${plural(more, 'other passage', 'other passages')})` : ''}`,
      }),
    );
    return `<span class="cites">${buttons.join('')}</span>`;
  }

  quotes(citations: Citation[]): string {
    if (citations.length === 0) return '<p class="muted">No quotation.</p>';
    const items = citations.map((c) => `<li><q>${escapeHtml(c.quote)}</q> ${this.cites([c])}</li>`);
    return `<ul class="quotes">${items.join('')}</ul>`;
  }
}

export function section(cls: string, heading: string, body: string): string {
  return `<section class="${cls}"><h3>${heading}</h3>${body}</section>`;
}
