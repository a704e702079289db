import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  authorBoxName,
  bylineOf,
  copyrightHolder,
  creditSpan,
  DUMP_RULES,
  declaredOriginal,
  END_MARKERS,
  INLINE_LINK_MARKERS,
  isCaptionLine,
  isFooterCopyright,
  isHeadlineLike,
  isLabelledTeaser,
  isNameLine,
  isPersonName,
  isProse,
  isRoleLine,
  isSentenceLike,
  isShareLine,
  isShortLabel,
  isTimestamp,
  LINE_RULES,
  masthead,
  softenCapitals,
  TAIL_MARKERS,
  wordCount,
} from './patterns.ts';

const ruleFor = (line: string) => LINE_RULES.find((r) => r.test(line))?.reason ?? null;
const dumpRuleFor = (line: string) =>
  DUMP_RULES.find((r) => r.test(line))?.reason ?? LINE_RULES.find((r) => r.test(line))?.reason ?? null;

test('bylineOf reads names after "By" and "Written by", dropping update stamps', () => {
  assert.equal(bylineOf('By Jane Roe'), 'Jane Roe');
  assert.equal(bylineOf('By Jane Roe | Updated 3 May'), 'Jane Roe');
  assert.equal(bylineOf('Written by Jane Roe and Tom Kale'), 'Jane Roe and Tom Kale');
  assert.equal(bylineOf('by the harbour wall the water rose.'), null);
  assert.equal(bylineOf('The storm passed by Greywick overnight'), null);
});

test('declaredOriginal reads "Original Source:" and "Originally published by"', () => {
  assert.equal(declaredOriginal('Original Source: www.example.com.'), 'www.example.com');
  assert.equal(declaredOriginal('Originally published by Coastline Daily'), 'Coastline Daily');
  assert.equal(declaredOriginal('The source of the leak was found near the pier.'), null);
});

test('creditSpan finds agency credits and photo credits at the end of a caption', () => {
  const line = 'Workers repair the pier. (Getty Images)';
  const span = creditSpan(line);
  assert.ok(span);
  assert.equal(line.slice(span[0], span[1]).trim(), '(Getty Images)');
  const photo = 'Workers repair the pier. Photo: Harbour Authority.';
  const p = creditSpan(photo);
  assert.ok(p);
  assert.equal(photo.slice(p[0], p[1]).trim(), 'Photo: Harbour Authority.');
  assert.equal(creditSpan('Workers repaired the pier on Tuesday.'), null);
});

test('caption, headline, name-line and author-box shapes', () => {
  assert.equal(isCaptionLine('Photo: the damaged pier'), true);
  assert.equal(isCaptionLine('The photo showed the damaged pier.'), false);
  assert.equal(isHeadlineLike('Ferry Service Resumes After Storm'), true);
  assert.equal(isHeadlineLike('The ferry resumed service.'), false);
  assert.equal(isHeadlineLike('lower case start here'), false);
  assert.equal(isNameLine('Coastline Daily'), true);
  assert.equal(isNameLine('Coastline daily news'), false);
  assert.equal(authorBoxName('About Jane Roe'), 'Jane Roe');
  assert.equal(authorBoxName('View all posts by Jane Roe →'), 'Jane Roe');
  assert.equal(authorBoxName('About 300 people were evacuated.'), null);
});

test('tail markers match section headings, not sentences', () => {
  const isTail = (l: string) => TAIL_MARKERS.some((re) => re.test(l));
  assert.equal(isTail('Related:'), true);
  assert.equal(isTail('Related stories'), true);
  assert.equal(isTail('Leave a Reply'), true);
  assert.equal(isTail('Related efforts continued through the week.'), false);
  assert.equal(isTail('Comments from residents were mixed.'), false);
});

test('line rules name the kind of boilerplate and leave prose alone', () => {
  assert.equal(ruleFor('Home | World | Business | Sport'), 'navigation');
  assert.equal(ruleFor('en | fr | de'), 'language switcher');
  assert.equal(ruleFor('Subscribe to our newsletter'), 'donation or subscription appeal');
  assert.equal(ruleFor('© 2025 Coastline Daily. All rights reserved.'), 'copyright notice');
  assert.equal(ruleFor('Share on Facebook'), 'share buttons');
  assert.equal(
    ruleFor(
      'The council said it would support the repair plan, which will cost more than the estimate agreed in spring.',
    ),
    null,
  );
  assert.equal(ruleFor('Ports | Ships'), null);
});

