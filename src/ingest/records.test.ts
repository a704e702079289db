import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeJsonError,
  isArticleRecord,
  lineColumn,
  looksLikeJsonLines,
  NO_RECORDS_MESSAGE,
  parseJsonFile,
  parseJsonLines,
  recordToDocument,
} from './records.ts';

const ctx = (path: string, named = true) => ({ path, fileId: 'feed', encoding: 'utf-8', named });

test('a single record object keeps the plain path and maps metadata aliases', () => {
  const text = JSON.stringify({
    id: 42,
    url: 'https://example.com/a',
    title: 'Bridge closed',
    datePublished: '2024-05-01',
    author: ['Ann Lee', 'Bo Chen'],
    site: 'Example News',
    html: '<p>Body</p>',
  });
  const r = parseJsonFile(text, ctx('in/one.json'));
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.documents, [
    {
      id: '42',
      source: 'in/one.json',
      kind: 'html',
      content: '<p>Body</p>',
      encoding: 'utf-8',
      meta: {
        url: 'https://example.com/a',
        title: 'Bridge closed',
        published: '2024-05-01',
        byline: 'Ann Lee, Bo Chen',
        outlet: 'Example News',
      },
    },
  ]);
});

test('arrays give path#n sources and <fileId>-<n> ids; text aliases give kind text', () => {
  const text = JSON.stringify([
    { content: 'first\r\nbody', byline: 'Cy Dee', source_name: 'Wire' },
    { id: 'b', body: 'second', date: '2024-01-02' },
    { title: 'no body here' },
  ]);
  const r = parseJsonFile(text, ctx('in/many.json'));
  assert.deepEqual(
    r.documents.map((d) => [d.id, d.source, d.kind, d.content]),
    [
      ['feed-1', 'in/many.json#1', 'text', 'first\nbody'],
      ['b', 'in/many.json#2', 'text', 'second'],
    ],
  );
  assert.deepEqual(r.documents[0].meta, { byline: 'Cy Dee', outlet: 'Wire' });
  assert.deepEqual(r.documents[1].meta, { published: '2024-01-02' });
  assert.deepEqual(r.problems, [
    { source: 'in/many.json#3', severity: 'error', message: 'record has neither html nor text' },
  ]);
});

test('an object with an articles array is unwrapped', () => {
  const text = JSON.stringify({ generated: 'x', articles: [{ text: 'one' }, { text: 'two' }] });
  const r = parseJsonFile(text, ctx('a.json'));
  assert.deepEqual(
    r.documents.map((d) => d.source),
    ['a.json#1', 'a.json#2'],
  );
  assert.deepEqual(r.problems, []);
});

test('no article records: warning when found in a folder, error when named', () => {
  const gold = JSON.stringify({ stories: [{ id: 's1', articleIds: ['a', 'b'] }] });
  const walked = parseJsonFile(gold, ctx('dir/gold.json', false));
  assert.deepEqual(walked.documents, []);
  assert.deepEqual(walked.problems, [
    { source: 'dir/gold.json', severity: 'warning', message: NO_RECORDS_MESSAGE },
  ]);
  const named = parseJsonFile(gold, ctx('dir/gold.json', true));
  assert.equal(named.problems.length, 1);
  assert.equal(named.problems[0].severity, 'error');
  assert.match(named.problems[0].message, /no article records/);
  assert.equal(parseJsonFile('[]', ctx('e.json', false)).problems[0].severity, 'warning');
});

test('syntax errors report line and column', () => {
  const text = '[\n  {"text": "a"},\n  {"text": "b",}\n]';
  const r = parseJsonFile(text, ctx('bad.json'));
  assert.deepEqual(r.documents, []);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].source, 'bad.json');
  assert.equal(r.problems[0].severity, 'error');
  assert.match(r.problems[0].message, /^invalid JSON at line 3:16: /);
  assert.match(describeJsonError('{"a": ', new SyntaxError('Unexpected end of JSON input')), /line 1:7/);
  assert.deepEqual(lineColumn('ab\ncd', 4), { line: 2, column: 2 });
});

test('JSON lines: a bad line is reported as file:line and the others are kept', () => {
  const text = '{"id":"x","text":"one"}\n\n{"text": broken}\n{"html":"<p>three</p>"}\n{"title":"none"}\n';
  const r = parseJsonLines(text, ctx('f.jsonl'));
  assert.deepEqual(
    r.documents.map((d) => [d.id, d.source, d.kind]),
    [
      ['x', 'f.jsonl#1', 'text'],
      ['feed-4', 'f.jsonl#4', 'html'],
    ],
  );
  assert.equal(r.problems.length, 2);
  assert.equal(r.problems[0].source, 'f.jsonl:3');
  assert.match(r.problems[0].message, /^invalid JSON/);
  assert.deepEqual(r.problems[1], {
    source: 'f.jsonl#5',
    severity: 'error',
    message: 'record has neither html nor text',
  });
});

test('record helpers reject non-records', () => {
  assert.equal(isArticleRecord({ text: 'x' }), true);
  assert.equal(isArticleRecord({ text: '   ' }), false);
  assert.equal(isArticleRecord(['x']), false);
  assert.equal(recordToDocument('text', 'id', 's'), undefined);
  assert.equal(looksLikeJsonLines('{"a":1}\n{"b":2}'), true);
  assert.equal(looksLikeJsonLines('{"a":1}\nnot json'), false);
  assert.equal(looksLikeJsonLines('{"a":1}'), false);
});
