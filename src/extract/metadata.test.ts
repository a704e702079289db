import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseDocument } from './dom.ts';
import {
  agencyCredit,
  authorNames,
  normaliseDate,
  type PageMetadata,
  pageMetadata,
  stripSiteName,
  urlDate,
} from './metadata.ts';

const page = (html: string) => pageMetadata(parseDocument(html).root);
const fixture = (name: string) =>
  page(readFileSync(new URL(`../../test/fixtures/pages/${name}`, import.meta.url), 'utf8'));

/** The fields a fixture is checked on: every one of them, so a field the page lacks must stay unset. */
const FIELDS: (keyof PageMetadata)[] = [
  'title',
  'byline',
  'authors',
  'published',
  'modified',
  'outlet',
  'language',
  'canonical',
  'originalSource',
];
const pick = (m: PageMetadata) =>
  Object.fromEntries(FIELDS.filter((k) => m[k] !== undefined).map((k) => [k, m[k]]));

const FIXTURES: Record<string, PageMetadata> = {
  // JSON-LD @graph: the NewsArticle's author is a Person given by @id, the publisher an Organization
  // by @id (the outlet, there is no og:site_name); og:title carries " - Coastline Daily"
  'jsonld-graph.html': {
    title: 'Harbour ferry returns to service after six-week repair',
    byline: 'Eilidh Marsh',
    authors: ['Eilidh Marsh'],
    published: '2025-04-17T09:30:00+01:00',
    modified: '2025-04-17T14:05:00+01:00',
    outlet: 'Coastline Daily',
    language: 'en',
    canonical: 'https://www.coastlinedaily.example/news/harbour-ferry-returns-to-service/',
  },
  // OpenGraph only: og:locale for the language, og:url for the canonical, article:author given
  // twice (a profile URL, ignored, and a name)
  'opengraph-only.html': {
    title: 'Lantern festival draws record crowd to old town',
    byline: 'Marta Iles',
    authors: ['Marta Iles'],
    published: '2024-10-06T21:40:00-05:00',
    modified: '2024-10-07T08:15:00-05:00',
    outlet: 'Meridian Observer',
    language: 'en',
    canonical: 'https://meridianobserver.example/culture/lantern-festival-record-crowd',
  },
  // microdata: headline, author scope with itemprop=name, datePublished <meta>, dateModified <time>,
  // publisher scope; the "most read" sidebar has its own microdata article that is not read
  'microdata.html': {
    title: 'Neue Brücke über die Wende eröffnet',
    byline: 'Hanna Kessler',
    authors: ['Hanna Kessler'],
    published: '2023-09-14T06:00:00+02:00',
    modified: '2023-09-14T11:20:00+02:00',
    outlet: 'Wendetaler Kurier',
    language: 'de',
    canonical: 'https://www.wendetaler-kurier.example/region/neue-bruecke-eroeffnet-a-20931',
  },
  // nothing but markup: the <h1>, a "By Jane Doe" line and a dateline in the text
  'plain.html': {
    title: 'Library extends weekend opening hours',
    byline: 'Jane Doe',
    authors: ['Jane Doe'],
    published: '2019-11-19',
  },
  // <title> with " | The Example Times"; the only <h1> is the logo (the outlet's name, not a title);
  // byline-classed div with a role; the date only in the canonical URL; content-language header
  'title-suffix.html': {
    title: 'Council approves two-year budget with new transit fund',
    byline: 'Priya Natarajan',
    authors: ['Priya Natarajan'],
    published: '2023-02-14',
    outlet: 'The Example Times',
    language: 'en',
    canonical: 'https://www.exampletimes.example/2023/02/14/council-approves-budget-transit-fund/',
  },
  // two rel=author links; <time> in the article header; application-name as the outlet
  'two-authors.html': {
    title: 'Wildfire crews hold line north of Pine Hollow as winds ease',
    byline: 'Tomasz Wren and Alice Mbeki',
    authors: ['Tomasz Wren', 'Alice Mbeki'],
    published: '2022-08-30T17:45:00-07:00',
    outlet: 'Sierra Ledger',
    language: 'en',
    canonical: 'https://sierraledger.example/news/wildfire-pine-hollow-winds-ease',
  },
  // the sidebar (before the article), a related box and the footer hold other author names,
  // rel=author links and an earlier <time>: only the article's own are taken
  'sidebar-authors.html': {
    title: 'Reef survey finds coral recovery slowed in southern sector',
    byline: 'Mei-Lin Foster',
    authors: ['Mei-Lin Foster'],
    published: '2021-06-03T06:15:00+10:00',
    outlet: 'Gulf Coast Herald',
    language: 'en',
    canonical: 'https://gulfcoastherald.example/environment/reef-survey-recovery-slowed',
  },
  // a local paper running an AP story: "HARROW, Ore. (AP) —" dateline, an all-caps byline that
  // names the agency as employer
  'wire-ap.html': {
    title: 'Dam operators open spillways as river nears record crest',
    byline: 'Daniel Okafor',
    authors: ['Daniel Okafor'],
    published: '2026-04-09T16:17:00-04:00',
    outlet: 'Riverbend Herald',
    language: 'en',
    canonical: 'https://riverbendherald.example/news/national/dam-operators-open-spillways',
    originalSource: 'Associated Press',
  },
  // a closing "— Reuters" credit; the JSON-LD author and the visible byline are the outlet itself
  // (no byline); the date only in the canonical URL (2024-03-21)
  'wire-reuters.html': {
    title: 'Central bank holds rates, signals cut later this year',
    published: '2024-03-21',
    outlet: 'Northgate Post',
    language: 'en',
    canonical: 'https://northgatepost.example/business/2024-03-21/central-bank-holds-rates',
    originalSource: 'Reuters',
  },
  // "Originally published by …" at the end of the body; parsely-pub-date in UTC
  'syndicated.html': {
    title: 'Ferry fares to rise 6% in June, operator says',
    byline: 'Rosa Lind',
    authors: ['Rosa Lind'],
    published: '2025-05-02T10:00:00Z',
    outlet: 'Island Weekly',
    language: 'en',
    canonical: 'https://islandweekly.example/ferry-fares-rise-june',
    originalSource: 'The Lakeside Ledger',
  },
};

