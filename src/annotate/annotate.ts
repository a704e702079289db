// annotate stage: sentences, tokens and entity mentions per article; dates and quantities once the
// reference date is known (it may come from the article's story).
import type { ExtractedArticle } from '../extract/extract.ts';
import { type DateMention, findDates } from './dates.ts';
import { findMentions, type Mention } from './entities/mentions.ts';
import { type Nlp, type Sentence, type Token, tokenize } from './nlp.ts';
import { findQuantities, type Quantity } from './quantities.ts';

export interface AnnotatedArticle {
  article: ExtractedArticle;
  tokens: Token[];
  sentences: Sentence[];
  mentions: Mention[];
}

export interface TimedArticle extends AnnotatedArticle {
  dates: DateMention[];
  quantities: Quantity[];
  /** The reference date relative dates were resolved against, and where it came from. */
  reference?: { date: string; from: 'published' | 'story' };
}

export function annotateArticle(nlp: Nlp, article: ExtractedArticle): AnnotatedArticle {
  const { tokens, sentences } = tokenize(nlp, article.text, article.blocks);
  return { article, tokens, sentences, mentions: findMentions(article.text, sentences, tokens) };
}

/** Resolves dates against the article's own publication date, else the story's reference date. */
export function annotateTime(a: AnnotatedArticle, storyReference: Date | undefined): TimedArticle {
  const published = a.article.published ? new Date(a.article.published) : undefined;
  const own = published && !Number.isNaN(published.getTime()) ? published : undefined;
  const ref = own ?? storyReference;
  const dates = findDates(a.article.text, a.sentences, ref, !!own);
  const quantities = findQuantities(a.article.text, a.sentences, a.tokens, dates);
  const timed: TimedArticle = { ...a, dates, quantities };
  if (ref) timed.reference = { date: ref.toISOString().slice(0, 10), from: own ? 'published' : 'story' };
  return timed;
}
