import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputDocument } from '../model/input.ts';
import { extract } from './extract.ts';

const BODY =
  'The ferry link between Port Alder and Greywick island resumed service on Thursday after three weeks of repairs. ' +
  'Officials said the storm had torn away part of the main pier and damaged two vessels that were moored nearby.';
const DUMP = ['Island Gazette', 'Ferry Returns To Greywick After Storm', 'By Jane Roe', BODY].join('\n');

const doc = (over: Partial<InputDocument>): InputDocument => ({
  id: 'ferry-1',
  source: 'records.json#0',
  kind: 'text',
  content: DUMP,
  ...over,
});

test('without meta, title, outlet and byline are guessed from the dump', () => {
  const a = extract(doc({}));
  assert.equal(a.id, 'ferry-1');
  assert.equal(a.source, 'records.json#0');
  assert.equal(a.title, 'Ferry Returns To Greywick After Storm');
  assert.equal(a.outlet, 'Island Gazette');
  assert.equal(a.byline, 'Jane Roe');
  assert.equal(a.text, BODY);
  assert.equal(a.language, 'en');
  assert.ok(!('published' in a), 'undefined fields are left out');
  assert.ok(!('url' in a));
});

test('meta from a JSON record wins over guessed values', () => {
  const a = extract(
    doc({
      content: ['Ferry Returns To Greywick After Storm', BODY].join('\n'),
      meta: {
        title: 'Greywick ferry back in service',
        published: '2025-03-06',
        outlet: 'Harbour Post',
        byline: 'Tom Kale',
        url: 'https://news.example.org/ferry',
      },
    }),
  );
  assert.equal(a.title, 'Greywick ferry back in service');
  assert.equal(a.published, '2025-03-06');
  assert.equal(a.outlet, 'Harbour Post');
  assert.equal(a.byline, 'Tom Kale');
  assert.equal(a.url, 'https://news.example.org/ferry');
  assert.equal(a.text, BODY, 'the headline line is not kept as body text');
});

test('the outlet falls back to the URL host when nothing names it', () => {
  const a = extract(doc({ content: BODY, meta: { url: 'https://news.example.org/2025/ferry' } }));
  assert.equal(a.outlet, 'news.example.org');
  const noUrl = extract(doc({ content: BODY }));
  assert.equal(noUrl.outlet, undefined);
});

test('html inputs go through the page extractor and keep their blocks', () => {
  const a = extract(
    doc({
      kind: 'html',
      content: `<html lang="en"><head><title>Ferry Returns</title>
        <link rel="canonical" href="https://gazette.example.com/ferry"></head>
        <body><article><p>${BODY}</p></article></body></html>`,
    }),
  );
  assert.equal(a.text, BODY);
  assert.equal(a.url, 'https://gazette.example.com/ferry');
  assert.equal(a.outlet, 'gazette.example.com');
  assert.deepEqual(a.blocks, [{ kind: 'body', start: 0, end: BODY.length }]);
});
