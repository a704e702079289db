import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyDump, classifyLines } from './text-dump.ts';

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

test('the headline is the line the article follows, not a tagline or a menu above it', () => {
  const r = classifyDump(
    [
      'Skip to content',
      'The Quiet Allotment',
      'Gardening, weather and village life in the Wend valley',
      'Home',
      'About',
      'Recipes',
      'Hosepipe ban comes to the Wend valley this summer',
      'Posted on 22 July 2026 by Helen Marsh',
      BODY_1,
    ].join('\n'),
  );
  assert.equal(r.title, 'Hosepipe ban comes to the Wend valley this summer');
  assert.equal(r.outlet, 'The Quiet Allotment');
  assert.equal(r.byline, 'Helen Marsh');
  assert.equal(r.published, '2026-07-22');
  assert.equal(r.text, BODY_1);
  assert.equal(reasonOf(r.removed, 'Recipes'), 'page header');
});

test('a "Read more" list inside the text drops its links and the text goes on', () => {
  const r = classifyDump(
    [
      BODY_1,
      'READ MORE',
      'Storm Damage Closes Coastal Road',
      'Island Schools Reopen After Flooding',
      BODY_2,
    ].join('\n'),
  );
  assert.equal(r.text, `${BODY_1}\n\n${BODY_2}`);
  assert.equal(reasonOf(r.removed, 'Storm Damage Closes Coastal Road'), 'links to other articles');
});

test('the author card after the text ends the article; the dateline after the headline wins', () => {
  const r = classifyDump(
    [
      'Thursday, March 12, 2026',
      'Harbour Ferry Service Resumes After Storm Repairs',
      'By Jane Roe',
      'March 11, 2026',
      BODY_1,
      'Jane Roe covers transport for the Coastline Daily.',
      'Most of the ferries were built in 1998.',
    ].join('\n'),
  );
  assert.equal(r.published, '2026-03-11');
  assert.equal(r.text, BODY_1);
  assert.equal(reasonOf(r.removed, 'Jane Roe covers transport for the Coastline Daily.'), 'author box');
});

test('one-sentence lines stay: short replies, detached closing quotes, list items after a colon', () => {
  const lines = [
    'The council said the pier would reopen in spring after the repairs were finished.',
    'Indeed.',
    'At this time, we are still trying to confirm the facts. "',
    'The new pier will include:',
    'A covered waiting area for ferry passengers and',
    'Two new landing stages',
  ];
  const r = classifyDump(lines.join('\n'));
  assert.equal(r.text, lines.join('\n\n'));
});

test('markup lines keep the old behaviour: only the "Related" line itself is dropped', () => {
  const r = classifyLines(
    [
      { text: BODY_1 },
      { text: 'Repairs took three weeks', hint: 'heading' },
      { text: BODY_2 },
      { text: 'Related:' },
      { text: 'Tickets for cancelled crossings will be refunded in full by the end of the month.' },
    ],
    { markup: true },
  );
  assert.deepEqual(
    r.blocks.map((b) => b.kind),
    ['body', 'heading', 'body', 'body'],
  );
  assert.ok(!r.text.includes('Related:'));
});
