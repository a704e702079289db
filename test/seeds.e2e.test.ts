// The seed story end to end: analyze → JSON report → the public scorer.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/model/report.ts';
import { corroborate, hasShared, SHARED, SHARED_MISSING } from './helpers.ts';

test('seeds: report scores at least 75% with complete extraction and metadata', {
  skip: !hasShared && SHARED_MISSING,
}, () => {
  const out = join(mkdtempSync(join(tmpdir(), 'corroborate-')), 'report.json');
  const run = corroborate(['analyze', join(SHARED, 'seeds'), '--format', 'json', '--out', out]);
  assert.equal(run.status, 0, run.stderr);
  const score = spawnSync(process.execPath, [join(SHARED, 'tools', 'score-seeds.mjs'), out, '--verbose'], {
    encoding: 'utf8',
  });
  const lines = score.stdout.trim().split('\n');
  const total = lines.at(-1) ?? '';
  const pct = Number(total.match(/\((\d+)%\)/)?.[1]);
  assert.ok(pct >= 75, `expected ≥75% found, got: ${score.stdout}`);
  for (const section of ['extraction', 'metadata', 'story']) {
    const line = lines.find((l) => l.startsWith(`${section}:`)) ?? '';
    const [, got, of] = line.match(/(\d+)\/(\d+)/) ?? [];
    assert.equal(got, of, `section ${section} incomplete: ${line}`);
  }
  // invariants the scorer does not check: every citation quotes its article's text exactly
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  for (const story of report.stories) {
    assert.ok(story.brief.length > 0 && story.brief.length <= 10);
    const citations = [
      ...story.brief.flatMap((b) => b.support),
      ...story.claims.flatMap((c) => [...c.support, ...(c.conflicts ?? []).flatMap((x) => x.citations)]),
      ...story.figures.flatMap((f) => f.values.flatMap((v) => v.support)),
      ...story.timeline.flatMap((t) => t.support),
    ];
    for (const c of citations) assert.equal(texts.get(c.articleId)?.slice(c.start, c.end), c.quote);
    for (const b of story.brief) assert.ok(b.support.length > 0, `uncited brief sentence: ${b.text}`);
    for (const c of story.claims)
      if (c.status === 'corroborated') assert.ok(new Set(c.support.map((s) => s.articleId)).size >= 2);
  }
});
