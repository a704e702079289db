// Test fixtures for the align stage: a text article run through the real extract and annotate stages.
import { annotateArticle, annotateTime, type TimedArticle } from '../annotate/annotate.ts';
import { createNlp, type Nlp } from '../annotate/nlp.ts';
import { extract } from '../extract/extract.ts';

let nlp: Nlp | undefined;

export function timedArticle(
  id: string,
  content: string,
  published = '2025-03-19T12:00:00Z',
  title?: string,
): TimedArticle {
  nlp ??= createNlp();
  const meta = title ? { published, title } : { published };
  return annotateTime(
    annotateArticle(nlp, extract({ id, source: `${id}.txt`, kind: 'text', content, meta })),
    undefined,
  );
}
