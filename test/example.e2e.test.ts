// The bundled example (fictional, in examples/harbour-bridge) end to end through the CLI: it needs
// nothing outside the repository.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, Story } from '../src/model/report.ts';
import { corroborate } from './helpers.ts';

const run = corroborate(['analyze', 'examples/harbour-bridge', '--format', 'json']);
const report = JSON.parse(run.stdout) as Report;
const bridge = report.stories.find((s) => s.articleIds.includes('cpa-2025-10-14-footbridge')) as Story;
const quotes = (s: Story) =>
  s.claims.flatMap((c) =>
    [...c.support, ...(c.conflicts ?? []).flatMap((x) => x.citations)].map((q) => q.quote),
  );

test('the example runs cleanly and keeps its two stories apart', () => {
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /bundled command line could not/, 'runs from the esbuild bundle');
  assert.equal(report.articles.length, 6);
  assert.equal(report.stories.length, 2);
  assert.deepEqual(bridge.articleIds, [
    'avel-gazette-bridge-collapse',
    'cpa-2025-10-14-footbridge',
    'newsflash-hub-footbridge-rewrite',
    'south-shore-herald-footbridge',
  ]);
  const robotics = report.stories.find((s) => s !== bridge) as Story;
  assert.deepEqual(robotics.articleIds, ['avel-gazette-robotics', 'harbourfm-2025-10-12-robotics']);
});

test('page furniture is removed with reasons and metadata is read from every format', () => {
  const gazette = report.articles.find((a) => a.id === 'avel-gazette-bridge-collapse');
  assert.ok(gazette);
  assert.equal(gazette.outlet, 'Avel Gazette');
  assert.equal(gazette.byline, 'Tomasz Brenn');
  assert.equal(gazette.published, '2025-10-14T18:40');
  assert.doesNotMatch(gazette.text, /Leave a Reply|Donate now|Search this site|Related:/);
  assert.ok(gazette.removed.some((r) => r.reason === 'comment form'));
  const herald = report.articles.find((a) => a.id === 'south-shore-herald-footbridge');
  assert.equal(herald?.outlet, 'South Shore Herald');
  assert.match(herald?.published ?? '', /^2025-10-15/);
  const rewrite = report.articles.find((a) => a.id === 'newsflash-hub-footbridge-rewrite');
  assert.equal(rewrite?.originalSource, 'coastlinepress.example');
  assert.doesNotMatch(rewrite?.text ?? '', /View all posts|is a skilled journalist/);
});

test('the injury count is contested (14 against 17) and changes to 22', () => {
  const numeric = bridge.claims.filter((c) => c.conflicts?.some((k) => k.kind === 'numeric'));
  assert.ok(numeric.length > 0, 'a numeric conflict');
  const cited = numeric.flatMap((c) => [...c.support, ...(c.conflicts ?? []).flatMap((k) => k.citations)]);
  assert.ok(cited.some((c) => /\b14 people\b/.test(c.quote)));
  assert.ok(cited.some((c) => /\b17\b/.test(c.quote)));
  const injured = bridge.figures.find((f) => f.values.some((v) => v.value === 22));
  assert.ok(injured, 'a figure with the later count');
  assert.notEqual(injured.status, 'consistent');
  assert.deepEqual(
    injured.values.map((v) => v.value).sort((a, b) => a - b),
    [14, 17, 22],
  );
  assert.equal(injured.values.find((v) => v.value === 22)?.asOf, '2025-10-15');
});

test('the inspection claim is contested by the report of corrosion', () => {
  const c = bridge.claims.find((x) => /no inspection had found structural problems/.test(x.text));
  assert.equal(c?.status, 'contested');
  assert.ok(
    c?.conflicts?.some(
      (k) => k.kind === 'polarity' && k.citations.some((q) => /flagged corrosion/.test(q.quote)),
    ),
  );
});

test('the rewrite counts once: it is linked to the wire story and adds no independent source', () => {
  assert.ok(
    bridge.provenance.some(
      (p) =>
        p.articleId === 'newsflash-hub-footbridge-rewrite' &&
        p.kind === 'rewrite-of' &&
        p.target === 'cpa-2025-10-14-footbridge',
    ),
  );
  assert.ok(
    bridge.provenance.some((p) => p.kind === 'declared-original' && p.target === 'coastlinepress.example'),
  );
  const pair = bridge.claims.find(
    (c) =>
      new Set(c.support.map((s) => s.articleId)).size === 2 &&
      c.support.every((s) => /^(cpa|newsflash)/.test(s.articleId)),
  );
  assert.ok(pair, 'a claim only the wire story and its rewrite make');
  assert.equal(pair.status, 'single-source');
  assert.equal(pair.independentSources, 1);
});

test('single-source claims, name variants, dates and a cited brief', () => {
  assert.ok(
    bridge.claims.some(
      (c) => c.status === 'single-source' && c.support.some((s) => /Tamsin Okafor/.test(s.quote)),
    ),
  );
  const calloway = bridge.entities.find((e) => e.name === 'Ines Calloway');
  assert.deepEqual(calloway?.aliases, ['Calloway']);
  assert.equal(calloway?.type, 'person');
  assert.ok(bridge.timeline.some((t) => t.date === '2025-10-14'));
  assert.ok(bridge.brief.length >= 3 && bridge.brief.length <= 10);
  for (const b of bridge.brief) assert.ok(b.support.length > 0);
  assert.ok(quotes(bridge).length > 0);
});
