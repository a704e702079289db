#!/usr/bin/env node
// A reproducible blind sample of the figures marked "conflicting" in one or more reports (as
// `corroborate analyze --format json` writes them), for a manual check of whether the values
// really disagree. Draws N figures from each report with a seeded generator, shuffles them
// together, prints them as Markdown (F1, F2, … with each value and its quotes) and writes which
// report each came from to KEY, so the reader judging them does not know the build.
// usage: node bench/sample-figures.mjs N SEED KEY REPORT.json [REPORT.json …]
import { readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from './seeded-random.mjs';

const [n, seed, keyFile, ...reports] = process.argv.slice(2);
if (!reports.length || !Number(n)) {
  console.error('usage: node bench/sample-figures.mjs N SEED KEY REPORT.json [REPORT.json …]');
  process.exit(2);
}

const random = mulberry32(Number(seed));

const items = [];
for (const file of reports) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`sample-figures: ${file}: ${e.message}`);
    process.exit(2);
  }
  const pool = report.stories.flatMap((s) =>
    s.figures
      .filter((f) => f.status === 'conflicting')
      .map((figure) => ({ report: file, story: s.id, figure })),
  );
  for (let i = 0; i < Number(n) && pool.length; i++)
    items.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
}
for (let i = items.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [items[i], items[j]] = [items[j], items[i]];
}

const lines = [];
items.forEach(({ figure }, i) => {
  lines.push(`## F${i + 1}: measure "${figure.measure}"`);
  for (const v of figure.values) {
    lines.push(
      `- value ${[v.qualifier, v.value, v.unit].filter(Boolean).join(' ')}${v.asOf ? ` as of ${v.asOf}` : ''}`,
    );
    for (const s of v.support) lines.push(`    - [${s.articleId}] ${s.quote}`);
  }
  lines.push('');
});
console.log(lines.join('\n'));
writeFileSync(
  keyFile,
  `${JSON.stringify(
    items.map(({ report, story, figure }, i) => ({
      id: `F${i + 1}`,
      report,
      story,
      measure: figure.measure,
    })),
    null,
    1,
  )}\n`,
);
