// `corroborate cluster` end to end: the same stories as `analyze`, one line per article; its score on
// the public dev set (../shared, skipped when absent); and stories that do not depend on input order.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { StoryCluster } from '../src/cluster/index.ts';
import { ingest } from '../src/ingest/index.ts';
import type { InputDocument } from '../src/model/input.ts';
import type { Report } from '../src/model/report.ts';
import { analyze } from '../src/pipeline/analyze.ts';
import { clusterInputs } from '../src/pipeline/cluster-inputs.ts';
import { corroborate, hasShared, ROOT, SHARED, SHARED_MISSING } from './helpers.ts';

const EXAMPLE = 'examples/harbour-bridge';
const DEV = join(SHARED, 'bench', 'ecbplus-dev');
/** B³ F1 of `corroborate cluster` on the dev set measured 0.951 (session 9); the floor is issue 4's target. */
const DEV_B3_F1_FLOOR = 0.95;

const BRIDGE = [
  'avel-gazette-bridge-collapse',
  'cpa-2025-10-14-footbridge',
  'newsflash-hub-footbridge-rewrite',
  'south-shore-herald-footbridge',
];
const ROBOTICS = ['avel-gazette-robotics', 'harbourfm-2025-10-12-robotics'];

const parseTsv = (tsv: string) =>
  tsv
    .trimEnd()
    .split('\n')
    .map((line) => line.split('\t') as [string, string]);

/** Story id → sorted article ids. */
function groups(pairs: Array<[string, string]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [article, story] of pairs) out.set(story, [...(out.get(story) ?? []), article].sort());
  return out;
}

const analyzed = corroborate(['analyze', EXAMPLE, '--format', 'json']);
const report = JSON.parse(analyzed.stdout) as Report;

test('tsv: every article once, the two stories apart, the same stories as analyze', () => {
  assert.equal(analyzed.status, 0, analyzed.stderr);
  const run = corroborate(['cluster', EXAMPLE]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr, '');
  const pairs = parseTsv(run.stdout);
  for (const p of pairs) assert.equal(p.length, 2, `two columns: ${p.join('\t')}`);
  const ids = pairs.map(([a]) => a);
  assert.equal(new Set(ids).size, ids.length, 'no article twice');
  assert.deepEqual([...ids].sort(), report.articles.map((a) => a.id).sort());
  const stories = groups(pairs);
  assert.deepEqual([...stories.values()].sort(), [BRIDGE, ROBOTICS].sort());
  // analyze's stories, in its order (most covered first), with the same ids
  assert.deepEqual(
    [...stories],
    report.stories.map((s) => [s.id, s.articleIds]),
  );
});

test('json: an array of stories {id, articleIds, explanation}, the same as tsv', () => {
  const json = corroborate(['cluster', EXAMPLE, '--format', 'json']);
  assert.equal(json.status, 0, json.stderr);
  const stories = JSON.parse(json.stdout) as StoryCluster[];
  assert.ok(Array.isArray(stories));
  assert.equal(stories.length, 2);
  for (const s of stories) {
    assert.deepEqual(Object.keys(s).sort(), ['articleIds', 'explanation', 'id']);
    assert.match(s.id, /^story-\d+$/);
    assert.deepEqual(
      s.explanation.map((e) => e.articleId),
      s.articleIds,
    );
    for (const e of s.explanation) {
      assert.equal(typeof e.score, 'number');
      assert.ok(e.score > 0, `${e.articleId} scores against its story`);
      assert.ok(e.sharedTerms.length > 0 && e.sharedTerms.every((t) => typeof t === 'string'));
      assert.ok(Array.isArray(e.sharedEntities));
    }
  }
  const bridge = stories.find((s) => s.articleIds.includes(BRIDGE[0]));
  assert.ok(
    bridge?.explanation.some((e) => e.sharedEntities.length > 0),
    'shared names are listed',
  );
  const tsv = corroborate(['cluster', EXAMPLE, '--format', 'tsv']).stdout;
  assert.deepEqual(
    stories.flatMap((s) => s.articleIds.map((a) => [a, s.id])),
    parseTsv(tsv),
  );
});

