import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../model/report.ts';
import { selectBrief } from './select-brief.ts';

let n = 0;
function claim(text: string, status: Claim['status'], extra: Partial<Claim> = {}): Claim {
  n++;
  return {
    id: `claim-${n}`,
    text,
    status,
    independentSources: status === 'corroborated' ? 2 : 1,
    support: [{ articleId: `art-${n}`, start: 0, end: text.length, quote: text }],
    ...extra,
  };
}

const DISTINCT = [
  'Greywick bridge closed after inspectors found cracks.',
  'Ferry crossings resumed at dawn.',
  'Teachers in Port Alder went on strike.',
  'A bakery opened beside Tarsk market.',
  'Norvik rail fares rose by four percent.',
  'Flood barriers were tested along Lindham river.',
  'Hospital staff received overdue pay.',
  'Carrow airport added weekend flights.',
  'Fishermen protested new quota rules.',
  'Eastmere library reopened after renovation.',
  'Wind turbines began turning near Holt.',
  'Police arrested two suspects overnight.',
  'Brae villagers voted against quarry plans.',
  'Snowfall disrupted deliveries across Vell.',
  'Museum curators found a lost painting.',
  'Volunteers planted trees in Kestrel park.',
];

test('corroborated claims come first, then contested, and single-source claims are left out', () => {
  const claims = [
    claim('The ferry to Greywick was cancelled for a week.', 'single-source'),
    claim('Officials disputed how many beams had cracked.', 'contested', {
      conflicts: [
        { kind: 'polarity', note: 'x', citations: [{ articleId: 'z', start: 0, end: 5, quote: 'Nope.' }] },
      ],
    }),
    claim('The Harbour Authority closed the bridge on Monday.', 'corroborated'),
  ];
  const brief = selectBrief(claims);
  assert.deepEqual(
    brief.map((b) => b.text),
    ['The Harbour Authority closed the bridge on Monday.', 'Officials disputed how many beams had cracked.'],
  );
  assert.deepEqual(
    brief[1].support.map((c) => c.articleId),
    [claims[1].support[0].articleId],
    'a brief sentence is cited by what supports it, not by the other side',
  );
});

test('the brief has at most ten sentences and keeps room for contested claims', () => {
  const claims = [
    ...Array.from({ length: 12 }, (_, i) => claim(DISTINCT[i], 'corroborated')),
    ...Array.from({ length: 4 }, (_, i) => claim(DISTINCT[12 + i], 'contested')),
  ];
  const brief = selectBrief(claims);
  assert.equal(brief.length, 10);
  assert.equal(brief.filter((b) => claims.find((c) => c.text === b.text)?.status === 'contested').length, 3);
  assert.equal(selectBrief(claims, 4).length, 4);
});

test('near-duplicate sentences are not repeated', () => {
  const brief = selectBrief([
    claim('The Harbour Authority closed the Greywick bridge on Monday.', 'corroborated'),
    claim('On Monday the Harbour Authority closed the Greywick bridge.', 'corroborated'),
    claim('Repairs to two cracked beams will take a month.', 'corroborated'),
  ]);
  assert.deepEqual(
    brief.map((b) => b.text),
    [
      'The Harbour Authority closed the Greywick bridge on Monday.',
      'Repairs to two cracked beams will take a month.',
    ],
  );
});

test('with nothing corroborated or contested, up to three single-source claims are used', () => {
  const claims = Array.from({ length: 5 }, (_, i) => claim(DISTINCT[i], 'single-source'));
  assert.deepEqual(
    selectBrief(claims).map((b) => b.text),
    claims.slice(0, 3).map((c) => c.text),
  );
  assert.deepEqual(selectBrief([]), []);
});
