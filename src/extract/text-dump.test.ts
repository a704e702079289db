import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyDump } from './text-dump.ts';

const BODY_1 =
  'The ferry link between Port Alder and Greywick island resumed service on Thursday after three weeks of repairs.';
const BODY_2 =
  'Officials said the storm had torn away part of the main pier and damaged two vessels moored nearby.';

const PAGE = [
  'Home | World | Business | Sport | Culture',
  'Harbour Ferry Service Resumes After Storm Repairs',
  'By Jane Roe',
  'Photo: Workers repair the damaged pier at Port Alder on Tuesday. (Getty Images)',
  BODY_1,
  '',
  BODY_2,
  'Related:',
  'Storm Damage Closes Coastal Road',
  'Island Schools Reopen After Flooding',
  'Please support our journalism with a donation today.',
  'Leave a Reply',
  'Your email address will not be published.',
  'Original Source: www.example.com',
  'About Jane Roe',
  'Jane Roe covers transport and coastal affairs.',
  'View all posts by Jane Roe →',
].join('\n');

const reasonOf = (removed: { text: string; reason: string }[], text: string) =>
  removed.find((r) => r.text === text)?.reason;

test('a page dump yields title, byline and declared original source', () => {
  const r = classifyDump(PAGE);
  assert.equal(r.title, 'Harbour Ferry Service Resumes After Storm Repairs');
  assert.equal(r.byline, 'Jane Roe');
  assert.equal(r.originalSource, 'www.example.com');
});

test('body paragraphs are kept verbatim and blocks slice to them', () => {
  const r = classifyDump(PAGE);
  assert.deepEqual(
    r.blocks.map((b) => [b.kind, r.text.slice(b.start, b.end)]),
    [
      ['caption', 'Workers repair the damaged pier at Port Alder on Tuesday.'],
      ['body', BODY_1],
      ['body', BODY_2],
    ],
  );
  assert.ok(!r.text.includes('Getty'), 'the photo credit is cut from the caption');
  assert.ok(!r.text.startsWith('Photo:'), 'the caption label is cut');
});

test('boilerplate is absent from the text and recorded with a reason', () => {
  const r = classifyDump(PAGE);
  const expected: Array<[string, RegExp]> = [
    ['Home | World | Business | Sport | Culture', /navigation/],
    ['By Jane Roe', /byline/],
    ['(Getty Images)', /photo credit/],
    ['Related:', /related/],
    ['Storm Damage Closes Coastal Road', /related/],
    ['Please support our journalism with a donation today.', /donation/],
    ['Leave a Reply', /comment form/],
    ['Your email address will not be published.', /comment form/],
    ['Original Source: www.example.com', /original source/],
    ['View all posts by Jane Roe →', /author box/],
    ['Jane Roe covers transport and coastal affairs.', /footer|author/],
  ];
  for (const [text, reason] of expected) {
    assert.ok(!r.text.includes(text), `not in text: ${text}`);
    assert.match(reasonOf(r.removed, text) ?? '(not removed)', reason, text);
  }
});

test('ordinary body sentences that mention "support" or "related" are kept', () => {
  const lines = [
    'The ferry link resumed service on Thursday after three weeks of repairs by a crew of forty engineers.',
    'Officials said related work on the breakwater would continue, and the council pledged to support the crews.',
    'Related efforts by volunteers helped clear debris from the slipway.',
  ];
  const r = classifyDump(lines.join('\n'));
  assert.equal(r.text, lines.join('\n\n'));
  assert.deepEqual(r.removed, []);
  assert.equal(r.title, undefined, 'a long first paragraph ending in a period is not a title');
});

test('a short name line before the headline is taken as the outlet', () => {
  const r = classifyDump(
    'Coastline Daily\nFerry Service Resumes After Storm\nThe ferry resumed on Thursday.',
  );
  assert.equal(r.outlet, 'Coastline Daily');
  assert.equal(r.title, 'Ferry Service Resumes After Storm');
  assert.equal(r.text, 'The ferry resumed on Thursday.');
});

test('a known title is not guessed and its repeats are dropped', () => {
  const r = classifyDump('Ferry Service Resumes After Storm\nThe ferry resumed on Thursday.', {
    title: 'Ferry service resumes after storm',
  });
  assert.equal(r.title, 'Ferry service resumes after storm');
  assert.equal(reasonOf(r.removed, 'Ferry Service Resumes After Storm'), 'repeated headline');
  assert.equal(r.text, 'The ferry resumed on Thursday.');
});
