import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './html.ts';

const PARAS = [
  'The ferry link between Port Alder and Greywick island resumed service on Thursday after three weeks of repairs to the main pier.',
  'Officials said the storm had torn away part of the pier and damaged two vessels moored nearby, forcing the operator to cancel all crossings.',
  'Harbourmaster Lena Brook said engineers had worked through the night to finish the new landing stage before the weekend.',
  'Residents of Greywick had relied on a small water taxi for supplies while the ferry was out of service.',
];
const ARTICLE = PARAS.map((p) => `<p>${p}</p>`).join('\n');
const FURNITURE = [
  'Lighthouse keeper retires after forty years',
  'Contact the newsroom at the harbour office',
];

test('a JSON-LD NewsArticle page gives metadata and keeps only the article body', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Ferry Service Resumes After Storm Repairs',
    author: [{ '@type': 'Person', name: 'Jane Roe' }],
    datePublished: '2025-03-06T09:30:00+01:00',
    publisher: { '@type': 'Organization', name: 'Coastline Daily' },
  };
  const html = `<!doctype html><html lang="en-GB"><head>
    <title>Ferry Service Resumes After Storm Repairs | Coastline Daily</title>
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <article><h1>Ferry Service Resumes After Storm Repairs</h1>${ARTICLE}</article>
    <aside><h3>Most read</h3><p>${FURNITURE[0]}</p></aside>
    <footer><p>${FURNITURE[1]}</p></footer></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.title, 'Ferry Service Resumes After Storm Repairs');
  assert.equal(r.byline, 'Jane Roe');
  assert.equal(r.outlet, 'Coastline Daily');
  assert.equal(r.meta.published, '2025-03-06T09:30:00+01:00', "the page's own offset is kept");
  assert.equal(r.meta.language, 'en');
  assert.equal(r.text, PARAS.join('\n\n'));
  assert.deepEqual(
    r.blocks.map((b) => r.text.slice(b.start, b.end)),
    PARAS,
  );
  for (const t of [...FURNITURE, 'Most read', 'Home', 'Sport']) {
    assert.ok(!r.text.includes(t), `not in text: ${t}`);
    assert.ok(
      r.removed.some((x) => x.text.split('\n').includes(t)),
      `removed: ${t}`,
    );
  }
});

test('an OpenGraph-only page gives title without site name, byline, date and locale', () => {
  const html = `<html><head>
    <meta property="og:title" content="Ferry Service Resumes - Coastline Daily">
    <meta property="og:site_name" content="Coastline Daily">
    <meta property="article:published_time" content="2025-03-06T08:30:00Z">
    <meta name="author" content="By Tom Kale">
    <meta property="og:locale" content="en_GB">
    </head><body><article>${ARTICLE}</article></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.title, 'Ferry Service Resumes');
  assert.equal(r.byline, 'Tom Kale');
  assert.equal(r.outlet, 'Coastline Daily');
  assert.equal(r.meta.published, '2025-03-06T08:30:00Z');
  assert.equal(r.meta.language, 'en');
  assert.equal(r.text, PARAS.join('\n\n'));
});

test('a plain page with only <title> and <h1> takes the headline and no invented metadata', () => {
  const html = `<html><head><title>Ferry Service Resumes After Storm Repairs - Coastline Daily</title></head>
    <body><h1>Ferry Service Resumes After Storm Repairs</h1>${ARTICLE}</body></html>`;
  const r = extractHtml(html);
  assert.equal(r.title, 'Ferry Service Resumes After Storm Repairs');
  assert.equal(r.byline, undefined);
  assert.equal(r.meta.published, undefined);
  assert.equal(r.text, PARAS.join('\n\n'));
  assert.ok(!r.text.includes('Coastline Daily'));
});

test('a page with no article content and malformed JSON-LD gives no text and does not throw', () => {
  const html = `<html><head><title>Page not found</title>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head>
    <body><nav><a href="/">Home</a> | <a href="/about">About</a></nav></body></html>`;
  const r = extractHtml(html);
  assert.equal(r.text.trim(), '');
  assert.deepEqual(r.blocks, []);
  assert.equal(r.title, 'Page not found');
  assert.equal(r.byline, undefined);
});

test('subheadings inside the article are kept as heading blocks, and a "Related" line drops only itself', () => {
  const html = `<!doctype html><html><head><title>Ferry back | Harbour Post</title></head><body><article>
    <h1>Ferry back</h1>
    <p>The ferry link between Port Alder and Greywick island resumed service on Thursday after three weeks of repairs to the pier.</p>
    <h2>Repairs took three weeks</h2>
    <p>Engineers replaced two steel piles and the landing ramp, the harbour authority said in a statement on Thursday morning.</p>
    <p>Related:</p>
    <p>The operator said tickets bought for the cancelled crossings would be refunded in full by the end of the month.</p>
  </article></body></html>`;
  const r = extractHtml(html);
  const heading = r.blocks.find((b) => b.kind === 'heading');
  assert.ok(heading, 'a heading block');
  assert.equal(r.text.slice(heading.start, heading.end), 'Repairs took three weeks');
  assert.match(r.text, /refunded in full/);
  assert.doesNotMatch(r.text, /Related:/);
  assert.ok(r.removed.some((x) => x.text === 'Related:'));
});

test("an HTML fragment (a JSON record's html field) is extracted like a page", () => {
  const r = extractHtml(
    '<p>The ferry link between Port Alder and Greywick island resumed service on Thursday after three weeks of repairs.</p>' +
      '<p>Engineers replaced two steel piles and the landing ramp, the harbour authority said on Thursday morning.</p>',
  );
  assert.match(r.text, /resumed service on Thursday/);
  assert.match(r.text, /landing ramp/);
});

test('a page cut for size says so; a normal page has no warning', () => {
  const big = extractHtml(
    `<html><body><div>${'<p>Short paragraph of filler text.</p>'.repeat(400_001)}</div></body></html>`,
  );
  assert.equal(big.warnings.length, 1);
  assert.match(big.warnings[0], /more than 400,000 elements; the rest of it was not read/);
  const small = extractHtml(
    '<html><body><p>The ferry link resumed service on Thursday after three weeks of repairs.</p></body></html>',
  );
  assert.deepEqual(small.warnings, []);
});