test('mastheads and copyright lines name the outlet', () => {
  assert.equal(masthead('AVEL GAZETTE - Serving Port Avel and the South Shore since 1887'), 'Avel Gazette');
  assert.equal(masthead('Harbour reopens - and the ferries are back'), null);
  assert.equal(
    copyrightHolder('© 2025 Avel Gazette Ltd, 12 Fore Street, Port Avel. All rights reserved.'),
    'Avel Gazette',
  );
  assert.equal(
    copyrightHolder('Copyright © 2025 NewsFlash Hub. All Rights Reserved. | Privacy Policy'),
    'NewsFlash Hub',
  );
  assert.equal(copyrightHolder('The copyright dispute went to court.'), null);
});

test('bylines lose the job title after the name', () => {
  assert.equal(bylineOf('By Megan Trewin, Education Reporter'), 'Megan Trewin');
  assert.equal(bylineOf('By Ana Ruiz and Tom Kale'), 'Ana Ruiz and Tom Kale');
});

test('declaredOriginal reads republication notes and ignores datelines', () => {
  assert.equal(
    declaredOriginal(
      'This article originally appeared on Ridgeway Tribune: Ridgeway school board approves four-day week',
    ),
    'Ridgeway Tribune',
  );
  assert.equal(
    declaredOriginal(
      'This story was originally published by the High Plains Water Desk. It is republished here with permission.',
    ),
    'High Plains Water Desk',
  );
  assert.equal(declaredOriginal('Originally published 05 / 03 / 2013 at 10:20 AM EDT'), null);
  assert.equal(declaredOriginal('This story was first reported by our partners last week.'), null);
});

test('bylines: role words before the name, credits after a separator, outlets, capitals', () => {
  assert.equal(bylineOf("By state political reporter Liam O'Connell"), "Liam O'Connell");
  assert.equal(bylineOf('Words by Isobel Fane · Photographs by Tomas Greer'), 'Isobel Fane');
  assert.equal(bylineOf('By Adaeze Nwosu and Pablo Serrat, CBN'), 'Adaeze Nwosu and Pablo Serrat');
  assert.equal(bylineOf('By Jane Roe for The Harbor Ledger'), 'Jane Roe');
  assert.equal(bylineOf('By  DANIEL OKAFOR and RUTH EKLUND'), 'Daniel Okafor and Ruth Eklund');
  assert.equal(bylineOf('by: Dana Whitlock'), 'Dana Whitlock');
});

test('credits cut from captions: labelled, agency/photographer, outlet: name, "Photograph by"', () => {
  const cut = (line: string) => {
    const span = creditSpan(line);
    return span ? line.slice(0, span[0]).trim() : line;
  };
  assert.equal(
    cut('The cafe had been a fixture on the seafront (Image: Whitcombe Bay Echo)'),
    'The cafe had been a fixture on the seafront',
  );
  assert.equal(
    cut('Residents rallied before the vote.Credit...Marisol Trent for The Ledger'),
    'Residents rallied before the vote.',
  );
  assert.equal(
    cut('People carry belongings through a flooded street. REUTERS/Arjun Mehta Purchase Licensing Rights'),
    'People carry belongings through a flooded street.',
  );
  assert.equal(
    cut('Councillors will be replaced.(Harbourline News: Maya Pereira)'),
    'Councillors will be replaced.',
  );
  assert.equal(
    cut('A cottage at dusk. Photograph by Tomas Greer for The Coastal Review'),
    'A cottage at dusk.',
  );
  // a sentence's own ending is not a credit
  assert.equal(creditSpan("She wasn't touring U.S. frat houses and/or tequila conventions."), null);
  assert.equal(creditSpan('Unemployment rose to 5% last year (Source: ONS)'), null);
});

