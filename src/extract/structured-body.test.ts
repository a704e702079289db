import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Piece } from './blocks.ts';
import { applyStructuredBody, coverage, looksWhole } from './structured-body.ts';

const P = [
  'The ferry link between Port Alder and Greywick island resumed service on Thursday, three weeks after a storm damaged the pier.',
  'Engineers replaced two steel piles and the landing ramp, the harbour authority said in a statement, and divers checked the rest of the structure.',
  'Passengers queued from six in the morning for the first crossing, which left on time, according to the operator, Greywick Ferries.',
  'The operator said tickets bought for the cancelled crossings would be refunded in full by the end of the month.',
];
const DECLARED = P.join('\n\n');
const body = (...texts: string[]): Piece[] => texts.map((text) => ({ kind: 'body', text }));

test('a declared body is trusted only when it looks whole', () => {
  assert.equal(looksWhole(DECLARED, 400), true);
  assert.equal(looksWhole(`${DECLARED.slice(0, 450)}…`, 400), false);
  assert.equal(looksWhole(`${DECLARED.slice(0, 450)}...`, 400), false);
  assert.equal(looksWhole(P[0], 400), false, 'too short');
  assert.equal(coverage('a b c d', 'a b x'), 0.5);
});

test('agreeing bodies: a trailing promo and a leading kicker go, an embed in the middle stays', () => {
  const embed = 'First crossing in three weeks and the queue went all the way back to the car park!';
  const promo = 'Get our morning newsletter with the day’s island news, delivered before the first ferry.';
  const r = applyStructuredBody(body('Island news', P[0], P[1], embed, P[2], P[3], promo), DECLARED);
  assert.equal(r.used, 'checked');
  assert.deepEqual(
    r.pieces.map((p) => p.text),
    [P[0], P[1], embed, P[2], P[3]],
  );
  assert.deepEqual(
    r.removed.map((x) => x.text),
    ['Island news', promo],
  );
  assert.match(r.removed[0].reason, /JSON-LD articleBody/);
});

test('when the page found little or something else, the declared body is used, and what was found is reported', () => {
  const r = applyStructuredBody(body('Subscribe to read the full story.'), DECLARED);
  assert.equal(r.used, 'replaced');
  assert.deepEqual(
    r.pieces.map((p) => p.text),
    P,
  );
  assert.equal(r.removed[0].text, 'Subscribe to read the full story.');
});

test('no declared body, a cut one, or a partial disagreement leaves the found body alone', () => {
  const found = body(...P);
  assert.equal(applyStructuredBody(found, undefined).used, undefined);
  assert.equal(applyStructuredBody(found, `${DECLARED.slice(0, 420)}…`).used, undefined);
  const half = `${P[0]}\n\n${P[1]}\n\nThe island council will meet on Monday to discuss a second ferry, and the harbour authority will publish its report.`;
  const r = applyStructuredBody(found, half);
  assert.equal(r.used, undefined);
  assert.deepEqual(r.pieces, found);
});
