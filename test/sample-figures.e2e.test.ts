// bench/sample-figures.mjs on a real report of the bundled example: a blind sample of conflicting
// figures and a key saying which report each came from.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborate, ROOT } from './helpers.ts';

const sampler = (args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bench', 'sample-figures.mjs'), ...args], { encoding: 'utf8' });

test('samples the conflicting figures of each report and keys them by report', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sample-figures-'));
  const run = corroborate(['analyze', 'examples/harbour-bridge', '--format', 'json']);
  assert.equal(run.status, 0, run.stderr);
  const report = join(dir, 'example.json');
  writeFileSync(report, run.stdout);
  const conflicting = JSON.parse(run.stdout).stories.flatMap((s: { figures: Array<{ status: string }> }) =>
    s.figures.filter((f) => f.status === 'conflicting'),
  );
  assert.ok(conflicting.length >= 1, 'the example has a disputed figure');
  const key = join(dir, 'key.json');
  const out = sampler(['5', '7', key, report]);
  assert.equal(out.status, 0, out.stderr);
  const drawn = out.stdout.match(/^## F\d+: measure "/gm) ?? [];
  assert.equal(drawn.length, Math.min(5, conflicting.length));
  assert.match(out.stdout, /^- value /m);
  const keyed = JSON.parse(readFileSync(key, 'utf8'));
  assert.deepEqual(
    keyed.map((k: { id: string; report: string }) => [k.id, k.report]),
    drawn.map((_, i) => [`F${i + 1}`, report]),
  );
  assert.equal(sampler(['5', '7', key, report]).stdout, out.stdout, 'the same seed draws the same sample');
});

test('without its arguments it prints its usage and exits 2', () => {
  const out = sampler([]);
  assert.equal(out.status, 2);
  assert.match(out.stderr, /usage: node bench\/sample-figures\.mjs N SEED KEY REPORT/);
});
