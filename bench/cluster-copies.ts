#!/usr/bin/env node
// The batch clusterer on many copies: the 772 ECB+ dev articles, annotated once, each copied N
// times (its numbers changed by the copy's index, its id suffixed), as a news archive full of
// syndicated versions. Prints, with and without the nearest-article steps (`neighbours: 0`), the
// stories, the clustering time and rate, and B³ against the gold stories of the originals.
// Reads ../shared; skips when it is absent.
// usage: node --import tsx bench/cluster-copies.ts [copies=13]
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNlp } from '../src/annotate/nlp.ts';
import { type ClusterInput, type ClusterOptions, clusterArticles } from '../src/cluster/index.ts';
import { extractAndAnnotate } from '../src/pipeline/annotate-documents.ts';
import { clusterInput } from '../src/pipeline/cluster-inputs.ts';
import { readInputs } from '../src/pipeline/extract-inputs.ts';
import { devStories } from './dev-labels.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = join(root, '..', 'shared', 'bench', 'ecbplus-dev');
if (!existsSync(dev)) {
  console.log(`skipped: ${dev} not found (the public benchmarks live in ../shared)`);
  process.exit(0);
}
const copies = Number(process.argv[2] ?? 13);
const gold = devStories(dev);

const { documents } = await readInputs([join(dev, 'articles')], {});
const { annotated } = extractAndAnnotate(createNlp(), documents);
const originals = annotated.map(clusterInput);
const batch: ClusterInput[] = [];
for (let k = 0; k < copies; k++)
  for (const a of originals)
    batch.push({ ...a, id: `${a.id}#${k}`, text: a.text.replace(/\b\d+\b/g, (n) => String(Number(n) + k)) });

/** B³ F1, precision and recall of predicted stories against the originals' gold stories. */
function b3(stories: Array<{ articleIds: string[] }>): [number, number, number] {
  const goldOf = (id: string) => gold.get(id.split('#')[0]) ?? id;
  const predOf = new Map<string, number>();
  stories.forEach((s, i) => {
    for (const id of s.articleIds) predOf.set(id, i);
  });
  const byPred = new Map<number, string[]>();
  const byGold = new Map<string, number[]>();
  for (const a of batch) {
    const p = predOf.get(a.id) ?? -1;
    const g = goldOf(a.id);
    byPred.set(p, [...(byPred.get(p) ?? []), g]);
    byGold.set(g, [...(byGold.get(g) ?? []), p]);
  }
  let precision = 0;
  let recall = 0;
  for (const a of batch) {
    const p = predOf.get(a.id) ?? -1;
    const g = goldOf(a.id);
    const inStory = byPred.get(p) ?? [];
    const inGold = byGold.get(g) ?? [];
    precision += inStory.filter((x) => x === g).length / inStory.length;
    recall += inGold.filter((x) => x === p).length / inGold.length;
  }
  precision /= batch.length;
  recall /= batch.length;
  return [(2 * precision * recall) / (precision + recall), precision, recall];
}

console.log(`${originals.length} dev articles × ${copies} copies = ${batch.length} articles`);
for (const [name, options] of [
  ['nearest-article steps', {}],
  ['centroids only (neighbours: 0)', { neighbours: 0 }],
] as Array<[string, ClusterOptions]>) {
  const started = performance.now();
  const stories = clusterArticles(batch, options);
  const ms = performance.now() - started;
  const [f1, p, r] = b3(stories);
  console.log(
    `  ${name.padEnd(32)} ${stories.length} stories, ${(ms / 1000).toFixed(2)} s, ${Math.round((batch.length / ms) * 1000)} articles/s, B³ F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`,
  );
}
