import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assemble } from '../extract/blocks.ts';
import { createNlp, tokenize } from './nlp.ts';

const nlp = createNlp();

const { text, blocks } = assemble([
  { kind: 'caption', text: 'Workers repair the pier at Port Alder.' },
  {
    kind: 'body',
    text: 'The ferry resumed on Thursday. Dr. Lena Brook said it wasn’t easy — “we worked all night.” Crossings restart at 6 a.m.',
  },
  { kind: 'body', text: 'Residents cheered.' },
]);

test('sentence offsets slice to the sentence text and keep their block kind', () => {
  const { sentences } = tokenize(nlp, text, blocks);
  assert.deepEqual(
    sentences.map((s) => [s.index, s.block, text.slice(s.start, s.end)]),
    [
      [0, 'caption', 'Workers repair the pier at Port Alder.'],
      [1, 'body', 'The ferry resumed on Thursday.'],
      [2, 'body', 'Dr. Lena Brook said it wasn’t easy — “we worked all night.”'],
      [3, 'body', 'Crossings restart at 6 a.m.'],
      [4, 'body', 'Residents cheered.'],
    ],
  );
});

test('token offsets slice to the token text, with no whitespace tokens at sentence edges', () => {
  const { tokens, sentences } = tokenize(nlp, text, blocks);
  assert.ok(tokens.length > 20);
  for (const t of tokens) {
    assert.equal(text.slice(t.start, t.end), t.text);
    assert.ok(t.end > t.start, `non-empty token at ${t.start}`);
  }
  for (const s of sentences) {
    const [a, z] = s.tokens;
    assert.equal(tokens[a].start, s.start);
    assert.equal(tokens[z - 1].end, s.end);
  }
  // sentences never cross a block boundary
  for (const s of sentences) {
    assert.ok(blocks.some((b) => s.start >= b.start && s.end <= b.end));
  }
});

test('tokens carry part of speech and lower-case lemmas', () => {
  const { tokens } = tokenize(nlp, text, blocks);
  const said = tokens.find((t) => t.text === 'said');
  assert.equal(said?.lemma, 'say');
  assert.equal(said?.pos, 'VERB');
  const resumed = tokens.find((t) => t.text === 'resumed');
  assert.equal(resumed?.lemma, 'resume');
  const six = tokens.find((t) => t.text === '6');
  assert.equal(six?.pos, 'NUM');
  assert.ok(tokens.every((t) => t.lemma === t.lemma.toLowerCase()));
});

test('without blocks the whole text is one body span', () => {
  const plain = 'One sentence here. Another one there.';
  const { sentences } = tokenize(nlp, plain, []);
  assert.deepEqual(
    sentences.map((s) => [s.block, plain.slice(s.start, s.end)]),
    [
      ['body', 'One sentence here.'],
      ['body', 'Another one there.'],
    ],
  );
});

test('a decimal written with a space ("$103. 1 million", "$27. 5MM") does not end a sentence; a count does', () => {
  const t =
    'A $103. 1 million sum went to the club. He wants $27. 5MM a year, reports Norvik Radio. ' +
    'It paid 51. 2 players left in 2008. 15 stayed.';
  const { sentences } = tokenize(nlp, t, []);
  assert.deepEqual(
    sentences.map((s) => t.slice(s.start, s.end)),
    [
      'A $103. 1 million sum went to the club.',
      'He wants $27. 5MM a year, reports Norvik Radio.',
      'It paid 51.',
      '2 players left in 2008.',
      '15 stayed.',
    ],
  );
});
