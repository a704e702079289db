#!/usr/bin/env node
// A repeatable proxy for the manual precision check: sentence pairs judged by reading, stored in
// bench/claim-labels.json as the citations (articleId@start) of claims that earlier builds made,
// partitioned into groups that state one fact ("borderline" when readers could disagree). For the
// four reports in DIR (as for bench/sample-claims.mjs), counts the claims citing two or more
// articles whose citations include a pair judged to state different facts, and the pairs not
// judged yet. The labels come from this project's own builds of the seeds and three ECB+ dev
// stories, and the claim rules were tuned while looking at them: a new manual sample is the
// measure, this is the quick check between samples.
// usage: node bench/claim-labels.mjs DIR [--list]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [dir] = process.argv.slice(2);
const list = process.argv.includes('--list');
if (!dir) {
  console.error('usage: node bench/claim-labels.mjs DIR [--list]');
  process.exit(2);
}
const files = ['seeds.json', 'ecb-10b.json', 'ecb-18b.json', 'ecb-20b.json'];
const missing = files.filter((f) => !existsSync(join(dir, f)));
if (missing.length) {
  console.error(`claim-labels: ${dir}: missing ${missing.join(', ')}`);
  process.exit(2);
}

const here = dirname(fileURLToPath(import.meta.url));
const labels = JSON.parse(readFileSync(join(here, 'claim-labels.json'), 'utf8'));
/** report|a|b → judgement; later entries are newer readings and win. */
const pairs = new Map();
for (const { report, groups, borderline } of labels) {
  const groupOf = new Map(groups.flatMap((g, i) => g.map((key) => [key, i])));
  const keys = [...groupOf.keys()];
  for (const a of keys)
    for (const b of keys)
      if (a !== b) pairs.set(`${report}|${a}|${b}`, { same: groupOf.get(a) === groupOf.get(b), borderline });
}

let claims = 0;
let clear = 0;
let border = 0;
let unjudgedClaims = 0;
let unjudgedPairs = 0;
for (const f of files) {
  const report = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  for (const story of report.stories) {
    for (const claim of story.claims) {
      if (new Set(claim.support.map((s) => s.articleId)).size < 2) continue;
      claims++;
      const keys = claim.support.map((s) => `${s.articleId}@${s.start}`);
      let wrong = false;
      let doubtful = false;
      let unjudged = false;
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++) {
          const v = pairs.get(`${f}|${keys[i]}|${keys[j]}`);
          if (!v) {
            unjudgedPairs++;
            unjudged = true;
          } else if (!v.same) {
            if (v.borderline) doubtful = true;
            else wrong = true;
          }
        }
      if (wrong) clear++;
      else if (doubtful) border++;
      if (unjudged) unjudgedClaims++;
      if (list && (wrong || doubtful || unjudged)) {
        console.log(`${wrong ? 'WRONG' : doubtful ? 'BORDERLINE' : 'UNJUDGED'} ${f} ${story.id} ${claim.id}`);
        for (const s of claim.support) console.log(`  [${s.articleId}@${s.start}] ${s.quote}`);
      }
    }
  }
}
console.log(
  `claims citing 2+ articles: ${claims}; with citations judged to state different facts: ${clear} clear + ${border} borderline; with pairs not judged yet: ${unjudgedClaims} (${unjudgedPairs} pairs)`,
);
