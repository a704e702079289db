// bench/sample-pair-changes.mjs on a real report of the bundled example and a copy of it in which
// one claim no longer cites its sentences together: the pairs that change, blind, and a key.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborate, ROOT } from './helpers.ts';

const sampler = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bench', 'sample-pair-changes.mjs'), ...args], {
    encoding: 'utf8',
  });

interface Citation {
  articleId: string;
  start: number;
  quote: string;
}

test('samples the sentence pairs a change separates and joins, keyed by side', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sample-pairs-'));
  const run = corroborate(['analyze', 'examples/harbour-bridge', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const before = join(dir, 'before.json');
  writeFileSync(before, run.stdout);
  const report = JSON.parse(run.stdout);
  const claims: Array<{ support: Citation[] }> = report.stories.flatMap(
    (s: { claims: unknown[] }) => s.claims,
  );
  const claim = claims.find((c) => new Set(c.support.map((s) => s.articleId)).size >= 2);
  assert.ok(claim, 'the example has a claim citing two articles');
  const articles = new Set(claim.support.map((s) => s.articleId)).size;
  claim.support = claim.support.slice(0, 1);
  const after = join(dir, 'after.json');
  writeFileSync(after, JSON.stringify(report));

  const key = join(dir, 'key.json');
  const out = sampler(['50', '7', key, before, after]);
  assert.equal(out.status, 0, out.stderr);
  const drawn = out.stdout.match(/^## P\d+$/gm) ?? [];
  assert.ok(drawn.length >= articles - 1, 'the separated pairs are drawn');
  assert.equal((out.stdout.match(/^- \[/gm) ?? []).length, 2 * drawn.length, 'two quotes a pair');
  const keyed = JSON.parse(readFileSync(key, 'utf8'));
  assert.deepEqual(
    keyed.map((k: { id: string }) => k.id),
    drawn.map((_, i) => `P${i + 1}`),
  );
  assert.ok(keyed.every((k: { side: string }) => k.side === 'separated'));
  assert.match(out.stderr, new RegExp(`${drawn.length} pairs separated, 0 joined`));

  const back = sampler(['50', '7', key, after, before]);
  assert.ok(JSON.parse(readFileSync(key, 'utf8')).every((k: { side: string }) => k.side === 'joined'));
  assert.equal(
    sampler(['50', '7', key, after, before]).stdout,
    back.stdout,
    'the same seed draws the same sample',
  );
});

test('without its arguments it prints its usage and exits 2', () => {
  const out = sampler([]);
  assert.equal(out.status, 2);
  assert.match(out.stderr, /usage: node bench\/sample-pair-changes\.mjs N SEED KEY BEFORE/);
});
