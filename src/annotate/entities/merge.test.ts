import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityType } from './mentions.ts';
import { type ArticleMention, acronymOf, mergeEntities, spelledAlike } from './merge.ts';

let offset = 0;
const m = (
  articleId: string,
  name: string,
  type: EntityType,
  extra: Partial<ArticleMention> = {},
): ArticleMention => {
  offset += 10;
  return { articleId, name, type, start: offset, end: offset + name.length, ...extra };
};
const entityNamed = (r: ReturnType<typeof mergeEntities>, name: string) =>
  r.entities.find((e) => e.name === name);

test('a surname alone merges into the only person carrying it', () => {
  const r = mergeEntities([m('a', 'Ana Ruiz', 'person'), m('a', 'Ruiz', 'other'), m('b', 'Ruiz', 'other')]);
  assert.equal(r.entities.length, 1);
  assert.deepEqual(r.entities[0], {
    name: 'Ana Ruiz',
    type: 'person',
    aliases: ['Ruiz'],
    articleIds: ['a', 'b'],
    mentions: 3,
  });
  assert.equal(r.canonical.get('ruiz'), 'Ana Ruiz');
});

test('a surname shared by two people stays ambiguous', () => {
  const r = mergeEntities([
    m('a', 'Ana Ruiz', 'person'),
    m('c', 'Paulo Ruiz', 'person'),
    m('c', 'Ruiz', 'other'),
  ]);
  assert.equal(r.canonical.get('ruiz'), 'Ruiz');
  assert.equal(r.canonical.get('ana ruiz'), 'Ana Ruiz');
  assert.equal(r.canonical.get('paulo ruiz'), 'Paulo Ruiz');
  assert.deepEqual(entityNamed(r, 'Ana Ruiz')?.aliases, []);
  assert.deepEqual(entityNamed(r, 'Paulo Ruiz')?.aliases, []);
});

test('an organisation name prefix merges into the full name', () => {
  const r = mergeEntities([m('a', 'Norvik News Agency', 'organization'), m('b', 'Norvik', 'other')]);
  assert.equal(r.canonical.get('norvik'), 'Norvik News Agency');
  assert.deepEqual(entityNamed(r, 'Norvik News Agency')?.articleIds, ['a', 'b']);
  // a prefix followed by non-organisation words is a different name
  const other = mergeEntities([m('a', 'Norvik Valley Farms', 'organization'), m('b', 'Norvik', 'other')]);
  assert.equal(other.canonical.get('norvik'), 'Norvik');
});

test('place variants share their base name and prefer a form with a place word', () => {
  const r = mergeEntities([
    m('a', 'Tarsk Oblast', 'place'),
    m('b', 'Tarsk region', 'place'),
    m('b', 'Tarsk', 'other'),
    m('c', 'Tarsk Oblast', 'place'),
  ]);
  assert.equal(r.entities.length, 1);
  assert.equal(r.entities[0].name, 'Tarsk Oblast');
  assert.equal(r.entities[0].type, 'place');
  assert.deepEqual(new Set(r.entities[0].aliases), new Set(['Tarsk region', 'Tarsk']));
  assert.deepEqual(r.entities[0].articleIds, ['a', 'b', 'c']);
});

test('a possessive organisation merges with its "X of Country" form', () => {
  const r = mergeEntities([
    m('a', 'Security Service of Chile', 'organization'),
    m('b', 'Security Service', 'organization', { possessor: 'Chile' }),
    m('b', 'Chile', 'place'),
  ]);
  const svc = entityNamed(r, 'Security Service of Chile');
  assert.ok(svc);
  assert.ok(svc.aliases.includes("Chile's Security Service"));
  assert.deepEqual(svc.articleIds, ['a', 'b']);
  assert.equal(r.canonical.get('security service'), 'Security Service of Chile');
  assert.equal(r.canonical.get('chile'), 'Chile', 'the country itself stays separate');
});

test('unrelated names stay apart and entities are ordered by article count', () => {
  const r = mergeEntities([
    m('a', 'Luis Ortega', 'person'),
    m('a', 'Kyiv', 'place'),
    m('b', 'Kyiv', 'place'),
  ]);
  assert.deepEqual(
    r.entities.map((e) => [e.name, e.articleIds.length]),
    [
      ['Kyiv', 2],
      ['Luis Ortega', 1],
    ],
  );
});

test('one person written with a rank, a middle initial or "III" is one entity, named without the rank', () => {
  const r = mergeEntities([
    m('a', 'Lt. Gerry Scherlinck', 'person'),
    m('b', 'Troy Police Lt. Gerry Scherlinck', 'organization'),
    m('c', 'Gerry Scherlinck', 'person'),
    m('c', 'Scherlinck', 'other'),
    m('a', 'Robert J. Pickell', 'person'),
    m('c', 'Robert J. Pickell', 'person'),
    m('b', 'Robert J Pickell', 'person'),
    m('c', 'Robert Pickell', 'person'),
    m('c', 'Pickell', 'other'),
    m('a', 'Anthony Carrow III', 'person'),
    m('b', 'Anthony Carrow', 'person'),
    m('b', 'Carrow', 'other'),
  ]);
  const names = r.entities.map((e) => [e.name, [...e.aliases].sort()]);
  assert.deepEqual(names.sort(), [
    ['Anthony Carrow III', ['Anthony Carrow', 'Carrow']],
    ['Gerry Scherlinck', ['Lt. Gerry Scherlinck', 'Scherlinck', 'Troy Police Lt. Gerry Scherlinck']],
    ['Robert J. Pickell', ['Pickell', 'Robert J Pickell', 'Robert Pickell']],
  ]);
});

