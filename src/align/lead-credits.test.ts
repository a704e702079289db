import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LeadCredit, leadCreditConflict } from './lead-credits.ts';

const texts = new Map([
  ['a', 'Talks on the ferry strike resumed on Monday, the Norvik News Agency reported.'],
  ['b', 'Ferry strike talks resumed on Monday, Radio Alder reports.'],
  ['c', 'The harbour museum reopened after repairs, Radio Alder reports.'],
  ['d', 'Talks on the ferry strike resumed on Monday, said Tom Kale of the Norvik News Agency.'],
]);
/** The claims each article's credited paragraph states: a, b and d tell of the talks. */
const NEWS: Record<string, string[]> = { a: ['talks'], b: ['talks', 'pay'], c: ['museum'], d: ['talks'] };
const credit = (articleId: string, name: string): LeadCredit => {
  const text = texts.get(articleId) as string;
  return { articleId, name, span: { articleId, start: 0, end: text.length }, news: new Set(NEWS[articleId]) };
};

test('the same news credited to two outlets is an attribution conflict', () => {
  const claim = leadCreditConflict(
    [credit('a', 'Norvik News Agency'), credit('b', 'Radio Alder')],
    texts,
    (id) => id,
  );
  assert.ok(claim);
  assert.equal(claim.status, 'contested');
  assert.equal(claim.conflicts?.[0].kind, 'attribution');
  assert.deepEqual(
    claim.conflicts?.[0].citations.map((c) => c.articleId),
    ['b'],
  );
});

test('different news, one outlet, a reporter of the same outlet, or a rewrite give no conflict', () => {
  const id = (x: string) => x;
  assert.equal(
    leadCreditConflict([credit('a', 'Norvik News Agency'), credit('c', 'Radio Alder')], texts, id),
    null,
  );
  assert.equal(leadCreditConflict([credit('a', 'Norvik News Agency')], texts, id), null);
  assert.equal(
    leadCreditConflict(
      [credit('a', 'Norvik News Agency'), credit('d', 'Tom Kale of the Norvik News Agency')],
      texts,
      id,
    ),
    null,
  );
  assert.equal(
    leadCreditConflict([credit('a', 'Norvik News Agency'), credit('b', 'Radio Alder')], texts, () => 'same'),
    null,
  );
});
