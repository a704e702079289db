import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assemble, type Block } from '../extract/blocks.ts';
import { findAttributions, unnamedCredits } from './attribution.ts';
import { findMentions } from './entities/mentions.ts';
import { createNlp, tokenize } from './nlp.ts';

const nlp = createNlp();

function attributionsIn(text: string, blocks: Block[] = []) {
  const { sentences, tokens } = tokenize(nlp, text, blocks);
  return findAttributions(text, sentences, findMentions(text, sentences, tokens)).map((a) => [
    a.sentence,
    a.source.name,
    a.verb,
  ]);
}

test('"according to X" credits X', () => {
  assert.deepEqual(attributionsIn('According to the Harbour Authority, the pier will reopen in May.'), [
    [0, 'Harbour Authority', 'according-to'],
  ]);
});

test('"X said" credits the speaker whether before or after the statement', () => {
  assert.deepEqual(attributionsIn('The pier will reopen soon, Mayor Lena Brook said.'), [
    [0, 'Lena Brook', 'said'],
  ]);
  assert.deepEqual(attributionsIn('Lena Brook told reporters the pier will reopen.'), [
    [0, 'Lena Brook', 'said'],
  ]);
  // testimony credits the witness like a statement
  assert.deepEqual(
    attributionsIn('The driver stopped at the gate before noon, the harbour pilot Ivo Marten testified.'),
    [[0, 'Ivo Marten', 'said']],
  );
});

test('"X reports that" credits an outlet with the reporting verb', () => {
  assert.deepEqual(attributionsIn('The Norvik News Agency reports that two ships sank.'), [
    [0, 'Norvik News Agency', 'reports'],
  ]);
});

test('"X is reporting", "X has reported", "X claims" and "posted … by X" credit X; a passive does not', () => {
  assert.deepEqual(attributionsIn('KNVB is reporting that the club has made an offer.'), [
    [0, 'KNVB', 'reports'],
  ]);
  assert.deepEqual(
    attributionsIn('The harbour ferry was cancelled, and Norvik Radio has reported two arrests.'),
    [[0, 'Norvik Radio', 'reports']],
  );
  assert.deepEqual(attributionsIn('Reports varied, though Coastline TV claims it was eight years.'), [
    [0, 'Coastline TV', 'said'],
  ]);
  assert.deepEqual(
    attributionsIn('One report posted online last night by Harbour Sports suggested a deal.'),
    [[0, 'Harbour Sports', 'reports']],
  );
  assert.deepEqual(attributionsIn('The striker Tomas Veld was reported injured on Sunday.'), []);
  // an inverted credit names its source after the verb, not the name before the comma
  assert.deepEqual(
    attributionsIn('The Harbour club has withdrawn its offer to Tomas Veld, reports Norvik Radio.').map(
      (a) => a[1],
    ),
    [],
  );
});

test('"as reported by Seoul\'s X" credits X through the possessor', () => {
  const found = attributionsIn('Two ships sank, as reported by Seoul’s Norvik News Agency.');
  assert.ok(
    found.some(([, name, verb]) => name === 'Norvik News Agency' && verb === 'reports'),
    JSON.stringify(found),
  );
});

test('names that are not sources are not credited', () => {
  assert.deepEqual(attributionsIn('Lena Brook visited the Harbour Authority on Friday.'), []);
  assert.deepEqual(attributionsIn('The report by the Harbour Authority was late.'), []);
});

test('captions are not searched for attributions', () => {
  const { text, blocks } = assemble([
    { kind: 'caption', text: 'Mayor Lena Brook said the pier was safe.' },
    { kind: 'body', text: 'Crews worked all night, Tom Kale said.' },
  ]);
  assert.deepEqual(attributionsIn(text, blocks), [[1, 'Tom Kale', 'said']]);
});

test('statements made to an outlet and parenthetical credits name the outlet', () => {
  const cases: Array<[string, string, string]> = [
    ['The governor told AFP that ten people had died.', 'AFP', 'told'],
    ['Airport chief Ali Naghavi was quoted by IRNA as saying flights resumed.', 'IRNA', 'told'],
    ['The car was a silver Ford Fusion. " (Fox News article)', 'Fox News', 'reports'],
    ['At least four aftershocks followed, IRNA reported.', 'IRNA', 'reports'],
  ];
  for (const [text, name, verb] of cases) {
    const found = attributionsIn(text).find((a) => a[1] === name);
    assert.ok(found, `${name} credited in: ${text}`);
    assert.equal(found[2], verb, text);
  }
});

test('the credit phrase spans the source with its title and verb; a name inside a title is no source', () => {
  const spans = (text: string) => {
    const { sentences, tokens } = tokenize(nlp, text, []);
    return findAttributions(text, sentences, findMentions(text, sentences, tokens)).map((a) => [
      a.source.name,
      a.verb,
      text.slice(...a.span),
    ]);
  };
  assert.deepEqual(spans('The pier will reopen soon, Harbour police Lt. Lena Brook said.'), [
    ['Lt. Lena Brook', 'said', 'Harbour police Lt. Lena Brook said'],
  ]);
  assert.deepEqual(spans('According to Harbour police Lt. Lena Brook, the pier will reopen.'), [
    ['Lt. Lena Brook', 'according-to', 'According to Harbour police Lt. Lena Brook'],
  ]);
  // the inverted form names the speaker after the verb
  assert.deepEqual(spans('"The pier will reopen," said Harbour police Lt. Lena Brook.'), [
    ['Lt. Lena Brook', 'said', '" said Harbour police Lt. Lena Brook'],
  ]);
  // an outlet's trailing words belong to the credit
  assert.deepEqual(spans('Mayor Tom Veld told the Norvik news agency the pier will reopen.'), [
    ['Tom Veld', 'said', 'Mayor Tom Veld told'],
    ['Norvik', 'told', 'told the Norvik news agency'],
  ]);
  // no credit, no span: the pier's reopening is not attributed
  assert.deepEqual(spans('The pier will reopen soon after repairs by Harbour Works.'), []);
});

test('credits to unnamed sources are found as spans: "police said", "sources close to the talks say"', () => {
  const text =
    'The gunman fled north, police said. Sources close to the talks say the offer stands. The police station reopened.';
  const { sentences } = tokenize(nlp, text, []);
  assert.deepEqual(
    unnamedCredits(text, sentences).map(([s, e]) => text.slice(s, e)),
    ['police said', 'Sources close to the talks say'],
  );
});
