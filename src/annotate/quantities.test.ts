import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDates } from './dates.ts';
import { createNlp, tokenize } from './nlp.ts';
import { findQuantities, type Quantity } from './quantities.ts';

const nlp = createNlp();
const REFERENCE = new Date('2025-03-19T12:00:00Z');

function quantitiesIn(text: string): Quantity[] {
  const { sentences, tokens } = tokenize(nlp, text, []);
  const found = findQuantities(text, sentences, tokens, findDates(text, sentences, REFERENCE));
  for (const q of found) assert.equal(text.slice(q.start, q.end), q.text, 'offsets slice to the number');
  return found;
}
const only = (text: string): Quantity => {
  const qs = quantitiesIn(text);
  assert.equal(qs.length, 1, `one quantity in: ${text}`);
  return qs[0];
};

test('a qualified count of troops sent is a deployment', () => {
  const q = only('Up to 12,000 troops were sent to the border.');
  assert.equal(q.value, 12000);
  assert.equal(q.qualifier, 'up to');
  assert.equal(q.thing, 'troops');
  assert.equal(q.head, 'troop');
  assert.equal(q.event, 'deploy');
  assert.equal(q.unit, undefined);
});

test('soldiers killed or wounded are casualties', () => {
  const q = only('More than 3,000 soldiers were killed or wounded in the fighting.');
  assert.equal(q.value, 3000);
  assert.equal(q.qualifier, 'more than');
  assert.equal(q.thing, 'soldiers');
  assert.equal(q.event, 'casualty');
});

test('ages, fractions, percentages and money carry units', () => {
  const age = only('A 64-year-old man was rescued from the rubble.');
  assert.deepEqual([age.value, age.unit, age.thing], [64, 'years old', 'man']);
  const share = only('Two-thirds of the residents were evacuated.');
  assert.deepEqual([share.value, share.unit, share.event], [0.666667, 'fraction', 'evacuate']);
  const pct = only('Turnout rose to 50% in the capital.');
  assert.deepEqual([pct.value, pct.unit], [50, '%']);
  const money = only('The repairs will cost £2 million.');
  assert.deepEqual([money.value, money.unit, money.event], [2000000, '£', 'cost']);
  const dollars = only('The firm paid $4.5 billion for the port.');
  assert.deepEqual([dollars.value, dollars.unit], [4500000000, '$']);
});

test('years, model names and durations are not quantities', () => {
  assert.deepEqual(quantitiesIn('The bridge opened in 2024.'), []);
  assert.deepEqual(quantitiesIn('The missile was a KN-23 model.'), []);
  assert.deepEqual(quantitiesIn('He served five years in the navy.'), []);
  assert.deepEqual(quantitiesIn('The 10-year serviceman was freed.'), []);
  assert.deepEqual(quantitiesIn('It was the 5th closure.'), []);
  assert.deepEqual(quantitiesIn('One of the captives escaped.'), []);
});

test('numbers inside dates are skipped but counts beside them are kept', () => {
  const qs = quantitiesIn('Three ferries sailed on 14 March and the storm closed roads on March 3, 2025.');
  assert.deepEqual(
    qs.map((q) => [q.text, q.value, q.thing]),
    [['Three', 3, 'ferries']],
  );
  const mixed = quantitiesIn('Repairs lasted two weeks and involved 40 workers.');
  assert.deepEqual(
    mixed.map((q) => q.value),
    [40],
  );
});

test('"aged 64" is an age of the person named before it', () => {
  const q = only('A man aged 64 was taken to hospital.');
  assert.equal(q.value, 64);
  assert.equal(q.unit, 'years old');
  assert.equal(q.thing, 'man');
});

test('dimensions need the thing they measure; bare ones are skipped', () => {
  const q = only('Roughly 30 metres of walkway gave way.');
  assert.equal(q.unit, 'metre');
  assert.equal(q.head, 'walkway');
  assert.equal(q.qualifier, 'roughly');
  // a bare dimension measures what the words just before it name
  const crossing = only('The crossing is 240 metres long.');
  assert.deepEqual([crossing.value, crossing.unit, crossing.head], [240, 'metre', 'crossing']);
  const speed = only('Police chased him at speeds up to 120 mph.');
  assert.deepEqual([speed.value, speed.unit, speed.head, speed.qualifier], [120, 'mph', 'speed', 'up to']);
  assert.deepEqual(quantitiesIn('It is 240 metres.'), []);
});

