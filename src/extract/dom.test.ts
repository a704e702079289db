import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAll, findFirst, parseDocument, rawText, textOf } from './dom.ts';

test('elements, lower-cased tags and attributes, decoded entities', () => {
  const { root } = parseDocument('<DIV CLASS="Story"><P>Fish &amp; chips&nbsp;today</P></DIV>');
  const div = findFirst(root, 'div');
  assert.ok(div);
  assert.equal(div.attrs.class, 'Story');
  assert.equal(textOf(div), 'Fish & chips\u00a0today'.replace(/\s+/g, ' '));
});

test('style and noscript content is dropped; script text is kept for structured data', () => {
  const { root } = parseDocument(
    '<style>p{color:red}</style><noscript><p>Enable JavaScript</p></noscript><script type="application/ld+json">{"a":1}</script><p>Body</p>',
  );
  assert.equal(textOf(root), 'Body');
  const script = findFirst(root, 'script');
  assert.ok(script);
  assert.equal(rawText(script, true), '{"a":1}');
  assert.equal(findAll(root, 'p').length, 1);
});

test('malformed markup: unclosed and stray tags still give every paragraph', () => {
  const { root } = parseDocument('<div><p>One<p>Two</span></div></div><p>Three<div><p>Four');
  assert.deepEqual(
    findAll(root, 'p').map((p) => textOf(p)),
    ['One', 'Two', 'Three', 'Four'],
  );
});

test('very deep nesting is flattened below maxDepth instead of overflowing the stack', () => {
  const html = `${'<div>'.repeat(20_000)}<p>Deep text</p>${'</div>'.repeat(20_000)}`;
  const { root } = parseDocument(html, { maxDepth: 100 });
  assert.equal(textOf(root), 'Deep text');
  assert.equal(findAll(root, 'div').length, 20_000);
});

test('pages with more elements than maxElements are cut and say so', () => {
  const html = '<p>x</p>'.repeat(50);
  const cut = parseDocument(html, { maxElements: 10 });
  assert.equal(cut.truncated, true);
  assert.equal(findAll(cut.root, 'p').length, 10);
  const whole = parseDocument(html);
  assert.equal(whole.truncated, false);
  assert.equal(whole.elements, 50);
});
