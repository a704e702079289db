#!/usr/bin/env node
// End-to-end speed and memory of `corroborate analyze` on the public ECB+ dev set (772 articles),
// and the story-clustering quality of the same run. Reads ../shared; skips when it is absent.
// usage: node bench/analyze-dev.mjs [runs=3]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const articles = join(shared, 'bench', 'ecbplus-dev', 'articles');
if (!existsSync(articles)) {
  console.log(`skipped: ${articles} not found (the public benchmarks live in ../shared)`);
  process.exit(0);
}
if (!existsSync('/usr/bin/time')) {
  console.log('skipped: GNU time (/usr/bin/time, Debian package "time") is needed to measure peak memory');
  process.exit(0);
}
const runs = Number(process.argv[2] ?? 3);
const count = readdirSync(articles).filter((f) => f.endsWith('.txt')).length;
const out = join(mkdtempSync(join(tmpdir(), 'corroborate-bench-')), 'report.json');
const results = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-v',
      process.execPath,
      join(root, 'bin', 'corroborate.js'),
      'analyze',
      articles,
      '--format',
      'json',
      '--out',
      out,
      '-q',
    ],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const wall = r.stderr.match(/Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  const rssKb = Number(r.stderr.match(/Maximum resident set size \(kbytes\): (\d+)/)[1]);
  const user = Number(r.stderr.match(/User time \(seconds\): ([\d.]+)/)[1]);
  results.push({ seconds, rssKb, user });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = median(results.map((r) => r.seconds));
const user = median(results.map((r) => r.user));
const rss = median(results.map((r) => r.rssKb)) / 1024;
// clustering quality of the same output
const report = JSON.parse(readFileSync(out, 'utf8'));
const pred = join(dirname(out), 'pred.tsv');
writeFileSync(pred, report.stories.flatMap((s) => s.articleIds.map((a) => `${a}\t${s.id}`)).join('\n'));
const score = spawnSync(
  process.execPath,
  [join(shared, 'tools', 'score-clustering.mjs'), pred, join(shared, 'bench', 'ecbplus-dev', 'labels.tsv')],
  { encoding: 'utf8' },
).stdout.trim();
console.log(`articles: ${count}, runs: ${runs} (median)`);
console.log(
  `wall: ${seconds.toFixed(2)} s  → ${(count / seconds).toFixed(1)} articles/s (whole process, start-up included)`,
);
console.log(`user CPU: ${user.toFixed(2)} s  → ${(count / user).toFixed(1)} articles per CPU-second`);
console.log(`peak memory (max RSS): ${rss.toFixed(0)} MiB`);
console.log(`stories: ${report.stories.length}; clustering: ${score}`);