test('the length of a deal or a sentence is a figure; of a serviceman or a plain duration it is not', () => {
  const deal = only('The club made him an eight-year offer.');
  assert.deepEqual([deal.value, deal.unit, deal.head], [8, 'years', 'offer']);
  const contract = quantitiesIn('Rivals offered an 8-year, $160 million contract.');
  assert.deepEqual(
    contract.map((q) => [q.value, q.unit, q.head]),
    [
      [8, 'years', 'contract'],
      [160_000_000, '$', 'contract'],
    ],
  );
  assert.deepEqual(quantitiesIn('The 10-year serviceman was freed.'), []);
  assert.deepEqual(quantitiesIn('He served five years in the navy.'), []);
});

test('ages: a name, then its age between commas; "turns 29"', () => {
  const a = only('The club offered Mark Teixeira, 28, a long deal.');
  assert.deepEqual([a.value, a.unit, a.thing], [28, 'years old', 'Teixeira']);
  const b = only('Teixeira, who turns 29 in April, is a free agent.');
  assert.deepEqual([b.value, b.unit, b.thing], [29, 'years old', 'Teixeira']);
  // a count after a place and a comma is not an age
  assert.deepEqual(
    quantitiesIn('In Pisco, 212 people died.').map((q) => q.unit),
    [undefined],
  );
});

test('"the number of people injured … risen to 22" counts injured people', () => {
  const q = only('The number of people injured in the collapse had risen to 22, the ambulance service said.');
  assert.equal(q.value, 22);
  assert.equal(q.event, 'injured');
  assert.equal(q.head, 'people');
});

test('"a further eight" is an increment', () => {
  const q = only('A further eight people came forward for treatment.');
  assert.equal(q.value, 8);
  assert.equal(q.qualifier, 'a further');
});

test('deaths and injuries are different measures; a count of both is a casualty count', () => {
  assert.equal(only('Ten people were killed in the blast.').event, 'killed');
  assert.equal(only('At least 50 people were injured in the blast.').event, 'injured');
  assert.equal(only('The quake left 70 people dead or injured.').event, 'casualty');
});

test('words that are names of object properties are not event words', () => {
  const q = only('The team hired 12 constructor engineers.');
  assert.equal(q.value, 12);
  assert.equal(q.event, undefined);
  assert.equal(q.thing, 'constructor engineers');
});

test('money with an abbreviated multiplier, and a range sharing its end multiplier', () => {
  const text = 'The club offered $200MM, rivals $140-150MM and $2.5bn in all; a 5m wall stands.';
  const { sentences, tokens } = tokenize(nlp, text, []);
  assert.deepEqual(
    findQuantities(text, sentences, tokens, []).map((q) => [text.slice(q.start, q.end), q.value, q.unit]),
    [
      ['$200MM', 200e6, '$'],
      ['$140', 140e6, '$'],
      ['$2.5bn', 2.5e9, '$'],
    ],
  );
});

test('the event verb right before a count governs it, not a nearer one after', () => {
  const [q] = quantitiesIn('The storm hit the coast, killing at least 10 people and injuring many others.');
  assert.equal(q.value, 10);
  assert.equal(q.event, 'killed');
});

test("a quake's magnitude is a measure; an event word beside a bare count is marked", () => {
  for (const text of [
    'The quake had a magnitude of at least 5.9, officials said.',
    'A 5.9-magnitude quake struck the island.',
    'The tremor measured 5.9 on the Richter scale.',
    'A 5.9-magnitude quake struck, killing ten people.',
    'The U.S. Geological Survey put the quake at magnitude-5.9.',
  ]) {
    const q = quantitiesIn(text).find((x) => x.value === 5.9);
    assert.equal(q?.head, 'magnitude', text);
    assert.equal(q?.event, undefined, text);
  }
  // a number after any other hyphen is part of a name: "AK-47", "I-75"
  assert.ok(
    quantitiesIn('Police found an AK-47 near the I-75 exit.').every((q) => q.value !== 47 && q.value !== 75),
  );
  const [killed, hurt] = quantitiesIn('Ten people are killed and about 50 hurt.');
  assert.equal(hurt.value, 50);
  assert.equal(hurt.event, 'injured');
  assert.equal(hurt.eventBeside, true);
  assert.equal(killed.head, 'people');
  const [far] = quantitiesIn('The 12 men were flown to the coast, where the hospital treated them.');
  assert.notEqual(far.eventBeside, true, 'an event word further on is not beside the count');
});

