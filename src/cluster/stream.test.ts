import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quakeA, quakeB, unrelated } from './fixtures.ts';
import { type ClusterInput, canonicalOrder, DAY_MS, datePenaltyForGap, SCORE_DEFAULTS } from './profile.ts';
import { createStreamClusterer, hashKey, profileArticle, type StreamOptions } from './stream.ts';

const all = [...quakeA, ...quakeB, unrelated];

function stream(items: ClusterInput[], options?: StreamOptions) {
  const c = createStreamClusterer(options);
  return { clusterer: c, results: items.map((a) => c.add(a)) };
}
const storyOf = (results: ReturnType<typeof stream>['results']) =>
  Object.fromEntries(results.map((r) => [r.articleId, r.storyId]));

test('articles about one event join one story, two earthquakes stay apart', () => {
  const { results } = stream(canonicalOrder(all));
  assert.deepEqual(storyOf(results), {
    a1: 'story-1',
    a2: 'story-1',
    a3: 'story-1',
    b1: 'story-2',
    b2: 'story-2',
    c1: 'story-3',
    b3: 'story-2',
  });
  assert.deepEqual(
    results.map((r) => r.isNew),
    [true, false, false, true, false, true, false],
  );
});

test('each assignment says why: score, its parts, shared terms and entities', () => {
  const { results } = stream(quakeA);
  const [first, second] = results;
  assert.equal(first.score, 0);
  assert.deepEqual(first.sharedTerms, []);
  assert.equal(first.candidates, 0);
  assert.ok(second.score >= SCORE_DEFAULTS.threshold, `score ${second.score}`);
  assert.ok(second.parts);
  const { terms, names, numbers, datePenalty } = second.parts;
  const combined =
    terms + SCORE_DEFAULTS.nameWeight * names + SCORE_DEFAULTS.numberWeight * numbers - datePenalty;
  assert.ok(Math.abs(combined - second.score) < 0.002, `${combined} vs ${second.score}`);
  assert.ok(second.sharedEntities.includes('pisco'), `${second.sharedEntities}`);
  assert.ok(second.sharedTerms.includes('212'), `${second.sharedTerms}`);
  assert.ok(second.sharedTerms.includes('earthquak'), `${second.sharedTerms}`);
  assert.ok(second.sharedTerms.length <= 2 * SCORE_DEFAULTS.explainTop);
});

test('an article starting a story names the nearest candidate it did not join', () => {
  const { results } = stream([quakeA[0], quakeA[1]], { threshold: 5 });
  assert.equal(results[1].isNew, true);
  assert.equal(results[1].nearest?.storyId, 'story-1');
  assert.ok((results[1].nearest?.score ?? 5) < 5);
  assert.deepEqual(results[1].sharedTerms, []);
});

test('a text and its profile are assigned alike; runs are deterministic', () => {
  const order = canonicalOrder(all);
  const fromText = stream(order).results;
  const c = createStreamClusterer();
  const fromProfiles = order.map((a) => c.add(profileArticle(a)));
  assert.deepEqual(fromProfiles, fromText);
  assert.deepEqual(stream(order).results, fromText);
  assert.deepEqual([...c.assignments()], [0, 0, 0, 1, 1, 2, 1]);
});

test('the date penalty grows with the gap to the story span', () => {
  const later = (days: number) => ({
    ...quakeA[1],
    id: `late-${days}`,
    published: new Date(Date.parse(quakeA[0].published ?? '') + days * DAY_MS).toISOString(),
  });
  for (const days of [1, 10, 20]) {
    const { results } = stream([quakeA[0], later(days)]);
    const penalty = results[1].parts?.datePenalty ?? results[1].nearest?.score;
    assert.equal(penalty, Math.round(datePenaltyForGap(days, SCORE_DEFAULTS) * 1000) / 1000, `${days} days`);
  }
});

test('dates written in the text stand in for the publication date', () => {
  const text = (lead: string) => `${lead} ${quakeA[1].text}`;
  const undated = { ...quakeA[1], id: 'u', published: undefined };
  const opts = { maxDatePenalty: 1 };
  const far = stream([quakeA[0], { ...undated, text: text('On March 3, 2011,') }], opts).results[1];
  assert.equal(far.storyId, 'story-2');
  const near = stream([quakeA[0], { ...undated, text: text('On August 16, 2007,') }], opts).results[1];
  assert.equal(near.storyId, 'story-1');
  assert.equal(near.parts?.datePenalty, 0);
  // a follow-up weeks later (inside the window) that names the quake's day costs nothing
  const followUp = {
    ...quakeA[1],
    id: 'f',
    published: '2007-09-10T10:00:00Z',
    text: text('Since August 15, 2007,'),
  };
  const joined = stream([quakeA[0], followUp], opts).results[1];
  assert.equal(joined.storyId, 'story-1');
  assert.equal(joined.parts?.datePenalty, 0);
  const without = stream([quakeA[0], { ...followUp, text: quakeA[1].text }], opts).results[1];
  assert.equal(without.storyId, 'story-2');
});

