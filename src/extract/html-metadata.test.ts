import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { pageMetadata, stripSiteName } from './html-metadata.ts';

const doc = (html: string) => parseHTML(html).document;

test('stripSiteName removes the outlet as suffix or prefix', () => {
  assert.equal(
    stripSiteName('Ferry Service Resumes | Coastline Daily', 'Coastline Daily'),
    'Ferry Service Resumes',
  );
  assert.equal(
    stripSiteName('Coastline Daily - Ferry Service Resumes', 'coastline daily'),
    'Ferry Service Resumes',
  );
  // without a known outlet the longest part is taken as the headline
  assert.equal(stripSiteName('Ferry Service Resumes After Storm - CD'), 'Ferry Service Resumes After Storm');
});

test('stripSiteName leaves titles without a separator alone', () => {
  assert.equal(stripSiteName('  Well-known ferry returns  '), 'Well-known ferry returns');
  assert.equal(stripSiteName('Ferry returns', 'Coastline Daily'), 'Ferry returns');
});

test('JSON-LD inside @graph gives headline, author, date and publisher', () => {
  const ld = {
    '@graph': [
      { '@type': 'WebPage', name: 'Section page' },
      {
        '@type': 'NewsArticle',
        headline: 'Pier Reopens',
        author: { name: 'Jane Roe' },
        datePublished: '2025-03-06',
        publisher: { name: 'Coastline Daily' },
      },
    ],
  };
  const m = pageMetadata(
    doc(
      `<html lang="en-GB"><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`,
    ),
  );
  assert.equal(m.title, 'Pier Reopens');
  assert.equal(m.byline, 'Jane Roe');
  assert.equal(m.published, '2025-03-06');
  assert.equal(m.outlet, 'Coastline Daily');
  assert.equal(m.language, 'en');
});

test('malformed JSON-LD is ignored and other sources still apply', () => {
  const m = pageMetadata(
    doc(`<html><head><script type="application/ld+json">{ "headline": </script>
      <meta name="author" content="By Tom Kale"><link rel="canonical" href="https://example.com/pier"></head>
      <body><h1>Pier Reopens</h1><time datetime="2025-03-06T10:00:00Z">6 March</time></body></html>`),
  );
  assert.equal(m.title, 'Pier Reopens');
  assert.equal(m.byline, 'Tom Kale');
  assert.equal(m.published, '2025-03-06T10:00:00.000Z');
  assert.equal(m.canonical, 'https://example.com/pier');
  assert.equal(m.outlet, undefined);
});

test('unparseable dates and missing fields stay undefined', () => {
  const m = pageMetadata(
    doc(
      '<html><head><meta property="article:published_time" content="not a date"></head><body></body></html>',
    ),
  );
  assert.deepEqual(
    Object.entries(m).filter(([, v]) => v !== undefined),
    [],
  );
});