test('"one victim died" is a count; in "two of the three victims died" three is the whole', () => {
  const [one] = quantitiesIn('One victim died in the attack on Monday.');
  assert.deepEqual([one?.value, one?.head, one?.event], [1, 'victim', 'killed']);
  assert.equal(quantitiesIn('One of the captives asked for asylum.').length, 0);
  const counts = quantitiesIn('Reports said two of the three victims died.');
  assert.deepEqual(
    counts.map((q) => [q.value, q.head, q.event]),
    [[2, 'victim', 'killed']],
  );
});

test('a count followed by its own verb is counted by that verb, not by a nearer event word', () => {
  const qs = quantitiesIn('Three people were killed and 14 people were injured when the footbridge fell.');
  assert.deepEqual(
    qs.map((q) => [q.value, q.event]),
    [
      [3, 'killed'],
      [14, 'injured'],
    ],
  );
});

test('a number that names or describes is stated but marked a label, not a count', () => {
  const qs = quantitiesIn(
    'He was stopped on Interstate 75 at 10 a.m. with a 12-gauge shotgun and three shells.',
  );
  assert.deepEqual(
    qs.map((q) => [q.text, q.value, q.label ?? false]),
    [
      ['75', 75, true],
      ['10', 10, true],
      ['12', 12, true],
      ['three', 3, false],
    ],
  );
  assert.equal(
    only('In Springfield 10 people were hurt.').label,
    undefined,
    'a plural noun after it is counted',
  );
});

test('an amount written with a spaced decimal point ("$37. 5 million") is one amount', () => {
  const qs = quantitiesIn('The club paid $37. 5 million for him and $2 million for the other.');
  assert.deepEqual(
    qs.map((q) => [q.text, q.value, q.unit]),
    [
      ['$37. 5 million', 37.5e6, '$'],
      ['$2 million', 2e6, '$'],
    ],
  );
});

test("each count takes its own event word; a word beside one count is not another count's", () => {
  const [villages, killed, wounded] = quantitiesIn(
    'The quake flattened seven villages in the area, killing 10 persons and wounding other 70.',
  );
  assert.deepEqual([villages.value, villages.event], [7, undefined]);
  assert.deepEqual([killed.value, killed.event, killed.eventBeside], [10, 'killed', true]);
  assert.deepEqual([wounded.value, wounded.event, wounded.eventBeside], [70, 'injured', true]);
  const [men] = quantitiesIn('A receptionist died and two men underwent surgery for gunshot wounds.');
  assert.deepEqual([men.value, men.event], [2, 'injured'], 'the clause before "and" is another subject\'s');
  assert.equal(only('A gunman shot three people.').event, 'shot');
  assert.equal(only('The buckshot held nine pellets in each shot.').event, undefined);
});

test('how many live in a place is a population, not a count of what happened to them', () => {
  for (const text of [
    'Helicopters moved the injured to Bandar Abbas, a city of 500,000.',
    'The quake struck Qeshm island, home to 120,000 people, and injured 80.',
    'The island, which has about 200,000 residents, was hit hard.',
  ]) {
    const q = quantitiesIn(text).find((x) => x.value >= 100000);
    assert.equal(q?.head, 'population', text);
    assert.equal(q?.event, undefined, text);
  }
  const evacuated = only('About 2,000 residents were evacuated.');
  assert.deepEqual([evacuated.head, evacuated.event], ['resident', 'evacuate']);
});

test('ages after "ages", and a name\'s age at the end of a sentence', () => {
  const qs = quantitiesIn('Two men, ages 47 and 48, were shot. He shot Riva, 47, and Steinberg, 48.');
  assert.deepEqual(
    qs.filter((q) => q.unit === 'years old').map((q) => [q.value, q.thing ?? null]),
    [
      [47, null],
      [48, null],
      [47, 'Riva'],
      [48, 'Steinberg'],
    ],
  );
  const [berths] = quantitiesIn('The port will close three berths next week.');
  assert.equal(berths.thing, 'berths', 'the counted thing ends before "next week"');
  assert.equal(quantitiesIn('The shooting follows two last week.')[0]?.head, undefined);
});

