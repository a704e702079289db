import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  bandKeys,
  estimateJaccard,
  fmix32,
  fnv1a32,
  minhashSignature,
  normalisedWords,
  shingleHashes,
} from './minhash.ts';

test('fnv1a32 matches the reference values', () => {
  assert.equal(fnv1a32(''), 0x811c9dc5);
  assert.equal(fnv1a32('a'), 0xe40c292c);
  assert.equal(fnv1a32('foobar'), 0xbf9cf968);
});

test('fmix32 is a deterministic 32-bit mix', () => {
  assert.equal(fmix32(0), 0);
  assert.equal(fmix32(1), fmix32(1));
  assert.notEqual(fmix32(1), fmix32(2));
  assert.ok(fmix32(0xffffffff) >= 0 && fmix32(0xffffffff) <= 0xffffffff);
});

test('normalisedWords lowercases and drops punctuation', () => {
  assert.deepEqual(normalisedWords('The "Bridge" fell — twice, in 2019!'), [
    'the',
    'bridge',
    'fell',
    'twice',
    'in',
    '2019',
  ]);
  assert.deepEqual(normalisedWords('ＡＢＣ'), ['abc']);
});

test('shingles ignore case and punctuation, and count distinct 5-word windows', () => {
  const a = shingleHashes('One two three four five six seven.');
  assert.equal(a.length, 3);
  assert.deepEqual(a, shingleHashes('one, two; THREE four five - six seven'));
  assert.notDeepEqual(a, shingleHashes('one two three four five six eight'));
  assert.equal(shingleHashes('only three words').length, 1);
  assert.equal(shingleHashes('').length, 0);
  assert.equal(shingleHashes('a b c d e a b c d e').length, 5);
});

const words = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');

test('MinHash estimates Jaccard similarity', () => {
  const base = words(400, 'w');
  const a = minhashSignature(shingleHashes(base));
  assert.equal(a.length, 128);
  assert.equal(estimateJaccard(a, minhashSignature(shingleHashes(base))), 1);
  // Replace the second half: 196 of 396 shingles lie in the kept half, so J = 196 / 596 ≈ 0.33.
  const half = `${words(200, 'w')} ${words(200, 'x')}`;
  const j = estimateJaccard(a, minhashSignature(shingleHashes(half)));
  assert.ok(j > 0.2 && j < 0.46, `estimate ${j}`);
  const none = estimateJaccard(a, minhashSignature(shingleHashes(words(400, 'z'))));
  assert.ok(none < 0.05, `estimate ${none}`);
  assert.equal(estimateJaccard(new Uint32Array(0), new Uint32Array(0)), 0);
});

test('a different seed gives a different but equally valid signature', () => {
  const sh = shingleHashes(words(50, 'w'));
  assert.notDeepEqual(minhashSignature(sh, 16, 1), minhashSignature(sh, 16, 2));
  assert.deepEqual(minhashSignature(sh, 16, 1), minhashSignature(sh, 16, 1));
});

test('band keys collide for identical signatures and mostly not for unrelated ones', () => {
  const a = minhashSignature(shingleHashes(words(100, 'w')));
  const b = minhashSignature(shingleHashes(words(100, 'v')));
  const ka = bandKeys(a, 32, 4);
  assert.equal(ka.length, 32);
  assert.deepEqual(ka, bandKeys(Uint32Array.from(a), 32, 4));
  const kb = new Set(bandKeys(b, 32, 4));
  assert.equal(ka.filter((k) => kb.has(k)).length, 0);
  // Only whole bands: 10 values make 2 bands of 4.
  assert.equal(bandKeys(a.slice(0, 10), 32, 4).length, 2);
});
