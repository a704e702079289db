// The whole pipeline: ingest → extract → annotate → cluster → dedup → align → report.

import type { ClaimOptions } from '../align/claims.ts';
import { buildStory } from '../align/story.ts';
import { type AnnotatedArticle, annotateTime } from '../annotate/annotate.ts';
import { mostStatedDate } from '../annotate/dates.ts';
import { createNlp } from '../annotate/nlp.ts';
import { findDuplicates } from '../dedup/index.ts';
import type { InputDocument } from '../model/input.ts';
import type { Report, Story } from '../model/report.ts';
import type { DerivedLink } from '../provenance/provenance.ts';
import { rewriteSignals } from '../provenance/signals.ts';
import { extractAndAnnotate } from './annotate-documents.ts';
import { clusterAnnotated } from './cluster-inputs.ts';
import { readInputs } from './extract-inputs.ts';

export interface AnalyzeOptions {
  /** Largest input file accepted, in bytes. */
  maxFileBytes?: number;
  stdin?: NodeJS.ReadableStream;
  /** Called as articles are processed: stage name, done, total. */
  onProgress?: (stage: string, done: number, total: number) => void;
  claimOptions?: ClaimOptions;
  /** Keep per-paragraph block kinds on articles (caption/body). Default true. */
  includeBlocks?: boolean;
}

/** Analyzes files, folders, globs or `-` (stdin), or already-read input documents, into a report. */
export async function analyze(
  inputs: string[] | InputDocument[],
  options: AnalyzeOptions = {},
): Promise<Report> {
  const { documents, problems } = await readInputs(inputs, options);

  const progress = options.onProgress ?? (() => {});
  const {
    extracted,
    annotated,
    problems: articleProblems,
  } = extractAndAnnotate(createNlp(), documents, (done, total) => progress('annotate', done, total));
  problems.push(...articleProblems);

  const byId = new Map(annotated.map((a) => [a.article.id, a]));
  // the most covered stories first, as the report lists them
  const clusters = clusterAnnotated(annotated);
  const duplicates = findDuplicates(
    annotated.map((a) => ({
      id: a.article.id,
      text: a.article.text,
      sentences: a.sentences
        .filter((s) => s.block === 'body')
        .map((s) => [s.start, s.end] as [number, number]),
    })),
  );

  const stories: Story[] = [];
  clusters.forEach((c, i) => {
    const members = c.articleIds.map((id) => byId.get(id)).filter((a): a is AnnotatedArticle => !!a);
    const undated = members.filter((a) => !a.article.published).map((a) => a.article.text);
    const published = members
      .map((a) => a.article.published)
      .filter((p): p is string => !!p && !Number.isNaN(Date.parse(p)))
      .sort();
    const reference = mostStatedDate(undated) ?? (published[0] ? new Date(published[0]) : undefined);
    const timed = members.map((a) => annotateTime(a, reference));
    const ids = new Set(c.articleIds);
    const derived: DerivedLink[] = duplicates
      .filter((d) => ids.has(d.articleId) && ids.has(d.target))
      .map((d) => ({ articleId: d.articleId, kind: d.kind, target: d.target, evidence: d.evidence }));
    const story = buildStory({ id: c.id, articles: timed, derived, claimOptions: options.claimOptions });
    stories.push(story);
    progress('align', i + 1, clusters.length);
  });

  const includeBlocks = options.includeBlocks ?? true;
  return {
    version: 1,
    generator: 'corroborate 0.1.0',
    articles: extracted.map(({ blocks, ...a }) => {
      const signals = rewriteSignals(a, blocks);
      return { ...a, ...(signals.length ? { signals } : {}), ...(includeBlocks ? { blocks } : {}) };
    }),
    stories,
    problems,
  };
}