test('scores, model numbers and lost games are no counts of people', () => {
  const [score] = quantitiesIn('The Lions lost 66-0 to the Colts.');
  assert.equal(score.label, true, 'the first number of a score is a label');
  const [rifles, model] = quantitiesIn('Police seized three AK 47 rifles.');
  assert.deepEqual([rifles.value, rifles.thing, rifles.head], [3, 'AK 47 rifles', 'rifle']);
  assert.equal(model.label, true);
  assert.equal(only('The Raiders lost nine straight games.').event, undefined);
  assert.equal(only('The unit had lost about 4,000 soldiers.').event, 'casualty');
});

test('a count right after a weekday is counted, not read as the day of the month', () => {
  const q = only('On Saturday 10 people were hurt in the blast.');
  assert.deepEqual([q.value, q.thing, q.event], [10, 'people', 'injured']);
});

test('sums in other dollars keep their country; a sum in parentheses after another is it converted', () => {
  const [aud, cad, usd] = quantitiesIn('They paid A$1.5 million, C$2 million and US$3 million.');
  assert.deepEqual(
    [aud, cad, usd].map((q) => [q.value, q.unit]),
    [
      [1.5e6, 'A$'],
      [2e6, 'C$'],
      [3e6, '$'],
    ],
  );
  const [sum, converted] = quantitiesIn('Damage was estimated at $US1 million ($1.52 million), police said.');
  assert.deepEqual([sum.value, sum.unit, sum.label], [1e6, '$', undefined]);
  assert.deepEqual([converted.value, converted.label], [1.52e6, true]);
  const [fee, bonus] = quantitiesIn('The club paid $5 million (and $2 million in bonuses).');
  assert.ok(!fee.label && !bonus.label, 'a second sum is no conversion');
});

test('an event word before a relative clause is not the event of a count inside it', () => {
  const q = only('She mourned the death of her granddaughter, who had four children.');
  assert.deepEqual([q.value, q.thing, q.event], [4, 'children', undefined]);
  assert.equal(only('The quake, which killed 10 people, hit on Sunday.').event, 'killed');
});

test('counts joined by "and" are parts of one whole and share their event', () => {
  const [women, man] = quantitiesIn('Police said two women and one man died at the bank.');
  assert.deepEqual([women.value, women.event, women.part], [2, 'killed', true]);
  assert.deepEqual([man.value, man.event, man.part], [1, 'killed', true]);
  const [dead, hurt] = quantitiesIn('The quake killed 10 people and injured 80.');
  assert.ok(!dead.part && !hurt.part, 'two events, no parts');
});

test('a number after a capitalised noun inside a sentence names something ("Week 15")', () => {
  const [week] = quantitiesIn("He was hurt in the team's Week 15 loss at Chicago.");
  assert.equal(week.label, true);
  assert.ok(!only('Police said 10 people were hurt.').label);
});

test('the ends of a range: the first takes the unit and event of the second; a change is no range', () => {
  const [low, high] = quantitiesIn('The worst hit villages sustained between 40 and 80 percent damage.');
  assert.deepEqual([low.value, low.unit, low.range, low.head], [40, '%', 'low', 'damage']);
  assert.deepEqual([high.value, high.unit, high.range], [80, '%', 'high']);
  const [a, b] = quantitiesIn('Officials said 40 percent to 70 percent of the buildings were destroyed.');
  assert.deepEqual([a.range, a.head, b.range], ['low', 'building', 'high']);
  const [m1, m2] = quantitiesIn('The Orioles offered between $140 and $150 million over seven years.');
  assert.deepEqual([m1.value, m1.unit, m2.value], [140_000_000, '$', 150_000_000]);
  const change = quantitiesIn('The death toll rose from 10 to 12 on Monday.');
  assert.ok(change.every((q) => !q.range));
  const two = quantitiesIn('Police arrested 12 men and 40 women.');
  assert.ok(
    two.every((q) => !q.range),
    '"12 men and 40 women" are two counts',
  );
});