test('--out writes the file and a summary; problems on stderr with exit 1; usage errors exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cluster-'));
  const out = join(dir, 'pred.tsv');
  const run = corroborate(['cluster', EXAMPLE, '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '');
  assert.match(run.stderr, /6 articles, 2 stories → .*pred\.tsv/);
  assert.equal(parseTsv(readFileSync(out, 'utf8')).length, 6);

  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const partial = corroborate(['cluster', EXAMPLE, empty]);
  assert.equal(partial.status, 1);
  assert.match(partial.stderr, /error: .*empty\.txt: empty file/);
  assert.equal(parseTsv(partial.stdout).length, 6, 'the rest is clustered');
  const quiet = corroborate(['cluster', empty, '-q']);
  assert.equal(quiet.status, 1);
  assert.doesNotMatch(quiet.stderr, /empty file/);
  assert.match(quiet.stderr, /no article could be read/);

  assert.equal(corroborate(['cluster']).status, 2);
  assert.equal(corroborate(['cluster', EXAMPLE, '--format', 'md']).status, 2);
  const size = corroborate(['cluster', EXAMPLE, '--max-file-size', '0']);
  assert.equal(size.status, 2);
  assert.match(size.stderr, /--max-file-size must be a positive number/);
  const help = corroborate(['cluster', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Examples:\n {2}corroborate cluster /);
});

function score(pred: string): { text: string; f1: number } {
  const r = spawnSync(
    process.execPath,
    [join(SHARED, 'tools', 'score-clustering.mjs'), pred, join(DEV, 'labels.tsv')],
    { encoding: 'utf8' },
  );
  assert.equal(r.status, 0, r.stderr);
  const text = r.stdout.trim();
  return { text, f1: Number(/B3_F1=([\d.]+)/.exec(text)?.[1]) };
}

test(`the dev set: every article in one story, B³ F1 ≥ ${DEV_B3_F1_FLOOR}`, {
  skip: !hasShared && SHARED_MISSING,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-cluster-dev-'));
  const pred = join(dir, 'pred.tsv');
  const run = corroborate(['cluster', join(DEV, 'articles'), '--out', pred, '-q']);
  assert.equal(run.status, 0, run.stderr);
  const ids = parseTsv(readFileSync(pred, 'utf8')).map(([a]) => a);
  assert.equal(new Set(ids).size, ids.length);
  const labelled = readFileSync(join(DEV, 'labels.tsv'), 'utf8').trim().split('\n').length - 1;
  assert.equal(ids.length, labelled);
  const { text, f1 } = score(pred);
  assert.match(text, /missing=0/);
  assert.ok(f1 >= DEV_B3_F1_FLOOR, `B³ F1 ${f1} < floor ${DEV_B3_F1_FLOOR}: ${text}`);
});

/** Fisher–Yates with a small seeded generator (mulberry32), so the order is the same every run. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

async function documents(path: string): Promise<InputDocument[]> {
  const { documents, problems } = await ingest([path]);
  assert.deepEqual(
    problems.filter((p) => p.severity === 'error'),
    [],
  );
  return documents;
}

test('analyze gives identical stories in two input orders and on two runs', async () => {
  const docs = await documents(join(ROOT, EXAMPLE));
  const reordered = shuffled(docs, 20251014);
  assert.notDeepEqual(
    reordered.map((d) => d.id),
    docs.map((d) => d.id),
  );
  const first = (await analyze(docs)).stories;
  assert.equal(first.length, 2);
  assert.deepEqual((await analyze(reordered)).stories, first);
  assert.deepEqual((await analyze(docs)).stories, first);
});

test('the cluster step gives identical stories in two input orders and on two runs (dev set)', {
  skip: !hasShared && SHARED_MISSING,
}, async () => {
  const docs = await documents(join(DEV, 'articles'));
  const reordered = shuffled(docs, 7);
  const first = await clusterInputs(docs);
  assert.ok(first.stories.length > 1);
  assert.deepEqual((await clusterInputs(reordered)).stories, first.stories);
  assert.deepEqual((await clusterInputs(docs)).stories, first.stories);
});