for (const [name, expected] of Object.entries(FIXTURES)) {
  test(`fixture ${name}`, () => {
    assert.deepEqual(pick(fixture(name)), expected);
  });
}

test('fixture jsonld-graph.html keeps the JSON-LD articleBody (its paragraphs) and the description', () => {
  const m = fixture('jsonld-graph.html');
  assert.equal(
    m.articleBody,
    'The Saltmarsh ferry carried its first passengers since March on Thursday morning.\n\nHarbour master Colm Ridley said the propeller shaft had been replaced & tested over the weekend.',
  );
  assert.equal(
    m.description,
    'The Saltmarsh ferry carried its first passengers since March on Thursday after repairs to its propeller shaft.',
  );
});

test('stripSiteName removes the outlet as suffix or prefix', () => {
  assert.equal(
    stripSiteName('Ferry Service Resumes | Coastline Daily', 'Coastline Daily'),
    'Ferry Service Resumes',
  );
  assert.equal(
    stripSiteName('Coastline Daily - Ferry Service Resumes', 'coastline daily'),
    'Ferry Service Resumes',
  );
  // a leading "The" and punctuation do not keep the outlet from matching
  assert.equal(stripSiteName('Pier Reopens — Coastline Daily', 'The Coastline Daily'), 'Pier Reopens');
  // without a known outlet the longest part is taken as the headline
  assert.equal(stripSiteName('Ferry Service Resumes After Storm - CD'), 'Ferry Service Resumes After Storm');
});

