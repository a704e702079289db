#!/usr/bin/env node
// corroborate command line: analyze (and later extract, cluster).
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { renderHtml } from '../brief/render-html.ts';
import { renderMarkdown } from '../brief/render-markdown.ts';
import type { Problem, Report } from '../model/report.ts';
import { analyze } from '../pipeline/analyze.ts';
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
    .argument(
      '<inputs...>',
      'files, folders (recursive), globs, or - for stdin: .txt page dumps, .html/.htm (also .gz), .json/.jsonl records',
    )
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
        const mb = Number(opts.maxFileSize);
        if (!Number.isFinite(mb) || mb <= 0)
          throw new CommanderError(EXIT_USAGE, 'usage', '--max-file-size must be a positive number');
        const progress = createProgress();
        const report = await analyze(inputs, {
          maxFileBytes: Math.round(mb * 1024 * 1024),
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
