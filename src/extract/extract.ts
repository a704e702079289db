// extract stage: InputDocument → Article (clean text, metadata, removed text with reasons).
import type { InputDocument } from '../model/input.ts';
import type { Article } from '../model/report.ts';
import type { Block } from './blocks.ts';
import { extractHtml, type HtmlOptions } from './html.ts';
import { guessLanguage } from './language.ts';
import { classifyDump } from './text-dump.ts';

/** An article plus the kind of each kept paragraph (captions are kept but are not claims). */
export interface ExtractedArticle extends Article {
  blocks: Block[];
  /** Problems met while reading the input (not part of the report's Article). */
  warnings?: string[];
}

const host = (s: string) => s.replace(/^https?:\/\//i, '').replace(/\/.*$/, '');

/** Settings of extraction (web pages only, for now). */
export type ExtractOptions = HtmlOptions;

export function extract(input: InputDocument, options: ExtractOptions = {}): ExtractedArticle {
  const meta = input.meta ?? {};
  const html = input.kind === 'html' ? extractHtml(input.content, options) : undefined;
  const r = html ?? classifyDump(input.content, { title: meta.title });
  const pageMeta = html?.meta;
  const url = meta.url ?? pageMeta?.canonical;
  const title = meta.title ?? r.title;
  if (!r.text.trim() && title && input.kind !== 'html') {
    // a headline with no body (a wire flash, a title-only record): the headline is the text;
    // a web page with no article (a home page, an error page) has no text
    r.text = title;
    r.blocks = [{ kind: 'body', start: 0, end: title.length }];
    r.removed = r.removed.filter((x) => !(x.text === title && x.reason.startsWith('headline')));
  }
  const article: ExtractedArticle = {
    id: input.id,
    source: input.source,
    title,
    byline: meta.byline ?? r.byline,
    published: meta.published ?? pageMeta?.published ?? r.published,
    modified: pageMeta?.modified,
    outlet: meta.outlet ?? r.outlet ?? (url && /^https?:/i.test(url) ? host(url) : undefined),
    originalSource: r.originalSource,
    language: pageMeta?.language ?? guessLanguage(r.text),
    url,
    text: r.text,
    removed: r.removed,
    blocks: r.blocks,
    warnings: html?.warnings.length ? html.warnings : undefined,
  };
  for (const k of Object.keys(article) as (keyof ExtractedArticle)[]) {
    if (article[k] === undefined) delete article[k];
  }
  return article;
}
