#!/usr/bin/env node
// A reproducible random sample of claims for a manual precision check: from the reports in DIR
// (seeds.json, ecb-10b.json, ecb-18b.json, ecb-20b.json, as `corroborate analyze --format json`
// writes them), every claim citing two or more articles or contested, shuffled with a seeded
// generator; prints the first N with their text, support quotes and conflicts.
// usage: node bench/sample-claims.mjs DIR [n=30] [seed=20261122]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './seeded-random.mjs';

const [dir, n = '30', seed = '20261122'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/sample-claims.mjs DIR [n=30] [seed=20261122]');
  process.exit(2);
}
const files = ['seeds.json', 'ecb-10b.json', 'ecb-18b.json', 'ecb-20b.json'].sort();
const missing = files.filter((f) => !existsSync(join(dir, f)));
if (missing.length) {
  console.error(`sample-claims: ${dir}: missing ${missing.join(', ')}`);
  process.exit(2);
}

const pool = [];
for (const f of files) {
  const report = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const story of report.stories) {
    for (const claim of story.claims) {
      const articles = new Set(claim.support.map((s) => s.articleId));
      if (articles.size >= 2 || claim.status === 'contested')
        pool.push({ file: f, story: story.id, claim, articles: articles.size });
    }
  }
}
const random = mulberry32(Number(seed));
const order = pool.slice();
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const sample = order.slice(0, Number(n));
console.log(`pool=${pool.length} sample=${sample.length} seed=${seed} files=${files.join(',')}\n`);
sample.forEach(({ file, story, claim, articles }, k) => {
  console.log(
    `#${k + 1} ${file} story=${story} ${claim.id} status=${claim.status} articles=${articles} indep=${claim.independentSources}`,
  );
  console.log(`  TEXT: ${claim.text}`);
  for (const s of claim.support) console.log(`  S [${s.articleId}] ${s.quote}`);
  for (const c of claim.conflicts ?? []) {
    console.log(`  C kind=${c.kind} note=${c.note}`);
    for (const q of c.citations ?? []) console.log(`    [${q.articleId}] ${q.quote}`);
  }
  console.log();
});