test('line shapes: prose, short labels, timestamps, share bars, roles, names', () => {
  assert.equal(isProse('Work starts in May.'), true);
  assert.equal(isProse('At this time, we are still trying to confirm the facts. "'), true);
  assert.equal(isProse('Council Votes to Close Two Fire Stations'), false);
  assert.equal(
    isSentenceLike('The moves brought to 12 the number of Rams players on injured reserve this season'),
    true,
  );
  assert.equal(isShortLabel('U.S.'), true);
  assert.equal(isShortLabel('Real Estate'), true);
  assert.equal(isShortLabel('142'), true);
  assert.equal(isShortLabel('Indeed.'), false);
  assert.equal(isShortLabel('20-13.'), false);
  for (const t of [
    '2m ago',
    '15.41 BST',
    'Updated 9:04 p.m. ET',
    '02:14',
    '3 min read',
    'Updated at 14.30 BST',
  ])
    assert.equal(isTimestamp(t), true, t);
  assert.equal(isTimestamp('The meeting starts at 9:30.'), false);
  for (const t of ['Share', 'Share full article', '1.2K', 'Shares', 'Pin 312', 'Link Copied!']) {
    assert.equal(isShareLine(t) || isShortLabel(t), true, t);
  }
  assert.equal(isShareLine('Comments'), false, 'a comments heading ends the article instead');
  assert.equal(isRoleLine('Local Democracy Reporter'), true);
  assert.equal(isRoleLine('The reporter said the road was closed.'), false);
  assert.equal(isPersonName('Harriet Vaughn'), true);
  assert.equal(isPersonName('The Meridian Post'), false);
  assert.equal(softenCapitals('AP NEWS'), 'AP News');
  assert.equal(softenCapitals('THE WHITE HOUSE'), 'The White House');
  assert.equal(softenCapitals('KDRN'), 'KDRN');
});

test('dump rules name page furniture and leave news sentences alone', () => {
  const cases: Array<[string, string]> = [
    ['Skip to main content', 'skip link'],
    ['SKIP ADVERTISEMENT', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['We use cookies to give you the best experience on our website.', 'cookie notice'],
    ['Here’s how you know', 'government site banner'],
    ['You have a preview view of this article while we are checking your access.', 'paywall notice'],
    ['Read more: Holidaymakers stunned as beach huts sell for £90,000', 'link to another article'],
    ['Hi 63° Lo 47°', 'weather widget'],
    ['1 of 3', 'gallery counter'],
    ['Now Playing', 'media player'],
    ['FOR IMMEDIATE RELEASE', 'press release header'],
    ['Contact: Priya Raman, (555) 010-4412', 'press release header'],
    ['Do you have a story to share? Email us at tips@example.com', 'reader prompt'],
    ['Reporting from Harbor City', 'byline details'],
    ['___', 'separator'],
    ['Please enter a search term.', 'site search box'],
  ];
  for (const [line, reason] of cases) assert.equal(dumpRuleFor(line), reason, line);
  for (const line of [
    'Broadcaster NBC lost an estimated $10 million to $15 million in advertising revenue.',
    'The bakery sold 3,000 cookies at the fair, the organisers said.',
    'Related efforts by volunteers helped clear debris from the slipway.',
    'Netflix lost 200,000 subscribers.',
  ])
    assert.equal(dumpRuleFor(line), null, line);
  // the dump-only rules are not applied to extracted markup
  assert.equal(ruleFor('SKIP ADVERTISEMENT'), null);
});

test('markers: inline link lists, ends of the article, labelled teasers, footer copyright', () => {
  const inline = (l: string) => INLINE_LINK_MARKERS.some((re) => re.test(l));
  const end = (l: string) => END_MARKERS.some((re) => re.test(l)) || TAIL_MARKERS.some((re) => re.test(l));
  assert.equal(inline('READ MORE'), true);
  assert.equal(inline('Up Next'), true);
  assert.equal(inline('Related:'), true);
  assert.equal(end('###'), true);
  assert.equal(end('Most viewed'), true);
  assert.equal(end('Tags: allotments drought hosepipe ban'), true);
  assert.equal(end('12 thoughts on “Hosepipe ban comes to the Wend valley”'), true);
  assert.equal(end('Reporting by Priya Dasgupta; Editing by Martin Oyelaran'), true);
  assert.equal(end('CBN’s Tomás Ibarra contributed to this report.'), true);
  assert.equal(end('5 Thoughts on Why the Academy Picked Ellen DeGeneres As Oscar Host'), false);
  assert.equal(isLabelledTeaser('VIDEO NOW: Highway 20 overpass to close for emergency repairs'), true);
  assert.equal(isLabelledTeaser('UPDATE: The mayor said on Tuesday that the road would reopen.'), false);
  assert.equal(isFooterCopyright('© 2026 Clarion Media Ltd. All rights reserved.'), true);
  assert.equal(isFooterCopyright('© Jane Doe / Harbour Images'), false);
});

test('wordCount counts what splitting on whitespace counts', () => {
  for (const s of [
    '',
    '   ',
    'one',
    ' two  words ',
    'tab\tand\nnewline',
    'nbsp\u00a0joined\u2009thin',
    'a\u3000b\ufeffc',
  ]) {
    assert.equal(wordCount(s), s.split(/\s+/).filter(Boolean).length, JSON.stringify(s));
  }
});
