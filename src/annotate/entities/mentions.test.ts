import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNlp, tokenize } from '../nlp.ts';
import { findMentions, type Mention } from './mentions.ts';

const nlp = createNlp();

function mentionsIn(text: string): Mention[] {
  const { tokens, sentences } = tokenize(nlp, text, []);
  const found = findMentions(text, sentences, tokens);
  for (const m of found)
    assert.equal(text.slice(m.start, m.end).replace(/’/g, "'"), m.name, 'offsets slice to the name');
  return found;
}
const summary = (ms: Mention[]) => ms.map((m) => [m.name, m.type]);

test('a title before a name is split off as the role of a person', () => {
  const ms = mentionsIn('Foreign Minister Ana Ruiz visited the Harbour Authority on Greywick Island.');
  const ruiz = ms.find((m) => m.name === 'Ana Ruiz');
  assert.ok(ruiz);
  assert.equal(ruiz.type, 'person');
  assert.equal(ruiz.role, 'Foreign Minister');
  assert.ok(!ms.some((m) => m.name.includes('Minister')), 'the role is not part of any name');
});

test('organisations are typed by keyword and places by place word or gazetteer', () => {
  const ms = mentionsIn(
    'Foreign Minister Ana Ruiz visited the Harbour Authority on Greywick Island. ' +
      'A spokesman for the Ministry of Mines said President Luis Ortega would visit Kyiv.',
  );
  assert.deepEqual(summary(ms), [
    ['Ana Ruiz', 'person'],
    ['Harbour Authority', 'organization'],
    ['Greywick Island', 'place'],
    ['Ministry of Mines', 'organization'],
    ['Luis Ortega', 'person'],
    ['Kyiv', 'place'],
  ]);
  assert.equal(ms.find((m) => m.name === 'Luis Ortega')?.role, 'President');
});

test('a lower-case region word stays with the place name', () => {
  const ms = mentionsIn('Crews were sent to the Tarsk region and to Tarsk Oblast.');
  assert.deepEqual(summary(ms), [
    ['Tarsk region', 'place'],
    ['Tarsk Oblast', 'place'],
  ]);
});

test('demonyms used as adjectives are not entities', () => {
  const ms = mentionsIn('Chilean miners and Peruvian rescuers reached Santiago on Friday.');
  assert.ok(!ms.some((m) => /Chilean|Peruvian/.test(m.name)));
  assert.ok(ms.some((m) => m.name === 'Santiago'));
});

test('leading function words and lone sentence-initial capitals are dropped', () => {
  const ms = mentionsIn('Rescuers worked through the night. The Norvik News Agency reported it.');
  assert.deepEqual(summary(ms), [['Norvik News Agency', 'organization']]);
});

test('a lone sentence-initial capital before "reports" is a name only when the reports are its saying', () => {
  assert.deepEqual(summary(mentionsIn('Recent reports suggest a third were hurt.')), []);
  assert.deepEqual(summary(mentionsIn('Local reports said the bridge fell.')), []);
  assert.deepEqual(
    mentionsIn('Yonhap reports that talks began.').map((m) => m.name),
    ['Yonhap'],
  );
});

test('a possessor before a name is recorded', () => {
  const ms = mentionsIn('Officials said Chile’s Security Service confirmed the rescue.');
  const svc = ms.find((m) => m.name === 'Security Service');
  assert.ok(svc);
  assert.equal(svc.type, 'organization');
  assert.equal(svc.possessor, 'Chile');
  const plain = mentionsIn('Officials said the Security Service confirmed the rescue.');
  assert.equal(plain.find((m) => m.name === 'Security Service')?.possessor, undefined);
});