test('stories not updated within the window leave the index', () => {
  const copy = (id: string, published: string) => ({ ...quakeA[0], id, published });
  const articles = [
    copy('p1', '2007-08-15T08:00:00Z'),
    copy('p2', '2007-08-16T08:00:00Z'),
    // moves the clock: the window (10 days) has passed for the first story
    { ...unrelated, published: '2007-09-20T08:00:00Z' },
    copy('p3', '2007-09-21T08:00:00Z'),
  ];
  const short = stream(articles, { windowDays: 10 });
  assert.deepEqual(
    short.results.map((r) => r.storyId),
    ['story-1', 'story-1', 'story-2', 'story-3'],
  );
  assert.equal(short.clusterer.stats().activeStories, 2);
  const long = stream(articles, { windowDays: 60 });
  assert.deepEqual(
    long.results.map((r) => r.storyId),
    ['story-1', 'story-1', 'story-2', 'story-1'],
  );
  assert.equal(long.clusterer.stats().activeStories, 2);
});

test('undated articles never expire a story by themselves and cost no date penalty', () => {
  const undated = all.map(({ published: _, ...rest }) => rest);
  const { results, clusterer } = stream(undated, { windowDays: 1 });
  assert.equal(new Set(results.map((r) => r.storyId)).size, 3);
  assert.ok(results.every((r) => (r.parts?.datePenalty ?? 0) === 0));
  assert.equal(clusterer.stats().activeStories, 3);
});

test('story centroids keep at most their caps; memory does not grow with a story', () => {
  const options = { centroidTerms: 12, centroidNames: 4, centroidNumbers: 2 };
  const c = createStreamClusterer(options);
  const sizes: number[] = [];
  for (let i = 0; i < 40; i++) {
    const a = quakeA[i % 3];
    c.add({ ...a, id: `${a.id}-${i}` });
    sizes.push(c.stats().centroidEntries);
  }
  const s = c.stats();
  assert.equal(s.stories, 1);
  assert.ok(s.centroidEntries <= 18, `${s.centroidEntries}`);
  assert.equal(sizes[39], sizes[10]);
  assert.ok(s.indexBytes > 0);
  assert.equal(s.articles, 40);
  assert.equal(c.assignments().length, 40);
});

test('given entity keys count as shared entities', () => {
  const a = { id: 'x1', text: 'Officials met on Monday to discuss the plan.', entities: ['org:acme-corp'] };
  const b = { id: 'x2', text: 'Officials met again on Monday about the plan.', entities: ['org:acme-corp'] };
  const { results } = stream([a, b]);
  assert.equal(results[1].storyId, 'story-1');
  assert.ok(results[1].sharedEntities.includes('org:acme-corp'));
});

test('a higher threshold splits what a lower one joins', () => {
  const joined = stream(quakeA, { threshold: 0.2 }).results;
  assert.equal(new Set(joined.map((r) => r.storyId)).size, 1);
  const split = stream(quakeA, { threshold: 5 }).results;
  assert.equal(new Set(split.map((r) => r.storyId)).size, 3);
});

test('keys hash to nonzero 32-bit ids, apart by kind', () => {
  const ids = ['earthquake', 'pisco', '212', ''].map((k) => hashKey(k, 1));
  for (const id of ids) assert.ok(id !== 0 && Number.isInteger(id) && id === (id | 0));
  assert.equal(new Set(ids).size, 4);
  assert.notEqual(hashKey('pisco', 1), hashKey('pisco', 2));
  assert.equal(hashKey('pisco', 1), hashKey('pisco', 1));
});

test('profiles keep the key behind each id for explanations', () => {
  const p = profileArticle(quakeA[0]);
  assert.equal(p.terms.ids.length, p.terms.labels.length);
  for (let i = 1; i < p.terms.ids.length; i++) assert.ok(p.terms.ids[i - 1] < p.terms.ids[i]);
  assert.ok(p.names.labels.includes('pisco'));
  assert.ok(p.numbers.labels.includes('212'));
  assert.equal(p.time, Date.parse(quakeA[0].published ?? ''));
});

test('over a long stream, stories leave the index and memory stays with the window', () => {
  // 300 stories, one starting each day, six articles each over two days; each story has its own
  // names, places, words and numbers
  const words = (i: number, n: number) => Array.from({ length: n }, (_, k) => `w${i}x${k}`).join(' ');
  const articles: ClusterInput[] = [];
  for (let i = 0; i < 300; i++) {
    for (let k = 0; k < 6; k++) {
      articles.push({
        id: `s${i}-a${k}`,
        published: new Date(Date.UTC(2026, 0, 1) + (i + k / 3) * DAY_MS).toISOString(),
        text:
          `Officials in Placa${i} said that Namo${i} and Kelu${i} met on the ${words(i, 3)} of ${1000 + i}. ` +
          `Reports from Placa${i} named Namo${i} again, and ${words(i, 6)} followed, with ${2000 + i} people.`,
      });
    }
  }
  const c = createStreamClusterer({ windowDays: 10 });
  const results = articles.map((a) => c.add(a));
  for (let i = 0; i < 300; i++) {
    const ids = new Set(results.slice(6 * i, 6 * i + 6).map((r) => r.storyId));
    assert.deepEqual([...ids], [`story-${i + 1}`], `story ${i}`);
  }
  const s = c.stats();
  assert.equal(s.stories, 300);
  assert.ok(s.activeStories <= 14, `${s.activeStories} active`);
  // the index holds the keys of the active stories only: about 30 a story
  assert.ok(s.indexKeys < 14 * 40, `${s.indexKeys} index keys`);
  assert.equal(c.assignments().length, 1800);
});
