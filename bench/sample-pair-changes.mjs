#!/usr/bin/env node
// A blind check of what a change to claim alignment does on a whole set: from two reports of the
// same articles (`corroborate analyze --format json`, before and after the change), the sentence
// pairs of different articles that some claim cites together in one report and no claim in the
// other. Draws N pairs each of the separated and of the joined with a seeded generator, shuffles
// them together and prints them as Markdown (P1, P2, … with the two sentences), so that a reader
// judging "the same fact or not" does not know which side a pair is from; KEY gets the answer.
// usage: node bench/sample-pair-changes.mjs N SEED KEY BEFORE.json AFTER.json
import { readFileSync, writeFileSync } from 'node:fs';
import { mulberry32 } from './seeded-random.mjs';

const [n, seed, keyFile, before, after] = process.argv.slice(2);
if (!after || !Number(n)) {
  console.error('usage: node bench/sample-pair-changes.mjs N SEED KEY BEFORE.json AFTER.json');
  process.exit(2);
}

function read(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`sample-pair-changes: ${file}: ${e.message}`);
    process.exit(2);
  }
}

/** Pairs of cited sentences of different articles that one claim cites together, with their quotes. */
function pairsOf(report) {
  const quotes = new Map();
  const pairs = new Set();
  for (const story of report.stories)
    for (const claim of story.claims) {
      const keys = claim.support.map((s) => {
        const key = `${s.articleId}@${s.start}`;
        quotes.set(key, `[${s.articleId}] ${s.quote}`);
        return key;
      });
      keys.sort();
      for (let i = 0; i < keys.length; i++)
        for (let j = i + 1; j < keys.length; j++)
          if (keys[i].split('@')[0] !== keys[j].split('@')[0]) pairs.add(`${keys[i]}|${keys[j]}`);
    }
  return { pairs, quotes };
}

const a = pairsOf(read(before));
const b = pairsOf(read(after));
const separated = [...a.pairs].filter((p) => !b.pairs.has(p)).sort();
const joined = [...b.pairs].filter((p) => !a.pairs.has(p)).sort();
const random = mulberry32(Number(seed));
const items = [];
for (const [side, pool, quotes] of [
  ['separated', separated, a.quotes],
  ['joined', joined, b.quotes],
]) {
  const left = pool.slice();
  for (let i = 0; i < Number(n) && left.length; i++) {
    const pair = left.splice(Math.floor(random() * left.length), 1)[0];
    items.push({ side, pair, text: pair.split('|').map((k) => quotes.get(k)) });
  }
}
for (let i = items.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [items[i], items[j]] = [items[j], items[i]];
}

console.error(`sample-pair-changes: ${separated.length} pairs separated, ${joined.length} joined`);
const lines = [];
items.forEach(({ text }, i) => {
  lines.push(`## P${i + 1}`, ...text.map((t) => `- ${t}`), '');
});
console.log(lines.join('\n'));
writeFileSync(
  keyFile,
  `${JSON.stringify(
    items.map(({ side, pair }, i) => ({ id: `P${i + 1}`, side, pair })),
    null,
    1,
  )}\n`,
);
