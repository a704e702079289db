// Evaluation gate for the extractor: `corroborate extract` over the public article-extraction
// benchmark (181 pages), scored by the benchmark's own scorer, must not fall below pinned floors.
// Raise a floor when a change lifts the score; never lower one to pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { corroborate, SHARED } from './helpers.ts';

const PAGES = join(SHARED, 'bench', 'article-extraction', 'html');
const SCORER = join(SHARED, 'tools', 'score-extraction.mjs');
const MISSING = `${PAGES} or ${SCORER} not found (../shared is absent); skipping`;
const FLOOR = { f1: 0.97, precision: 0.955, recall: 0.975 };

test('extraction benchmark: F1, precision and recall at least their floors', {
  skip: !(existsSync(PAGES) && existsSync(SCORER)) && MISSING,
}, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'corroborate-extract-gate-'));
  try {
    const out = join(tmp, 'out.jsonl');
    const run = corroborate([
      'extract',
      PAGES,
      '--format',
      'jsonl',
      '--no-blocks',
      '--no-removed',
      '--out',
      out,
    ]);
    assert.equal(run.status, 0, run.stderr);
    const scored = spawnSync(process.execPath, [SCORER, out], { encoding: 'utf8' });
    assert.equal(scored.status, 0, scored.stderr);
    const m = /F1=([\d.]+) P=([\d.]+) R=([\d.]+).*pages=(\d+) missing=(\d+)/.exec(scored.stdout);
    assert.ok(m, scored.stdout);
    const [f1, precision, recall] = [m[1], m[2], m[3]].map(Number);
    assert.equal(Number(m[4]), 181);
    assert.equal(Number(m[5]), 0, 'every page has a record');
    assert.ok(f1 >= FLOOR.f1, `F1 ${f1} < ${FLOOR.f1}: ${scored.stdout}`);
    assert.ok(precision >= FLOOR.precision, `precision ${precision} < ${FLOOR.precision}: ${scored.stdout}`);
    assert.ok(recall >= FLOOR.recall, `recall ${recall} < ${FLOOR.recall}: ${scored.stdout}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