test('different people who share a surname, or a first name and a surname, stay apart', () => {
  const r = mergeEntities([
    m('a', 'Robert J. Pickell', 'person'),
    m('b', 'Robert K. Pickell', 'person'),
    m('a', 'Ana Pickell', 'person'),
    m('a', 'Lt. Ana Ruiz', 'person'),
    m('b', 'Ana Ruiz Moreno', 'person'),
  ]);
  assert.equal(r.entities.length, 5);
  assert.ok(entityNamed(r, 'Ana Pickell'));
  assert.ok(entityNamed(r, 'Ana Ruiz Moreno'));
});

test('acronyms: initials of the words, all the letters of an all-capital word', () => {
  assert.equal(acronymOf('United States Geological Survey'), 'USGS');
  assert.equal(acronymOf('US Geological Survey'), 'USGS');
  assert.equal(acronymOf('U. S. Geological Survey'), 'USGS');
  assert.equal(acronymOf('USGS'), 'USGS');
  assert.equal(acronymOf('Bank of the North'), 'BN');
  assert.equal(acronymOf('Qeshm'), undefined);
  assert.equal(acronymOf('Port of lower Alder'), undefined);
});

test('an acronym of three letters or more merges with its spelled-out forms; two letters do not', () => {
  const r = mergeEntities([
    m('a', 'United Arab Emirates', 'place'),
    m('b', 'UAE', 'organization'),
    m('a', 'United States Geological Survey', 'organization'),
    m('b', 'US Geological Survey', 'organization'),
    m('c', 'USGS', 'organization'),
    m('c', 'Norvik Radio', 'organization'),
    m('c', 'NR', 'organization'),
  ]);
  const names = r.entities.map((e) => [e.name, [...e.aliases].sort()]).sort();
  assert.deepEqual(names, [
    ['NR', []],
    ['Norvik Radio', []],
    ['United Arab Emirates', ['UAE']],
    ['United States Geological Survey', ['US Geological Survey', 'USGS']],
  ]);
});

test('a place name before a name: "New York Yankees" ⊃ "Yankees", "Boston Red Sox" ⊃ "Red Sox"', () => {
  const r = mergeEntities([
    m('a', 'New York Yankees', 'place'),
    m('b', 'Yankees', 'other'),
    m('b', 'Boston Red Sox', 'organization'),
    m('c', 'Red Sox', 'organization'),
    m('c', 'Sox', 'other'),
    m('c', 'Harbour Yankees', 'organization'),
  ]);
  const names = r.entities.map((e) => [e.name, [...e.aliases].sort()]).sort();
  assert.deepEqual(names, [
    ['Boston Red Sox', ['Red Sox']],
    ['Harbour Yankees', []],
    ['New York Yankees', ['Yankees']],
    ['Sox', []],
  ]);
});

test('a father and a son with one name ("Mark Felt Sr", "Mark Felt Jr") are not merged by the suffix', () => {
  const r = mergeEntities([
    m('a', 'W. Mark Felt Sr', 'person'),
    m('a', 'W. Mark Felt', 'person'),
    m('b', 'Mark Felt Jr', 'person'),
    m('b', 'Mark Felt', 'person'),
  ]);
  assert.equal(r.entities.length, 4);
  // without the other generation, the suffix is dropped as before
  const one = mergeEntities([m('a', 'Anthony Carrow III', 'person'), m('b', 'Anthony Carrow', 'person')]);
  assert.equal(one.entities.length, 1);
});

test('one name spelled two ways is one entity; a different last letter or a short word is not', () => {
  const w = (x: string) => x.toLowerCase().split(' ');
  assert.ok(spelledAlike(w('Heidar Alishvandi'), w('Heydar Alishbandi')));
  assert.ok(spelledAlike(w('Hormozgan'), w('Hormouzgan')));
  assert.ok(spelledAlike(w('Gordon Advisors'), w('Gordon Advisers')));
  assert.ok(!spelledAlike(w('Mario Rossi'), w('Maria Rossi')), 'the last letter changes the name');
  assert.ok(!spelledAlike(w('John Smith'), w('Joan Smith')), 'too short to tell');
  assert.ok(!spelledAlike(w('Paek'), w('Baek')));
  assert.ok(!spelledAlike(w('Gordon Advisors'), w('Gordon Advisors Inc')));
  const r = mergeEntities([
    m('a', 'Heidar Alishvandi', 'person'),
    m('b', 'Heydar Alishbandi', 'person'),
    m('b', 'Heydar Alishbandi', 'person'),
    m('c', 'Maria Rossi', 'person'),
    m('c', 'Mario Rossi', 'person'),
  ]);
  const heidar = entityNamed(r, 'Heydar Alishbandi');
  assert.deepEqual(heidar?.aliases, ['Heidar Alishvandi']);
  assert.deepEqual(heidar?.articleIds, ['a', 'b']);
  assert.ok(entityNamed(r, 'Maria Rossi') && entityNamed(r, 'Mario Rossi'));
});
