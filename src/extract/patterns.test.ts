import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  authorBoxName,
  bylineOf,
  copyrightHolder,
  creditSpan,
  declaredOriginal,
  isCaptionLine,
  isHeadlineLike,
  isNameLine,
  LINE_RULES,
  masthead,
  TAIL_MARKERS,
} from './patterns.ts';

const ruleFor = (line: string) => LINE_RULES.find((r) => r.test(line))?.reason ?? null;

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
