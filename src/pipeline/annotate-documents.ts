// The per-document steps of the pipeline: extract, then annotate (sentences, tokens, entity mentions).
import { type AnnotatedArticle, annotateArticle } from '../annotate/annotate.ts';
import type { Nlp } from '../annotate/nlp.ts';
import type { ExtractedArticle } from '../extract/extract.ts';
import type { InputDocument } from '../model/input.ts';
import type { Problem } from '../model/report.ts';
import { extractOne } from './extract-inputs.ts';

export interface AnnotatedDocuments {
  /** Every document that could be extracted, in input order (some may have no text). */
  extracted: ExtractedArticle[];
  /** The extracted articles with text, annotated. */
  annotated: AnnotatedArticle[];
  problems: Problem[];
}

/** Extracts and annotates each document; a document that fails is a problem naming it. */
export function extractAndAnnotate(
  nlp: Nlp,
  documents: InputDocument[],
  onProgress: (done: number, total: number) => void = () => {},
): AnnotatedDocuments {
  const extracted: ExtractedArticle[] = [];
  const annotated: AnnotatedArticle[] = [];
  const problems: Problem[] = [];
  documents.forEach((doc, i) => {
    const r = extractOne(doc);
    problems.push(...r.problems);
    if (r.article) {
      extracted.push(r.article);
      try {
        if (r.article.text.trim()) annotated.push(annotateArticle(nlp, r.article));
      } catch (e) {
        problems.push({
          source: doc.source,
          severity: 'error',
          message: `could not be analyzed: ${(e as Error).message}`,
        });
      }
    }
    onProgress(i + 1, documents.length);
  });
  return { extracted, annotated, problems };
}
