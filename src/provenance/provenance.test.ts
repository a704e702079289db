import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProvenance, type DerivedLink, isMediaSource } from './provenance.ts';

test('wire agencies and outlet-like names are media sources', () => {
  assert.equal(isMediaSource('Reuters', 'said'), true);
  assert.equal(isMediaSource('Norvik News Agency', 'according-to'), true);
  assert.equal(isMediaSource('Greywick Herald', 'said'), true);
  assert.equal(isMediaSource('Yonhap', 'according-to'), true);
});

test('officials are not media sources unless they are said to report', () => {
  assert.equal(isMediaSource('Harbour Authority', 'said'), false);
  assert.equal(isMediaSource('Ana Ruiz', 'according-to'), false);
  assert.equal(isMediaSource('Coastline', 'reports'), true);
});

test('declared originals, de-duplicated citations and derived links are listed per article', () => {
  const derived: DerivedLink[] = [
    { articleId: 'b', kind: 'rewrite-of', target: 'a', evidence: 'shared wording' },
  ];
  const links = buildProvenance(
    [
      {
        articleId: 'a',
        originalSource: 'www.norvik.example',
        cites: ['Norvik News Agency', 'Norvik News Agency'],
      },
      { articleId: 'b', cites: [] },
    ],
    derived,
  );
  assert.deepEqual(
    links.map((l) => [l.articleId, l.kind, l.target]),
    [
      ['a', 'declared-original', 'www.norvik.example'],
      ['a', 'cites', 'Norvik News Agency'],
      ['b', 'rewrite-of', 'a'],
    ],
  );
  assert.equal(links[2].evidence, 'shared wording');
});

test('the first report is the earliest dated article, only when two or more are dated', () => {
  const links = buildProvenance(
    [
      { articleId: 'late', published: '2025-03-19T08:00:00Z', cites: [] },
      { articleId: 'early', published: '2025-03-18T23:00:00+00:00', cites: [] },
      { articleId: 'undated', cites: [] },
      { articleId: 'bad', published: 'sometime', cites: [] },
    ],
    [],
  );
  const first = links.filter((l) => l.kind === 'first-report');
  assert.deepEqual(
    first.map((l) => [l.articleId, l.target]),
    [['early', 'early']],
  );
  assert.match(first[0].evidence ?? '', /of 2 dated articles/);
  const single = buildProvenance([{ articleId: 'only', published: '2025-03-19', cites: [] }], []);
  assert.deepEqual(single, []);
});

test('wire agencies, broadcasters and outlets are media; officials reporting are not', () => {
  for (const name of ['AFP', 'IRNA', 'The Associated Press', 'Fox News', 'CNN', 'Detroit Free Press'])
    assert.ok(isMediaSource(name, 'said'), name);
  assert.ok(!isMediaSource('Troy Police Department', 'reports'));
  assert.ok(!isMediaSource('Ana Ruiz', 'said'));
});
