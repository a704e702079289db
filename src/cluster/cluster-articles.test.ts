import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type ClusterInput, clusterArticles } from './cluster-articles.ts';

// Two earthquakes (different countries, years, names and numbers) and one unrelated article.
const quakeA: ClusterInput[] = [
  {
    id: 'a1',
    title: 'Magnitude 7.4 earthquake kills 212 in southern Peru',
    published: '2007-08-16T08:00:00Z',
    text:
      'A magnitude 7.4 earthquake struck the coast of southern Peru on Wednesday evening, killing at least ' +
      '212 people in the port city of Pisco. President Alan Garcia declared a state of emergency in Ica ' +
      'province. Rescue teams from Lima searched collapsed churches and adobe homes through the night. ' +
      'The Geophysical Institute of Peru said the quake was centred 150 km south of Lima.',
  },
  {
    id: 'a2',
    title: 'Peru quake death toll rises to 212 as Pisco digs out',
    published: '2007-08-17T10:00:00Z',
    text:
      'Rescuers in Pisco pulled more bodies from the rubble of the San Clemente church on Thursday as the ' +
      'death toll from the 7.4 magnitude earthquake rose to 212. Alan Garcia flew to Ica and promised ' +
      'that no family would be left without shelter. Many adobe homes in Pisco collapsed. ' +
      'Aid flights from Lima landed at the Pisco airbase.',
  },
  {
    id: 'a3',
    title: 'Survivors of Peru earthquake wait for aid in Ica',
    published: '2007-08-18T09:30:00Z',
    text:
      'Survivors of the earthquake that killed 212 people in southern Peru queued for water in Ica and ' +
      'Pisco on Friday. Garcia said the government would rebuild the San Clemente church. The Geophysical ' +
      'Institute of Peru recorded more than 300 aftershocks after the 7.4 quake.',
  },
];

const quakeB: ClusterInput[] = [
  {
    id: 'b1',
    title: "Earthquake in central Italy leaves 308 dead in L'Aquila",
    published: '2009-04-06T12:00:00Z',
    text:
      'A 6.3 magnitude earthquake hit the Abruzzo region of central Italy before dawn on Monday, killing ' +
      "308 people and destroying much of the medieval centre of L'Aquila. Prime Minister Silvio " +
      'Berlusconi cancelled a trip to Moscow. The civil protection chief Guido Bertolaso said 1,500 people ' +
      "were injured and 17,000 left homeless. In the village of Onna, near L'Aquila, most houses " +
      "collapsed. The San Salvatore hospital in L'Aquila was evacuated after cracks appeared.",
  },
  {
    id: 'b2',
    title: "Italy quake toll reaches 308 as Berlusconi visits L'Aquila",
    published: '2009-04-07T15:00:00Z',
    text:
      "Silvio Berlusconi toured tent camps around L'Aquila on Tuesday as the toll from the 6.3 earthquake in " +
      "Abruzzo reached 308. Bertolaso said rescuers were still searching the student dormitory in L'Aquila. " +
      'Around 17,000 people spent the night in tents. Patients from the damaged San Salvatore hospital ' +
      'were treated in a field hospital, and the village of Onna was almost flattened.',
  },
  {
    id: 'b3',
    title: 'Funeral held for victims of Abruzzo earthquake',
    published: '2009-04-10T11:00:00Z',
    text:
      "A state funeral was held in L'Aquila on Friday for victims of the 6.3 earthquake that struck Abruzzo " +
      'on Monday, killing 308. Silvio Berlusconi and Guido Bertolaso attended the mass with thousands of ' +
      "mourners. Many of the 205 coffins came from Onna and from the student dormitory in L'Aquila. " +
      'About 17,000 people left homeless by the quake are still living in tents, and the San Salvatore ' +
      'hospital remains closed. Italy declared a day of national mourning.',
  },
];

const unrelated: ClusterInput = {
  id: 'c1',
  title: 'City council approves new cycle lanes',
  published: '2009-04-08T09:00:00Z',
  text:
    'The city council voted on Tuesday to build 40 km of protected cycle lanes by 2012. Councillor Mary ' +
    'Hughes said the plan would cut traffic near schools. Shop owners on the high street asked for ' +
    'more parking during the works.',
};

const all = [...quakeA, ...quakeB, unrelated];
const groups = (stories: ReturnType<typeof clusterArticles>) => stories.map((s) => s.articleIds);

