#!/usr/bin/env node
// corroborate command line: analyze, cluster, extract.
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { renderHtml } from '../brief/render-html.ts';
import { renderMarkdown } from '../brief/render-markdown.ts';
import type { StoryCluster } from '../cluster/index.ts';
import type { Article, Problem, Report } from '../model/report.ts';
import { analyze } from '../pipeline/analyze.ts';
import { clusterInputs } from '../pipeline/cluster-inputs.ts';
import { extractInputs } from '../pipeline/extract-inputs.ts';
import { EXIT_USAGE, exitCodeFor } from './exit-codes.ts';
import { createProgress } from './progress.ts';

export function render(report: Report, format: string): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'md') return renderMarkdown(report);
  return renderHtml(report);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function printProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(`corroborate: ${p.severity}: ${p.source}: ${p.message}\n`);
}

type ArticleRecord = Omit<Article, 'removed'> & { removed?: Article['removed']; articleBody?: string };

/** Articles as JSON lines, one JSON array, or their body text (a header per article when several). */
export function renderArticles(articles: ArticleRecord[], format: string): string {
  if (format === 'json') return `${JSON.stringify(articles, null, 2)}\n`;
  if (format === 'jsonl') return articles.map((a) => `${JSON.stringify(a)}\n`).join('');
  const body = (a: ArticleRecord) => a.articleBody ?? a.text;
  if (articles.length === 1) return `${body(articles[0])}\n`;
  return articles.map((a) => `==> ${a.source} <==\n${body(a)}\n`).join('\n');
}

/** Stories as `articleId<TAB>storyId` lines (story by story, ids sorted within), or a JSON array. */
export function renderClusters(stories: StoryCluster[], format: string): string {
  if (format === 'json') return `${JSON.stringify(stories, null, 2)}\n`;
  return stories.flatMap((s) => s.articleIds.map((id) => `${id}\t${s.id}\n`)).join('');
}

function maxFileBytes(mb: string): number {
  const n = Number(mb);
  if (!Number.isFinite(n) || n <= 0)
    throw new CommanderError(EXIT_USAGE, 'usage', '--max-file-size must be a positive number');
  return Math.round(n * 1024 * 1024);
}

