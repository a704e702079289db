import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clusterArticles } from './cluster-articles.ts';
import { quakeA, quakeB, unrelated } from './fixtures.ts';
import type { ClusterInput } from './profile.ts';

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
  // A missing date, with no date in the text, never costs anything.
  const undated = clusterArticles([...all, follow(undefined)], { maxDatePenalty: 1 });
  assert.deepEqual(storyOf(undated, 'a4'), ['a1', 'a2', 'a3', 'a4']);
});

test('dates written in the text stand in for the publication date', () => {
  const storyOf = (extra: ClusterInput) =>
    clusterArticles([...all, extra], { maxDatePenalty: 1 }).find((s) => s.articleIds.includes(extra.id))
      ?.articleIds;
  const text = (lead: string) => `${lead} ${quakeA[1].text}`;
  // a follow-up three years on that names the month of the quake stays with it
  const followUp = { ...quakeA[1], id: 'a4', published: '2010-08-17T10:00:00Z' };
  assert.deepEqual(storyOf({ ...followUp, text: text('Three years after the August 2007 quake,') }), [
    'a1',
    'a2',
    'a3',
    'a4',
  ]);
  // an undated article whose only date is years away is another event
  const undated = { ...quakeA[1], id: 'a5', published: undefined };
  assert.deepEqual(storyOf({ ...undated, text: text('On March 3, 2011,') }), ['a5']);
  assert.deepEqual(storyOf({ ...undated, text: text('On August 15, 2007,') }), ['a1', 'a2', 'a3', 'a5']);
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

test('a small story close to a larger one is its fragment and joins it', () => {
  // the same quake told from the capital: it shares the quake, not the rescue in Pisco
  const lima: ClusterInput[] = [
    {
      id: 'l1',
      title: 'Miraflores office towers evacuated as tremor shakes Lima',
      published: '2007-08-16T09:00:00Z',
      text:
        'Office towers in the Miraflores district of Lima swayed for two minutes on Wednesday evening as the ' +
        'tremor from the 7.4 earthquake in southern Peru reached the capital. Workers evacuated the towers and waited in ' +
        'the streets of Miraflores while the metro stopped.',
    },
    {
      id: 'l2',
      title: 'Lima workers wait in Miraflores streets after tremor',
      published: '2007-08-16T11:00:00Z',
      text:
        'Thousands of workers waited in the streets of Miraflores after office towers in Lima were ' +
        'evacuated during the tremor from the 7.4 earthquake in southern Peru. The metro stopped and traffic on the ' +
        'Miraflores seafront came to a halt.',
    },
  ];
  const storyOf = (stories: ReturnType<typeof clusterArticles>, id: string) =>
    stories.find((s) => s.articleIds.includes(id))?.articleIds;
  const apart = clusterArticles([...all, ...lima], { fragmentSize: 0, linkDensity: 0 });
  assert.deepEqual(
    storyOf(apart, 'l1'),
    ['l1', 'l2'],
    'without fragments or link merging, a story of its own',
  );
  const joined = clusterArticles([...all, ...lima]);
  assert.deepEqual(storyOf(joined, 'l1'), ['a1', 'a2', 'a3', 'l1', 'l2']);
  // the other quake, two years on, is no fragment of it even when it is the smaller story
  assert.deepEqual(storyOf(clusterArticles([...all, ...lima]), 'b1'), ['b1', 'b2', 'b3']);
  assert.deepEqual(storyOf(clusterArticles([...quakeA, ...lima, quakeB[0], quakeB[1]]), 'b1'), ['b1', 'b2']);
});

// two emergency patches for one browser, years apart: the second patch's articles score high
// against the first story's centroid (same kind of news), but their nearest articles are each other
const patch = (id: string, title: string, text: string): ClusterInput => ({ id, title, text });
const patch2008 = [
  patch(
    'p1',
    'Microsoft issues emergency patch for Internet Explorer',
    'Microsoft released an emergency security patch on Wednesday for a critical flaw in Internet Explorer that hackers used to hijack computers. The update MS08-078 fixes the data binding flaw that attacked two million Windows users, Microsoft said.',
  ),
  patch(
    'p2',
    'Microsoft rushes out Internet Explorer fix',
    'Microsoft rushed out an emergency patch for Internet Explorer on Wednesday after hackers exploited a critical flaw in the browser to hijack computers. Bulletin MS08-078 closes the data binding hole, which had hit two million Windows users.',
  ),
  patch(
    'p3',
    'Emergency IE patch released as attacks escalate',
    'Microsoft has released an out-of-band emergency patch for Internet Explorer to fix the critical data binding flaw exploited by hackers. Security update MS08-078 comes as attacks hit two million users of Windows.',
  ),
  patch(
    'p4',
    'Microsoft patches critical Internet Explorer flaw',
    'An emergency Microsoft patch fixes a critical Internet Explorer flaw that hackers have used to hijack computers through infected websites. The MS08-078 update addresses the data binding bug that reached two million Windows users.',
  ),
];
const patch2013 = [
  patch(
    'q1',
    'Microsoft issues Fix it for Internet Explorer zero-day',
    'Microsoft issued a temporary Fix it tool for a critical zero-day flaw in Internet Explorer that hackers exploited in targeted attacks in Japan. The flaw CVE-2013-3893 affects every version from IE6 to IE11, Microsoft said.',
  ),
  patch(
    'q2',
    'Microsoft offers emergency fix for IE zero-day',
    'Microsoft offered an emergency Fix it for Internet Explorer after hackers exploited a critical zero-day flaw CVE-2013-3893 in targeted attacks in Japan. All versions from IE6 through IE11 are affected.',
  ),
  patch(
    'q3',
    'IE zero-day: Microsoft releases Fix it',
    'A Microsoft Fix it shields Internet Explorer from the critical zero-day flaw CVE-2013-3893, which hackers exploited in attacks on targets in Japan. Versions IE6 to IE11 carry the hole.',
  ),
];

test("an article joins only a story holding one of its nearest articles: a sister event's centroid does not pull it in", () => {
  // in a batch this small every article is among every other's five nearest: two make the point
  const batch = [...patch2008, ...patch2013];
  assert.deepEqual(groups(clusterArticles(batch, { neighbours: 0, fragmentSize: 0 })), [
    ['p1', 'p2', 'p3', 'p4', 'q1', 'q2', 'q3'],
  ]);
  assert.deepEqual(groups(clusterArticles(batch, { neighbours: 2, fragmentSize: 0 })), [
    ['p1', 'p2', 'p3', 'p4'],
    ['q1', 'q2', 'q3'],
  ]);
});

test('copies of one text take one place among the nearest: two wire stories syndicated many times are one story', () => {
  const copies = (a: ClusterInput, prefix: string) =>
    Array.from({ length: 7 }, (_, i) => ({ ...a, id: `${prefix}${i + 1}` }));
  const batch = [...copies(patch2008[0], 'ap'), ...copies(patch2008[1], 'rt'), ...patch2013];
  const wire = groups(clusterArticles(batch, { fragmentSize: 0 })).find((g) => g.includes('ap1')) ?? [];
  for (const id of ['ap7', 'rt1', 'rt7']) assert.ok(wire.includes(id), id);
});

test('an article left alone joins the story holding most of its nearest articles', () => {
  // short: it scores under the threshold against the Peru story's centroid, but its nearest
  // articles are that story's
  const lone: ClusterInput = {
    id: 'z1',
    title: 'Pisco church',
    text: 'The church of San Clemente in Pisco collapsed during Mass. Rescuers in Pisco searched the church.',
  };
  const batch = [...all, lone];
  const settings = { threshold: 0.45, aloneRatio: 1.5, linkDensity: 0 };
  const storyOf = (stories: ReturnType<typeof clusterArticles>) =>
    stories.find((s) => s.articleIds.includes('z1'))?.articleIds;
  assert.deepEqual(storyOf(clusterArticles(batch, { ...settings, neighbours: 0 })), ['z1']);
  assert.deepEqual(storyOf(clusterArticles(batch, { ...settings, neighbours: 3 })), ['a1', 'a2', 'a3', 'z1']);
});
