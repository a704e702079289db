// The cluster step, shared by `analyze` and `corroborate cluster`: annotated articles → stories.
import type { AnnotatedArticle } from '../annotate/annotate.ts';
import { createNlp } from '../annotate/nlp.ts';
import { type ClusterInput, clusterArticles, type StoryCluster } from '../cluster/index.ts';
import type { InputDocument } from '../model/input.ts';
import type { Problem } from '../model/report.ts';
import { extractAndAnnotate } from './annotate-documents.ts';
import { readInputs } from './extract-inputs.ts';

/** What the clusterer sees of an article: text, title, date and its typed entity names. */
export function clusterInput(a: AnnotatedArticle): ClusterInput {
  return {
    id: a.article.id,
    text: a.article.text,
    title: a.article.title,
    published: a.article.published,
    entities: [...new Set(a.mentions.filter((m) => m.type !== 'other').map((m) => m.name.toLowerCase()))],
  };
}

/**
 * Groups annotated articles into stories, most-covered first (ties keep the clusterer's order:
 * date, then id, of each story's first article). Story ids are the clusterer's.
 */
export function clusterAnnotated(annotated: AnnotatedArticle[]): StoryCluster[] {
  const clusters = clusterArticles(annotated.map(clusterInput));
  return clusters.sort((a, b) => b.articleIds.length - a.articleIds.length);
}

export interface ClusterInputsOptions {
  /** Largest input file accepted, in bytes. */
  maxFileBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Called as documents are extracted and annotated: done, total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ClusterInputsResult {
  /** Ids of the articles read (those without text are in no story). */
  articleIds: string[];
  stories: StoryCluster[];
  problems: Problem[];
}

/**
 * Stories alone, without briefs: ingest → extract → annotate → cluster, the same steps and the same
 * clustering as `analyze`.
 */
export async function clusterInputs(
  inputs: string[] | InputDocument[],
  options: ClusterInputsOptions = {},
): Promise<ClusterInputsResult> {
  const { documents, problems } = await readInputs(inputs, options);
  const {
    extracted,
    annotated,
    problems: more,
  } = extractAndAnnotate(createNlp(), documents, options.onProgress);
  problems.push(...more);
  return {
    articleIds: extracted.map((a) => a.id),
    stories: clusterAnnotated(annotated),
    problems,
  };
}
