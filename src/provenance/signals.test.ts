import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assemble } from '../extract/blocks.ts';
import type { Article } from '../model/report.ts';
import { rewriteSignals } from './signals.ts';

function article(paragraphs: string[], removed: Article['removed'] = [], originalSource?: string) {
  const { text, blocks } = assemble(paragraphs.map((p) => ({ kind: 'body' as const, text: p })));
  const a: Article = { id: 'a', source: 'a.txt', text, removed };
  if (originalSource) a.originalSource = originalSource;
  return { a, blocks };
}

const FACTS = [
  'The ferry to Greywick was cancelled on Monday after a storm damaged the pier.',
  'Harbour master Ana Ruiz said repairs would take two weeks.',
  'About 300 passengers a day use the crossing.',
];

test('a generic concluding paragraph and a stock author biography are signalled', () => {
  const { a, blocks } = article(
    [
      ...FACTS,
      'In summary, the cancellation highlights the complexities of island transport, and the outcome remains to be seen.',
    ],
    [
      {
        text: 'Jane Roe is a skilled journalist known for her in-depth reporting, with a passion for telling stories.',
        reason: 'author box',
      },
    ],
    'example.org',
  );
  const kinds = rewriteSignals(a, blocks).map((s) => s.kind);
  assert.deepEqual(kinds, ['generic-conclusion', 'generic-author-box', 'declared-original']);
  assert.match(rewriteSignals(a, blocks)[0].evidence, /^In summary/);
});

test('a factual last paragraph and a concrete biography give no signal', () => {
  const { a, blocks } = article(
    [...FACTS, 'The operator said it would refund tickets bought for this week.'],
    [
      {
        text: 'Jane Roe covers transport for the Greywick Post. She joined in 2019 from the Alder Times.',
        reason: 'author box',
      },
    ],
  );
  assert.deepEqual(rewriteSignals(a, blocks), []);
});