const INPUTS_HELP =
  'files, folders (recursive), globs, or - for stdin: .txt page dumps, .html/.htm (also .gz), .json/.jsonl records';

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('corroborate')
    .description(
      'Reads many news articles about the same events and reports, for every story, what is corroborated, contested or single-source, with every sentence cited.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('analyze')
    .description(
      'analyze articles into cited story briefs (JSON report v1, Markdown or a self-contained HTML page)',
    )
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['json', 'md', 'html']).default('md'),
    )
    .option('-o, --out <file>', 'write the output to FILE instead of stdout')
    .option('--max-file-size <mb>', 'largest input file accepted, in MiB', '50')
    .option('-q, --quiet', 'do not print input problems on stderr')
    .addHelpText(
      'after',
      `
Exit codes: 0 all inputs analyzed; 1 some inputs could not be read (each is named on stderr, the
rest is analyzed); 2 usage error.

Examples:
  corroborate analyze examples/harbour-bridge --format html --out report.html
  corroborate analyze 'news/**/*.html' --format json --out report.json
  cat article.txt | corroborate analyze - --format md`,
    )
    .action(
      async (
        inputs: string[],
        opts: { format: string; out?: string; maxFileSize: string; quiet?: boolean },
      ) => {
        const progress = createProgress();
        const report = await analyze(inputs, {
          maxFileBytes: maxFileBytes(opts.maxFileSize),
          onProgress: (stage, done, total) => progress.update(stage, done, total),
        });
        progress.stop();
        const problems = report.problems ?? [];
        if (!opts.quiet) printProblems(problems);
        const output = render(report, opts.format);
        if (opts.out) writeFileSync(opts.out, output);
        else process.stdout.write(output);
        if (!report.articles.length) {
          process.stderr.write('corroborate: no article could be read from the inputs\n');
          code = 1;
        } else code = exitCodeFor(problems);
        if (opts.out)
          process.stderr.write(
            `corroborate: ${plural(report.articles.length, 'article')}, ${plural(report.stories.length, 'story', 'stories')} → ${opts.out}\n`,
          );
      },
    );
  program
    .command('cluster')
    .description(
      'group articles into stories exactly as analyze does, without building briefs: one line per article (article id, story id), or the stories as JSON',
    )
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(
      new Option(
        '-f, --format <format>',
        'tsv: "articleId<TAB>storyId" per article; json: an array of stories {id, articleIds, explanation}',
      )
        .choices(['tsv', 'json'])
        .default('tsv'),
    )
    .option('-o, --out <file>', 'write the output to FILE instead of stdout')
    .option('--max-file-size <mb>', 'largest input file accepted, in MiB', '50')
    .option('-q, --quiet', 'do not print input problems on stderr')
    .addHelpText(
      'after',
      `
Stories are listed most-covered first, with the same ids as in the analyze report. In JSON, each
story's explanation gives, per article, its score against the rest of the story and the terms and
names it shares with it. Articles with no body text are in no story (a warning names them).

Exit codes: 0 all inputs clustered; 1 some inputs could not be read (each is named on stderr, the
rest is clustered); 2 usage error.

Examples:
  corroborate cluster examples/harbour-bridge
  corroborate cluster articles/ --out pred.tsv
  corroborate cluster 'news/**/*.html' --format json --out stories.json`,
    )
    .action(
      async (
        inputs: string[],
        opts: { format: string; out?: string; maxFileSize: string; quiet?: boolean },
      ) => {
        const progress = createProgress();
        const { articleIds, stories, problems } = await clusterInputs(inputs, {
          maxFileBytes: maxFileBytes(opts.maxFileSize),
          onProgress: (done, total) => progress.update('annotate', done, total),
        });
        progress.stop();
        if (!opts.quiet) printProblems(problems);
        const output = renderClusters(stories, opts.format);
        if (opts.out) writeFileSync(opts.out, output);
        else process.stdout.write(output);
        if (!articleIds.length) {
          process.stderr.write('corroborate: no article could be read from the inputs\n');
          code = 1;
        } else code = exitCodeFor(problems);
        if (opts.out)
          process.stderr.write(
            `corroborate: ${plural(articleIds.length, 'article')}, ${plural(stories.length, 'story', 'stories')} → ${opts.out}\n`,
          );
      },
    );
  program
    .command('extract')
    .description(
      'extract the article from each input: clean body text and metadata (title, byline, dates, outlet, language, URL, declared original), one record per input',
    )
    .argument('<inputs...>', INPUTS_HELP)
    .addOption(
      new Option(
        '-f, --format <format>',
        'jsonl: one Article record per line; json: an array; txt: the body text only',
      )
        .choices(['jsonl', 'json', 'txt'])
        .default('jsonl'),
    )
    .option('-o, --out <file>', 'write the output to FILE instead of stdout')
    .option('--max-file-size <mb>', 'largest input file accepted, in MiB', '50')
    .option('--no-blocks', 'leave out the per-paragraph block kinds (body / caption / heading)')
    .option('--no-removed', 'leave out the removed text and its reasons')
    .option('-q, --quiet', 'do not print input problems on stderr')
    .addHelpText(
      'after',
      `
Each record has the fields of an Article in report format v1 (see README): id, source, title,
byline, published, modified, outlet, originalSource, language, url, text (body, subheadings and
captions), removed, blocks; plus articleBody, the body and subheadings without captions.

Exit codes: 0 all inputs extracted; 1 some inputs could not be read (each is named on stderr;
a page with no article text is a warning); 2 usage error.

Examples:
  corroborate extract page.html --format txt
  corroborate extract pages/ --format jsonl --out articles.jsonl`,
    )
    .action(
      async (
        inputs: string[],
        opts: {
          format: string;
          out?: string;
          maxFileSize: string;
          blocks: boolean;
          removed: boolean;
          quiet?: boolean;
        },
      ) => {
        const { articles, problems } = await extractInputs(inputs, {
          maxFileBytes: maxFileBytes(opts.maxFileSize),
          includeBlocks: opts.blocks,
        });
        if (!opts.quiet) printProblems(problems);
        const records: ArticleRecord[] = opts.removed ? articles : articles.map(({ removed: _, ...a }) => a);
        const output = renderArticles(records, opts.format);
        if (opts.out) writeFileSync(opts.out, output);
        else process.stdout.write(output);
        code = articles.length ? exitCodeFor(problems) : 1;
        if (!articles.length) process.stderr.write('corroborate: no input could be read\n');
        else if (opts.out)
          process.stderr.write(`corroborate: ${plural(articles.length, 'article')} → ${opts.out}\n`);
      },
    );
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0)
        return 0;
      if (e.code === 'usage') process.stderr.write(`corroborate: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  return code;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`corroborate: ${(e as Error).stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