test('stripSiteName leaves titles without a separator alone', () => {
  assert.equal(stripSiteName('  Well-known ferry returns  '), 'Well-known ferry returns');
  assert.equal(stripSiteName('Ferry returns', 'Coastline Daily'), 'Ferry returns');
});

test('a title whose <h1> has the same " - " is kept whole', () => {
  const m = page(`<html><head><title>Storm hits coast - live updates</title></head>
    <body><h1>Storm hits coast - live updates</h1></body></html>`);
  assert.equal(m.title, 'Storm hits coast - live updates');
});

test('normaliseDate keeps bare dates and the offsets the page gave', () => {
  assert.equal(normaliseDate('2019-11-19'), '2019-11-19');
  assert.equal(normaliseDate('2019-11-19T14:05:00-05:00'), '2019-11-19T14:05:00-05:00');
  assert.equal(normaliseDate('2019-11-19T14:05:00.000+0530'), '2019-11-19T14:05:00+05:30');
  assert.equal(normaliseDate('2019-11-19 14:05:00 +01'), '2019-11-19T14:05:00+01:00');
  assert.equal(normaliseDate('2019-11-19T14:05Z'), '2019-11-19T14:05Z');
  assert.equal(normaliseDate('2019-11-19T14:05:00'), '2019-11-19T14:05:00');
  assert.equal(normaliseDate('Tue, 19 Nov 2019 14:05:00 GMT'), '2019-11-19T14:05:00Z');
  assert.equal(normaliseDate('19 Nov 2019 14:05 -0800'), '2019-11-19T14:05-08:00');
  assert.equal(normaliseDate('20191119'), '2019-11-19');
  assert.equal(normaliseDate('1574172300'), '2019-11-19T14:05:00Z');
  assert.equal(normaliseDate('November 19, 2019'), '2019-11-19');
  // every value keeps the same instant when read back
  assert.equal(
    Date.parse(normaliseDate('2019-11-19T14:05:00.000+0530') as string),
    Date.UTC(2019, 10, 19, 8, 35),
  );
});

test("a time without a zone takes the zone another of the page's values gives for the same minute", () => {
  const m = page(`<html><head>
    <meta property="article:published_time" content="2019-11-18T17:01:27.893">
    <meta name="lastmod" content="2019-11-18T19:30:00">
    </head><body><article><meta itemprop="datePublished" content="2019-11-18T17:01:27.893Z"></article></body></html>`);
  assert.equal(m.published, '2019-11-18T17:01:27Z');
  // no zoned value for that minute: the time stays as the page gave it
  assert.equal(m.modified, '2019-11-18T19:30:00');
});

test('normaliseDate refuses what is not a date', () => {
  for (const bad of ['not a date', '2019-02-30', '2019-13-01', '2019-11-19T25:00:00Z', '', '12345']) {
    assert.equal(normaliseDate(bad), undefined, bad);
  }
});

test('urlDate reads /YYYY/MM/DD/ and YYYY-MM-DD paths only', () => {
  assert.equal(urlDate('https://a.example/2019/11/19/story-name/'), '2019-11-19');
  assert.equal(urlDate('https://a.example/news/2019-11-19-story-name'), '2019-11-19');
  assert.equal(urlDate('https://a.example/2019/11/story-name'), undefined);
  assert.equal(urlDate('https://a.example/story-20191119'), undefined);
  assert.equal(urlDate('https://a.example/2019/02/31/x'), undefined);
});

test('malformed JSON-LD is ignored and other sources still apply', () => {
  const m = page(`<html><head><script type="application/ld+json">{ "headline": </script>
      <meta name="author" content="By Tom Kale"><link rel="canonical" href="https://example.com/pier"></head>
      <body><h1>Pier Reopens</h1><time datetime="2025-03-06T10:00:00Z">6 March</time></body></html>`);
  assert.deepEqual(m, {
    title: 'Pier Reopens',
    byline: 'Tom Kale',
    authors: ['Tom Kale'],
    published: '2025-03-06T10:00:00Z',
    canonical: 'https://example.com/pier',
  });
});

