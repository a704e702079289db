#!/usr/bin/env node
// Scores the analysis of the seed story and of the hand-made gold stories in bench/gold/ (three
// ECB+ dev stories) with ../shared/tools/score-seeds.mjs. Each story is analyzed on its own
// articles, so the figures measure extraction and alignment, not story clustering.
// usage: node --import tsx bench/gold-stories.ts [--verbose]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { devStories } from './dev-labels.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const verbose = process.argv.includes('--verbose');

export interface GoldStory {
  name: string;
  inputs: string[];
  /** Gold file; undefined: the seeds' own gold. */
  gold?: string;
}

export const hasShared = existsSync(join(shared, 'seeds'));

/** The stories to score: the seeds, then each gold file's story from the dev set. */
export function goldStories(): GoldStory[] {
  const stories: GoldStory[] = [{ name: 'seeds', inputs: [join(shared, 'seeds')] }];
  // the dev set's own ids (a gold file may list an article the set leaves out)
  const known = devStories(join(shared, 'bench', 'ecbplus-dev'));
  for (const file of readdirSync(join(root, 'bench', 'gold')).sort()) {
    const gold = join(root, 'bench', 'gold', file);
    const ids: string[] = JSON.parse(readFileSync(gold, 'utf8')).story.articles;
    const inputs = ids
      .filter((id) => known.has(id))
      .map((id) => join(shared, 'bench', 'ecbplus-dev', 'articles', `${id}.txt`));
    stories.push({ name: file.replace(/\.json$/, ''), inputs, gold });
  }
  return stories;
}

/** Runs the CLI on one story and returns the scorer's output and its percentage. */
export function scoreStory(story: GoldStory, tmp: string): { text: string; percent: number } {
  const out = join(tmp, `${story.name}.json`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'bin', 'corroborate.js'), 'analyze', ...story.inputs, '--format', 'json', '--out', out, '-q'],
    { encoding: 'utf8' },
  );
  if (run.status !== 0 && !existsSync(out))
    throw new Error(`analyze failed for ${story.name}: ${run.stderr}`);
  const args = [
    join(shared, 'tools', 'score-seeds.mjs'),
    out,
    ...(story.gold ? [story.gold] : []),
    '--verbose',
  ];
  const text = spawnSync(process.execPath, args, { encoding: 'utf8' }).stdout;
  return { text, percent: Number(text.match(/\((\d+)%\)/)?.[1] ?? 0) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!hasShared) {
    console.log('skipped: ../shared not found (the seeds and the dev set live there)');
    process.exit(0);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'corroborate-gold-'));
  for (const story of goldStories()) {
    const { text } = scoreStory(story, tmp);
    const lines = text.trim().split('\n');
    console.log(`${story.name.padEnd(8)} ${lines.at(-1)}`);
    if (verbose) for (const l of lines.slice(0, -1)) console.log(`    ${l}`);
  }
}
