import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datelineDate } from './dateline.ts';

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