test('JSON-LD with raw line breaks in strings or trailing commas is still read', () => {
  const m = page(`<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Pier
    Reopens", "datePublished": "2025-03-06", "author": [{"@type": "Person", "name": "Jo Ash"},],}
    </script></head><body></body></html>`);
  assert.equal(m.title, 'Pier Reopens');
  assert.equal(m.byline, 'Jo Ash');
  assert.equal(m.published, '2025-03-06');
});

test('JSON-LD arrays: a top-level array, several Person authors, schema: prefixes and HTML entities', () => {
  const ld = [
    { '@context': 'https://schema.org', '@type': 'Organization', name: 'Coastline Daily' },
    {
      '@type': ['schema:NewsArticle'],
      headline: 'Pier &amp; Promenade Reopen',
      author: [
        { '@type': 'Person', name: 'Jane Roe' },
        { '@type': 'Person', name: 'Kofi Mensah' },
        { '@type': 'Person', name: 'Lena Hart' },
      ],
      datePublished: ['2025-03-06T07:00:00+00:00'],
      publisher: { '@type': 'Organization', name: 'Coastline Daily' },
    },
  ];
  const m = page(
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
  );
  assert.equal(m.title, 'Pier & Promenade Reopen');
  assert.equal(m.byline, 'Jane Roe, Kofi Mensah and Lena Hart');
  assert.deepEqual(m.authors, ['Jane Roe', 'Kofi Mensah', 'Lena Hart']);
  assert.equal(m.published, '2025-03-06T07:00:00+00:00');
  assert.equal(m.outlet, 'Coastline Daily');
});

test('an Organization author that is the publisher is no byline; a Person in <meta> is', () => {
  const ld = {
    '@type': 'NewsArticle',
    headline: 'Pier Reopens',
    author: { '@type': 'Organization', name: 'Coastline Daily' },
    publisher: { '@type': 'NewsMediaOrganization', name: 'Coastline Daily' },
  };
  const m = page(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script>
    <meta name="author" content="https://social.example/janeroe"><meta name="author" content="Jane Roe">
    </head><body></body></html>`);
  assert.equal(m.byline, 'Jane Roe');
  assert.equal(m.outlet, 'Coastline Daily');
});

test('JSON-LD @id references are resolved for the author and the publisher', () => {
  const ld = {
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: 'Pier Reopens',
        author: [{ '@id': '#p1' }, { '@id': '#p2' }],
        publisher: { '@id': '#org' },
      },
      { '@type': 'Person', '@id': '#p1', givenName: 'Jane', familyName: 'Roe' },
      { '@type': 'Person', '@id': '#p2', name: 'Kofi Mensah' },
      { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Harbour Watch' },
    ],
  };
  const m = page(
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head></html>`,
  );
  assert.equal(m.byline, 'Jane Roe and Kofi Mensah');
  assert.equal(m.outlet, 'Harbour Watch');
});

test('the JSON-LD article matching the canonical URL wins over other articles on the page', () => {
  const ld = [
    {
      '@type': 'NewsArticle',
      headline: 'Other story',
      url: 'https://a.example/other',
      datePublished: '2025-01-01',
    },
    {
      '@type': 'NewsArticle',
      headline: 'This story',
      url: 'https://a.example/this/',
      datePublished: '2025-02-02',
    },
  ];
  const m = page(`<html><head><link rel="canonical" href="https://a.example/this">
    <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`);
  assert.equal(m.title, 'This story');
  assert.equal(m.published, '2025-02-02');
});

