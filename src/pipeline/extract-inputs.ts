// The extraction pipeline on its own: ingest → extract, one Article record per input document.
import { bodyText } from '../extract/blocks.ts';
import { type ExtractedArticle, extract } from '../extract/extract.ts';
import { ingest, uniquifyIds } from '../ingest/index.ts';
import type { InputDocument } from '../model/input.ts';
import type { Article, Problem } from '../model/report.ts';

export interface ExtractInputsOptions {
  /** Largest input file accepted, in bytes. */
  maxFileBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Called after each document: done, total. */
  onProgress?: (done: number, total: number) => void;
  /** Keep per-paragraph block kinds on articles. Default true. */
  includeBlocks?: boolean;
}

/** An extracted article with its body alone (no captions), as other extractors give it. */
export interface ExtractedRecord extends Article {
  articleBody: string;
}

export interface ExtractInputsResult {
  articles: ExtractedRecord[];
  problems: Problem[];
}

/** Reads file, folder, glob and `-` specs (or takes already-read documents, making ids unique). */
export async function readInputs(
  inputs: string[] | InputDocument[],
  options: { maxFileBytes?: number; stdin?: NodeJS.ReadableStream } = {},
): Promise<{ documents: InputDocument[]; problems: Problem[] }> {
  if (inputs.every((x) => typeof x === 'string')) {
    return ingest(inputs as string[], { maxFileBytes: options.maxFileBytes, stdin: options.stdin });
  }
  const documents = (inputs as InputDocument[]).map((d) => ({ ...d }));
  return { documents, problems: uniquifyIds(documents) };
}

/** Extracts clean text and metadata from files, folders, globs, `-`, or already-read documents. */
export async function extractInputs(
  inputs: string[] | InputDocument[],
  options: ExtractInputsOptions = {},
): Promise<ExtractInputsResult> {
  const { documents, problems } = await readInputs(inputs, options);
  const includeBlocks = options.includeBlocks ?? true;
  const articles: ExtractedRecord[] = [];
  documents.forEach((doc, i) => {
    const r = extractOne(doc);
    problems.push(...r.problems);
    if (r.article) {
      const { blocks, ...rest } = r.article;
      const articleBody = bodyText(rest.text, blocks);
      articles.push(includeBlocks ? { ...rest, articleBody, blocks } : { ...rest, articleBody });
    }
    options.onProgress?.(i + 1, documents.length);
  });
  return { articles, problems };
}

/** Extracts one document; problems name its source (a page with no article is a warning). */
export function extractOne(doc: InputDocument): { article?: ExtractedArticle; problems: Problem[] } {
  try {
    const { warnings, ...article } = extract(doc);
    const problems: Problem[] = (warnings ?? []).map((message) => ({
      source: doc.source,
      severity: 'warning',
      message,
    }));
    if (article.text && article.text === article.title) {
      problems.push({ source: doc.source, severity: 'warning', message: 'only a headline, no body text' });
    }
    if (!article.text.trim()) {
      problems.push({
        source: doc.source,
        severity: 'warning',
        message: 'no article text found after removing page boilerplate',
      });
    }
    return { article, problems };
  } catch (e) {
    return {
      problems: [
        { source: doc.source, severity: 'error', message: `could not be extracted: ${(e as Error).message}` },
      ],
    };
  }
}
