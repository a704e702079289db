import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quantity } from '../annotate/quantities.ts';
import { compatibleValues, measureKey, measureLabel } from './measure.ts';

const quantity = (q: Partial<Quantity>): Quantity => ({
  start: 0,
  end: 1,
  text: '1',
  value: 1,
  sentence: 0,
  ...q,
});

test("measure keys: what happened to people, money by currency, a named person's age; labels and bare numbers have none", () => {
  assert.equal(measureKey(quantity({ value: 10, head: 'people', event: 'killed' })), 'killed:people');
  assert.equal(measureKey(quantity({ value: 12000, head: 'troop', event: 'deploy' })), 'deploy:people');
  assert.equal(measureKey(quantity({ value: 2e8, unit: '$', head: 'offer' })), 'money:offer:$');
  assert.equal(measureKey(quantity({ value: 38, unit: 'years old', thing: 'LaCalamita' })), 'age:lacalamita');
  assert.equal(measureKey(quantity({ value: 47, unit: 'years old', thing: 'man' })), 'age:man:47');
  assert.equal(measureKey(quantity({ value: 75, label: true, head: 'interstate' })), null);
  assert.equal(measureKey(quantity({ value: 38 })), null);
  // a part of a whole ("two women and one man died") is never the total's measure
  assert.equal(
    measureKey(quantity({ value: 2, head: 'woman', event: 'killed', part: true })),
    'killed:woman:part',
  );
});

test('measure labels name the counted thing and the event', () => {
  assert.equal(measureLabel('killed:people', ['people', 'people']), 'people killed');
  assert.equal(measureLabel('money:offer:$', []), 'offer ($)');
  assert.equal(measureLabel('age:lacalamita', ['LaCalamita']), 'age of LaCalamita');
});

test('a lower bound below an upper bound is compatible; plain values, or a lower bound above a plain value, are not', () => {
  assert.ok(compatibleValues({ value: 100, qualifier: 'more than' }, { value: 120, qualifier: 'up to' }));
  assert.ok(compatibleValues({ value: 120, qualifier: 'as many as' }, { value: 100, qualifier: 'at least' }));
  assert.ok(compatibleValues({ value: 5 }, { value: 5, qualifier: 'about' }));
  assert.ok(!compatibleValues({ value: 3, qualifier: 'at least' }, { value: 10 }));
  assert.ok(
    !compatibleValues({ value: 26000, qualifier: 'more than' }, { value: 31000, qualifier: 'more than' }),
  );
  assert.ok(!compatibleValues({ value: 120, qualifier: 'more than' }, { value: 100, qualifier: 'up to' }));
  assert.ok(!compatibleValues({ value: 50 }, { value: 80 }));
});

test('an approximate value covers what is within 5% of it; a count of things meets a bound of it', () => {
  assert.ok(compatibleValues({ value: 6, qualifier: 'about' }, { value: 6.1 }));
  assert.ok(compatibleValues({ value: 3100 }, { value: 3000, qualifier: 'around' }));
  assert.ok(!compatibleValues({ value: 5.9 }, { value: 6.1 }));
  assert.ok(!compatibleValues({ value: 6, qualifier: 'about' }, { value: 6.5 }));
  // a round hundred is rounded: 600 stands for 612, not for 650; 610 is not round
  assert.ok(compatibleValues({ value: 600 }, { value: 612 }));
  assert.ok(!compatibleValues({ value: 600 }, { value: 650 }));
  assert.ok(!compatibleValues({ value: 610 }, { value: 612 }));
  // a population of more than 100,000 and one of 120,000: both true; at least 3 dead and 10 dead
  // are two reports of a toll
  assert.ok(
    compatibleValues({ value: 100000, qualifier: 'more than' }, { value: 120000 }, 'count:population'),
  );
  assert.ok(compatibleValues({ value: 140, qualifier: 'up to' }, { value: 120 }, 'size:road:km'));
  assert.ok(!compatibleValues({ value: 3, qualifier: 'at least' }, { value: 10 }, 'killed:people'));
  assert.ok(
    !compatibleValues({ value: 130000, qualifier: 'more than' }, { value: 120000 }, 'count:population'),
  );
});