test('authorNames strips "By", roles and furniture, splits lists and drops the outlet', () => {
  assert.deepEqual(authorNames('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
  assert.deepEqual(authorNames('Ana Ruiz, Ben Oakes & Cai Lun'), ['Ana Ruiz', 'Ben Oakes', 'Cai Lun']);
  assert.deepEqual(authorNames('By Jane Doe | Updated 4:17 PM EDT'), ['Jane Doe']);
  assert.deepEqual(authorNames('Jane Doe, Senior Correspondent'), ['Jane Doe']);
  assert.deepEqual(authorNames("BY MARY O'NEIL AND LUIS PEÑA"), ["Mary O'Neil", 'Luis Peña']);
  assert.deepEqual(authorNames('Jane Doe, The Example Times', ['The Example Times']), ['Jane Doe']);
  assert.deepEqual(authorNames('Example Times', ['The Example Times']), []);
  assert.deepEqual(authorNames('https://www.facebook.com/janedoe'), []);
  assert.deepEqual(authorNames('@janedoe'), []);
  assert.deepEqual(authorNames('x'.repeat(120)), []);
  assert.deepEqual(authorNames('Associated Press'), ['Associated Press']);
});

test('authorNames keeps the people of a byline, not where they work or their degrees', () => {
  assert.deepEqual(authorNames('Ilana Muhlstein, MS, RDN'), ['Ilana Muhlstein']);
  assert.deepEqual(authorNames('Jill Disis, CNN Business'), ['Jill Disis']);
  assert.deepEqual(authorNames('Troy L. Smith, Cleveland.com'), ['Troy L. Smith']);
  assert.deepEqual(authorNames('Victor Tangermann, Futurism'), ['Victor Tangermann']);
  assert.deepEqual(authorNames('Analysis by Chris Cillizza, CNN Editor-at-large'), ['Chris Cillizza']);
  // an agency glued to the last name by markup without a space
  assert.deepEqual(authorNames('Mary Clare Jalonick and ERIC TUCKERAssociated Press'), [
    'Mary Clare Jalonick',
    'Eric Tucker',
  ]);
  assert.deepEqual(authorNames('Tom Davies Associated Press'), ['Tom Davies']);
  assert.deepEqual(authorNames('Kevin Johnson and Kevin McCoy USA TODAY', ['USA TODAY']), [
    'Kevin Johnson',
    'Kevin McCoy',
  ]);
  // the date after the name, labels in other languages, name particles
  assert.deepEqual(authorNames('By Jeff Foust Monday, November 18, 2019'), ['Jeff Foust']);
  assert.deepEqual(authorNames('Текст: Венера Ерофеева'), ['Венера Ерофеева']);
  assert.deepEqual(authorNames('Ana de la Cruz and Ludwig van Beethoven'), [
    'Ana de la Cruz',
    'Ludwig van Beethoven',
  ]);
  assert.deepEqual(authorNames('Finian Cunningham. Sputnik International'), ['Finian Cunningham']);
  assert.deepEqual(authorNames('John Smith Jr. and Jane Roe'), ['John Smith Jr', 'Jane Roe']);
  // the outlet in another form of its name is not an author
  assert.deepEqual(authorNames('Beachbody', ['The Beachbody Blog']), []);
  assert.deepEqual(authorNames('| BY: Beachbody', ['The Beachbody Blog']), []);
  assert.deepEqual(authorNames('· By: Jane Roe'), ['Jane Roe']);
  // one name alone may be one word; phrases and stray words are not names
  assert.deepEqual(authorNames('Catherine'), ['Catherine']);
  assert.deepEqual(authorNames('REUTERS'), ['REUTERS']);
  assert.deepEqual(authorNames('The Russian and Syrian defense ministries'), []);
  assert.deepEqual(authorNames('As'), []);
});

test('a byline longer than a name list is not taken', () => {
  const m = page(`<html><body><article><h1>Pier Reopens</h1>
    <div class="author">Jane Doe has covered the harbour for the paper since 2009 and before that worked for a radio station in the north of the county for many years.</div>
    <p>The pier reopened on Thursday after a winter of repairs that cost the town more than it had planned for.</p>
    </article></body></html>`);
  assert.equal(m.byline, undefined);
});

test('agencyCredit reads datelines and closing credits', () => {
  assert.equal(agencyCredit('HARROW, Ore. (AP) — Operators opened the gates.'), 'Associated Press');
  assert.equal(agencyCredit('LONDON, March 21 (Reuters) - The central bank held rates.'), 'Reuters');
  assert.equal(agencyCredit('PARIS (AFP/Reuters) – Talks resumed.'), 'AFP');
  assert.equal(agencyCredit('— Reuters'), 'Reuters');
  assert.equal(agencyCredit('The ministry confirmed the figures on Friday. —AFP'), 'AFP');
  assert.equal(agencyCredit('(Reuters)'), 'Reuters');
  assert.equal(agencyCredit('Officials told the AP — in a statement — that talks went well.'), null);
  assert.equal(agencyCredit('The AP reported the figures first.'), null);
});

test("an agency's own page does not name itself as the original source", () => {
  const m =
    page(`<html><head><meta property="og:site_name" content="The Associated Press"></head><body><article>
    <h1>River nears record crest</h1>
    <p>HARROW, Ore. (AP) — Operators of Corliss Dam opened all four spillway gates on Thursday as the river rose.</p>
    </article></body></html>`);
  assert.equal(m.outlet, 'The Associated Press');
  assert.equal(m.originalSource, undefined);
});

test('a "Source:" line naming the outlet itself, or only "news agencies", declares no original', () => {
  const body = (line: string) =>
    page(`<html><head><meta property="og:site_name" content="Gulf Wire"></head><body><article><h1>Port closes</h1>
    <p>The port closed on Tuesday after a crane collapsed onto the main container berth, officials said.</p>
    <p>${line}</p></article></body></html>`).originalSource;
  assert.equal(body('Source: Gulf Wire News'), undefined);
  assert.equal(body('SOURCE: News agencies'), undefined);
  assert.equal(body('Source: Harbour Watch'), 'Harbour Watch');
});

test('declared originals in <meta> and JSON-LD isBasedOn; a self-reference is not one', () => {
  const self = page(`<html><head><link rel="canonical" href="https://www.a.example/x">
    <meta name="original-source" content="https://a.example/x"></head><body></body></html>`);
  assert.equal(self.originalSource, undefined);
  const other = page(`<html><head><link rel="canonical" href="https://www.a.example/x">
    <meta name="syndication-source" content="https://b.example/story/12"></head><body></body></html>`);
  assert.equal(other.originalSource, 'https://b.example/story/12');
  const ld = {
    '@type': 'NewsArticle',
    headline: 'Pier Reopens',
    isBasedOn: {
      '@type': 'NewsArticle',
      url: 'https://c.example/pier',
      publisher: { name: 'Harbour Watch' },
    },
  };
  const based = page(
    `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
  );
  assert.equal(based.originalSource, 'Harbour Watch');
  // a study or a data set the story is based on is not its original
  const study = page(
    `<html><head><script type="application/ld+json">${JSON.stringify({
      ...ld,
      isBasedOn: { '@type': 'Dataset', name: 'Harbour traffic 2024', publisher: { name: 'Port Authority' } },
    })}</script></head><body></body></html>`,
  );
  assert.equal(study.originalSource, undefined);
});

test('an "Updated" line near the top gives the modified date, the dateline the published one', () => {
  const m = page(`<html><body><h1>Pier Reopens</h1>
    <div class="meta"><span>Published 4 March 2025</span> <span>Updated 6 March 2025, 10:15</span></div>
    <p>The pier reopened on Thursday after a winter of repairs that cost the town more than it had planned for.</p>
    </body></html>`);
  assert.equal(m.published, '2025-03-04');
  assert.equal(m.modified, '2025-03-06T10:15');
});

test('a container named like a sidebar that wraps the article is read; the sidebar inside it is not', () => {
  const para =
    'The pier reopened on Thursday after a winter of repairs that cost the town more than it had planned.';
  const m = page(`<html><body><div class="content-sidebar-wrap">
    <div class="sidebar"><span class="byline">By Sidebar Person</span>
      <span itemprop="datePublished" content="2020-01-01">1 Jan 2020</span></div>
    <div class="entry"><h1>Pier Reopens</h1><p class="byline">By Jane Roe</p>
      <meta itemprop="datePublished" content="2025-03-04T08:00:00+00:00">
      <p>${para}</p><p>${para}</p><p>${para}</p></div>
    </div></body></html>`);
  assert.equal(m.byline, 'Jane Roe');
  assert.equal(m.published, '2025-03-04T08:00:00+00:00');
});

test('on a page without paragraphs a sidebar is still not read, its wrapper is', () => {
  const m = page(`<html><body><div class="content-sidebar-wrap">
    <div class="sidebar"><span class="author">Sidebar Person</span></div>
    <div class="story"><h1>Pier Reopens</h1><div class="author">Jane Roe</div><div>The pier reopened.</div></div>
    </div></body></html>`);
  assert.equal(m.byline, 'Jane Roe');
});

test('JSON-LD printed inside the page footer is still read', () => {
  const m = page(`<html><body><h1>Pier works</h1><footer>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier Reopens","datePublished":"2025-03-04"}</script>
    </footer></body></html>`);
  assert.equal(m.title, 'Pier Reopens');
  assert.equal(m.published, '2025-03-04');
});

test('a <time> classed "published updated" (never modified) is the publication time', () => {
  const m = page(`<html><body><article><h1>Pier Reopens</h1>
    <time class="entry-date published updated" datetime="2025-03-04T08:00:00+00:00">4 March</time>
    </article></body></html>`);
  assert.equal(m.published, '2025-03-04T08:00:00+00:00');
  assert.equal(m.modified, undefined);
});

test('a <time> marked as the update time is the modified date, not the published one', () => {
  const m = page(`<html><body><article><h1>Pier Reopens</h1>
    <p class="dates">Updated <time datetime="2025-03-06T10:15:00Z">6 March</time></p>
    <p>First published <time datetime="2025-03-04T08:00:00Z">4 March</time></p>
    <p>The pier reopened on Thursday after a winter of repairs that cost the town more than it had planned for.</p>
    </article></body></html>`);
  assert.equal(m.published, '2025-03-04T08:00:00Z');
  assert.equal(m.modified, '2025-03-06T10:15:00Z');
});

test('language comes from <html lang>, og:locale or content-language, reduced to the primary subtag', () => {
  assert.equal(page('<html lang="PT-br"><body></body></html>').language, 'pt');
  assert.equal(page('<html><head><meta property="og:locale" content="fr_CA"></head></html>').language, 'fr');
  assert.equal(
    page('<html lang=""><head><meta http-equiv="Content-Language" content="es"></head></html>').language,
    'es',
  );
  assert.equal(page('<html lang="x-default"><body></body></html>').language, undefined);
});

test('the outlet is a name: not a handle, not a list of sections', () => {
  const m = (metas: string) => page(`<html><head>${metas}</head><body></body></html>`).outlet;
  assert.equal(
    m(
      '<meta property="og:site_name" content="@harbourwatch"><meta name="application-name" content="Harbour Watch">',
    ),
    'Harbour Watch',
  );
  assert.equal(m('<meta property="og:site_name" content="Autoracing | F1 | Indy | Rally">'), 'Autoracing');
});

test('a relative canonical is resolved against og:url', () => {
  const m = page(`<html><head><link rel="canonical" href="/news/pier">
    <meta property="og:url" content="https://a.example/news/pier?ref=share"></head></html>`);
  assert.equal(m.canonical, 'https://a.example/news/pier');
});

test('unparseable dates and missing fields stay undefined', () => {
  assert.deepEqual(
    page(
      '<html><head><meta property="article:published_time" content="not a date"></head><body></body></html>',
    ),
    {},
  );
  assert.deepEqual(page(''), {});
});