test('articles about one event cluster together and two earthquakes stay apart', () => {
  const stories = clusterArticles(all);
  assert.deepEqual(groups(stories), [['a1', 'a2', 'a3'], ['b1', 'b2', 'b3'], ['c1']]);
  assert.deepEqual(
    stories.map((s) => s.id),
    ['story-1', 'story-2', 'story-3'],
  );
});

test('the result does not depend on input order', () => {
  const expected = clusterArticles(all);
  const reversed = clusterArticles([...all].reverse());
  const rotated = clusterArticles([...all.slice(4), ...all.slice(0, 4)]);
  const interleaved = clusterArticles([all[6], all[3], all[0], all[5], all[2], all[4], all[1]]);
  assert.deepEqual(reversed, expected);
  assert.deepEqual(rotated, expected);
  assert.deepEqual(interleaved, expected);
});

test('story ids follow the canonical order: published date, then id', () => {
  // Without dates the order is by id, so the Italian story (b…) would come after a…; with the
  // Italian articles dated earlier it becomes story-1.
  const earlier = quakeB.map((a) => ({ ...a, published: a.published?.replace('2009', '2005') }));
  const stories = clusterArticles([...quakeA, ...earlier]);
  assert.deepEqual(groups(stories), [
    ['b1', 'b2', 'b3'],
    ['a1', 'a2', 'a3'],
  ]);
  const undated = clusterArticles([...quakeA, ...quakeB].map(({ published: _, ...rest }) => rest));
  assert.deepEqual(groups(undated), [
    ['a1', 'a2', 'a3'],
    ['b1', 'b2', 'b3'],
  ]);
});

test('empty input gives no stories', () => {
  assert.deepEqual(clusterArticles([]), []);
});

test('a single article forms its own story with an empty explanation', () => {
  const [story] = clusterArticles([unrelated]);
  assert.deepEqual(story, {
    id: 'story-1',
    articleIds: ['c1'],
    explanation: [{ articleId: 'c1', score: 0, sharedTerms: [], sharedEntities: [] }],
  });
});

test('explanation lists the shared names, terms and numbers of each member', () => {
  const [peru] = clusterArticles(all);
  assert.deepEqual(
    peru.explanation.map((e) => e.articleId),
    ['a1', 'a2', 'a3'],
  );
  for (const e of peru.explanation) {
    assert.ok(e.score > 0.35, `${e.articleId} score ${e.score}`);
    assert.ok(e.sharedEntities.includes('pisco'), `${e.articleId}: ${e.sharedEntities}`);
    assert.ok(e.sharedTerms.includes('212'), `${e.articleId}: ${e.sharedTerms}`);
    assert.ok(!e.sharedEntities.includes("l'aquila"));
  }
});

test('a large date gap keeps otherwise similar articles apart', () => {
  const follow = (published: string | undefined) => ({ ...quakeA[1], id: 'a4', published });
  const storyOf = (stories: ReturnType<typeof clusterArticles>, id: string) =>
    stories.find((s) => s.articleIds.includes(id))?.articleIds;
  const near = clusterArticles([...all, follow('2007-08-19T10:00:00Z')], { maxDatePenalty: 1 });
  assert.deepEqual(storyOf(near, 'a4'), ['a1', 'a2', 'a3', 'a4']);
  const far = clusterArticles([...all, follow('2010-08-17T10:00:00Z')], { maxDatePenalty: 1 });
  assert.deepEqual(storyOf(far, 'a4'), ['a4']);
  // A missing date never costs anything.
  const undated = clusterArticles([...all, follow(undefined)], { maxDatePenalty: 1 });
  assert.deepEqual(storyOf(undated, 'a4'), ['a1', 'a2', 'a3', 'a4']);
});

test('given entity keys count as shared entities', () => {
  const a = { id: 'x1', text: 'Officials met on Monday to discuss the plan.', entities: ['org:acme-corp'] };
  const b = { id: 'x2', text: 'Officials met again on Monday about the plan.', entities: ['org:acme-corp'] };
  const [story] = clusterArticles([a, b]);
  assert.deepEqual(story.articleIds, ['x1', 'x2']);
  assert.ok(story.explanation[0].sharedEntities.includes('org:acme-corp'));
});

test('a higher threshold splits what a lower one joins', () => {
  assert.equal(clusterArticles(quakeA, { threshold: 0.2 }).length, 1);
  assert.equal(clusterArticles(quakeA, { threshold: 5 }).length, 3);
});
