import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as chrono from 'chrono-node';
import { datelineDate, datelineParser, isDateLike, RELATIVE_PARSERS } from './dateline.ts';

test('a line that is only a date, maybe with a time and page furniture, is a dateline', () => {
  assert.equal(datelineDate('14 October 2025, 6.40pm'), '2025-10-14T18:40');
  assert.equal(datelineDate('October 15, 2025 | 3 min read | 0 Comments'), '2025-10-15');
  assert.equal(datelineDate('Published: 3 March 2024'), '2024-03-03');
  assert.equal(datelineDate('2025-01-11'), '2025-01-11');
});

test('sentences, headlines and partial dates are not datelines', () => {
  assert.equal(datelineDate('The bridge was opened on 14 October 1968 by the mayor.'), null);
  assert.equal(datelineDate('Flood defences to be finished by 2027'), null);
  assert.equal(datelineDate('October 2025'), null);
  assert.equal(datelineDate('Harbour reopens'), null);
});

test('datelines with labels, clock times, time zones and spaced-out numbers', () => {
  assert.equal(datelineDate('Updated 4 / 9 / 2007 6:04 PM'), '2007-04-09T18:04');
  assert.equal(datelineDate('POSTED: 1052 GMT (1852 HKT), April 10, 2007'), '2007-04-10');
  assert.equal(
    datelineDate('on April 30, 2008 at 4:31 AM, updated April 30, 2008 at 8:33 AM'),
    '2008-04-30T04:31',
  );
  assert.equal(datelineDate('Police said on April 30, 2008 that the suspect was armed.'), null);
});

test('a stated time keeps its clock and gains the offset of its named zone', () => {
  assert.equal(datelineDate('Updated 4:17 PM EDT, April 9, 2026'), '2026-04-09T16:17-04:00');
  assert.equal(datelineDate('Published: 09:05 BST, 13 May 2026'), '2026-05-13T09:05+01:00');
  assert.equal(datelineDate('Sat 18 Jul 2026 15.41 BST'), '2026-07-18T15:41+01:00');
  assert.equal(datelineDate('Posted: Mar 3, 2026 / 10:14 AM CST'), '2026-03-03T10:14-06:00');
});

test('datelines with two stamps, glued labels, ordinals and release labels', () => {
  assert.equal(
    datelineDate('Posted at 6:12 PM, Jun 02, 2026 and last updated 8:40 PM, Jun 02, 2026'),
    '2026-06-02T18:12',
  );
  assert.equal(datelineDate('14:20, 3 Jun 2026Updated 15:02, 3 Jun 2026'), '2026-06-03T14:20');
  assert.equal(datelineDate('December 15th, 2008, 7:35 am'), '2008-12-15T07:35');
  assert.equal(datelineDate('FOR IMMEDIATE RELEASE July 13, 2009'), '2009-07-13');
  assert.equal(datelineDate('Originally published 05 / 03 / 2013 at 10:20 AM EDT'), '2013-05-03T10:20-04:00');
});

test('isDateLike: date and time stamps that do not parse, but not sentences', () => {
  assert.equal(isDateLike('Mumbai, Nov 11 -'), true);
  assert.equal(isDateLike('POSTED: 04 / 02 / 07, 9:00 PM PDT |'), true);
  assert.equal(isDateLike('Found March 08, 2013'), true);
  assert.equal(isDateLike('He died on Nov 11.'), false);
  assert.equal(isDateLike('Flood defences to be finished by 2027'), false);
  assert.equal(isDateLike('Council approves budget for 2026'), false);
});

test('the dateline parser leaves out chrono’s relative-time parsers (and only those)', () => {
  const all = chrono.en.configuration.createCasualConfiguration().parsers.length;
  const kept = datelineParser.parse('3 days ago').length;
  assert.equal(kept, 0, 'no relative times');
  // four parsers are dropped: a renamed chrono class would silently keep them, so count them
  const dropped = chrono.en.configuration
    .createCasualConfiguration()
    .parsers.filter((p) => RELATIVE_PARSERS.test(p.constructor.name)).length;
  assert.equal(dropped, 4);
  assert.ok(all > dropped);
  assert.equal(datelineDate('November 19, 2019, 07:47 PM EST'), '2019-11-19T19:47-05:00');
});
