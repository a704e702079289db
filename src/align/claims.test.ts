import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimedArticle } from '../annotate/annotate.ts';
import type { Claim } from '../model/report.ts';
import { alignClaims } from './claims.ts';
import { sentenceFeatures } from './features.ts';
import { timedArticle } from './fixtures.ts';

const article = timedArticle;

const A = article(
  'a',
  'The Harbour Authority closed the Greywick bridge on Monday after inspectors found cracks in two support beams. ' +
    'Local schools will stay open all week.',
);
const B = article(
  'b',
  'Inspectors discovered cracks in two support beams of the Greywick bridge, and the Harbour Authority shut it on Monday. ' +
    'A new bakery opened in Port Alder.',
);
const C = article(
  'c',
  'The Harbour Authority did not close the Greywick bridge on Monday despite cracks found in two support beams.',
);

function claimsOf(articles: TimedArticle[], originOf: (id: string) => string = (id) => id): Claim[] {
  const texts = new Map(articles.map((a) => [a.article.id, a.article.text]));
  const claims = alignClaims(
    articles.flatMap((a) => sentenceFeatures(a, (n) => n)),
    { texts, originOf },
  );
  for (const c of claims) {
    for (const s of [...c.support, ...(c.conflicts ?? []).flatMap((x) => x.citations)]) {
      assert.equal(s.quote, texts.get(s.articleId)?.slice(s.start, s.end), 'quote equals the text slice');
    }
  }
  return claims;
}
const claimWith = (claims: Claim[], words: string) => claims.find((c) => c.text.includes(words));

test('one fact in two articles in different words is one corroborated claim', () => {
  const claims = claimsOf([A, B]);
  const bridge = claimWith(claims, 'bridge');
  assert.ok(bridge);
  assert.equal(bridge.status, 'corroborated');
  assert.equal(bridge.independentSources, 2);
  assert.deepEqual(
    bridge.support.map((s) => s.articleId),
    ['a', 'b'],
  );
  assert.equal(claims[0], bridge, 'the best-supported claim comes first');
  assert.deepEqual(
    claims.map((c) => c.id),
    claims.map((_, i) => `claim-${i + 1}`),
  );
});

test('unrelated sentences stay single-source', () => {
  const claims = claimsOf([A, B]);
  for (const words of ['schools', 'bakery']) {
    const c = claimWith(claims, words);
    assert.ok(c, words);
    assert.equal(c.status, 'single-source');
    assert.equal(c.independentSources, 1);
    assert.equal(c.support.length, 1);
  }
});

test('a rewrite of another article does not corroborate it', () => {
  const claims = claimsOf([A, B], (id) => (id === 'b' ? 'a' : id));
  const bridge = claimWith(claims, 'bridge');
  assert.ok(bridge);
  assert.equal(bridge.support.length, 2);
  assert.equal(bridge.independentSources, 1);
  assert.equal(bridge.status, 'single-source');
});

test('a negated statement against a positive one is contested with a polarity conflict', () => {
  const claims = claimsOf([A, B, C]);
  const denial = claimWith(claims, 'did not close');
  assert.ok(denial);
  assert.equal(denial.status, 'contested');
  assert.deepEqual(
    denial.support.map((s) => s.articleId),
    ['c'],
  );
  const kinds = (denial.conflicts ?? []).map((x) => x.kind);
  assert.ok(kinds.length >= 1 && kinds.every((k) => k === 'polarity'));
  assert.deepEqual(
    new Set(denial.conflicts?.flatMap((x) => x.citations.map((s) => s.articleId))),
    new Set(['a', 'b']),
  );
  // negated and positive sentences are never grouped as support for one claim
  assert.ok(!claims.some((c) => c.support.some((s) => s.articleId === 'c') && c.support.length > 1));
});

test('a denial and an assertion inside one article are a polarity conflict, not one claim', () => {
  const one = article(
    'one',
    'The Harbour Authority did not close the Greywick bridge on Monday despite cracks in two support beams. ' +
      'The Harbour Authority closed the Greywick bridge on Monday after cracks were found in two support beams.',
  );
  const claims = claimsOf([one]);
  const denial = claimWith(claims, 'did not close');
  assert.ok(denial);
  assert.equal(denial.status, 'contested');
  assert.deepEqual(
    denial.conflicts?.map((x) => [x.kind, x.citations.map((s) => s.articleId)]),
    [['polarity', ['one']]],
  );
  assert.ok(
    claims.every((c) => c.support.length === 1),
    'sentences of one article never support one claim',
  );
});

test('a member giving another count for the same measure is moved to a numeric conflict', () => {
  const x = article(
    'x',
    'Fourteen people were injured when the Greywick footbridge collapsed on Monday morning.',
  );
  const y = article(
    'y',
    'At least 17 people were injured when the Greywick footbridge collapsed on Monday morning.',
  );
  const z = article(
    'z',
    '14 people were injured when the footbridge at Greywick collapsed on Monday morning.',
  );
  const claims = claimsOf([x, y, z]);
  const c = claims.find((k) => k.conflicts?.some((f) => f.kind === 'numeric'));
  assert.ok(c, 'a numeric conflict');
  assert.equal(c.status, 'contested');
  assert.deepEqual(c.support.map((s) => s.articleId).sort(), ['x', 'z']);
  assert.deepEqual(
    c.conflicts?.[0].citations.map((s) => s.articleId),
    ['y'],
  );
  assert.match(c.conflicts?.[0].note ?? '', /14 vs 17/);
});

test('a lower bound below an upper bound is no numeric conflict; a plain count above a lower bound is', () => {
  const said = (count: string) =>
    `${count} people were injured when the Greywick footbridge collapsed on Monday morning.`;
  const range = claimsOf([article('x', said('More than 40')), article('y', said('Up to 60'))]);
  assert.ok(
    range.every((c) => !c.conflicts),
    'more than 40 and up to 60 can both be true',
  );
  assert.ok(range.some((c) => c.support.length === 2));
  const early = claimsOf([
    article('x', said('At least three')),
    article('y', said('Ten')),
    article('z', said('10')),
  ]);
  const c = early.find((k) => k.conflicts?.some((f) => f.kind === 'numeric'));
  assert.match(c?.conflicts?.[0].note ?? '', /10 vs 3/);
});

test('members disagreeing on two measures give one numeric conflict each', () => {
  const said = (dead: number, hurt: number, tail = '') =>
    `${dead} people were killed and ${hurt} people were injured when the Greywick footbridge collapsed on Monday morning${tail}.`;
  const x = article('x', said(3, 14));
  const y = article('y', said(3, 17));
  const z = article('z', said(4, 14));
  const w = article('w', said(3, 14, ', police said'));
  const claims = claimsOf([x, y, z, w]);
  const c = claims.find((k) => k.conflicts?.some((f) => f.kind === 'numeric'));
  assert.ok(c, 'a numeric conflict');
  assert.deepEqual(c.support.map((s) => s.articleId).sort(), ['w', 'x']);
  const notes = (c.conflicts ?? []).map((f) => [
    f.note.match(/\d+ vs \d+/)?.[0],
    f.citations.map((s) => s.articleId),
  ]);
  assert.deepEqual(
    notes.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    [
      ['14 vs 17', ['y']],
      ['3 vs 4', ['z']],
    ],
  );
});

test('a hedged statement does not contradict a denial', () => {
  const n = article('n', 'None of the crew have asked to leave the ship, the company said.');
  const p = article('p', 'The crew could ask to leave the ship if conditions worsen, the company said.');
  const claims = claimsOf([n, p]);
  assert.ok(claims.every((c) => !c.conflicts?.some((k) => k.kind === 'polarity')));
});

test('a negation about something else does not keep two statements of one fact apart', () => {
  const x = article('x', 'The Greywick Rovers withdrew their contract offer to striker Tom Kale on Sunday.');
  const y = article(
    'y',
    'On Sunday the Greywick Rovers withdrew their offer to Tom Kale, believing he had no interest in the club.',
  );
  const claims = claimsOf([x, y]);
  const c = claims.find((k) => k.support.length === 2);
  assert.ok(c, 'one claim with both articles');
  assert.equal(c.status, 'corroborated');
});

test('denying an expectation, or sharing only names with the denial, is no polarity conflict', () => {
  const expect = article(
    'e1',
    'The governor said he was not expecting the death toll on the island to rise.',
  );
  const rose = article('e2', 'The death toll on the island rose to ten on Monday, the governor said.');
  const names = article('n1', 'Club owner Tom Kale said his team will not sign striker Jan Moss Veld.');
  const met = article(
    'n2',
    'Club owner Tom Kale flew to Alder to meet striker Jan Moss Veld and sign papers.',
  );
  for (const claims of [claimsOf([expect, rose]), claimsOf([names, met])])
    assert.ok(claims.every((c) => !c.conflicts?.some((k) => k.kind === 'polarity')));
});

test('a denial bounded in time, or of what would have happened, is no polarity conflict', () => {
  const quiet = article(
    'q1',
    'The surrounding area has not been hit by an earthquake in more than 25 years.',
  );
  const hit = article(
    'q2',
    'The rocky island was hit two years after the city of Alder was destroyed by an earthquake.',
  );
  const would = article(
    'w1',
    'The coach said the club would not have placed Kale on the injured list if it were still in contention.',
  );
  const placed = article('w2', 'The club placed Kale on the injured list on Monday with a knee injury.');
  for (const claims of [claimsOf([quiet, hit]), claimsOf([would, placed])])
    assert.ok(claims.every((c) => !c.conflicts?.some((k) => k.kind === 'polarity')));
  // a denial of what the other sentence asserts is contradicted
  const never = article('q3', 'The storm did not flood the quay or the fish market on Monday.');
  const was = article('q4', 'The storm flooded the quay and the fish market on Monday.');
  assert.ok(claimsOf([never, was]).some((c) => c.conflicts?.some((k) => k.kind === 'polarity')));
});

test('the claim is worded by the sentence whose content every other cited sentence states', () => {
  const long = article(
    'l1',
    'The ferry company cancelled all sailings to Greywick on Monday after the storm damaged the pier and flooded the ticket office.',
  );
  const short = article('l2', 'The ferry company cancelled all sailings to Greywick on Monday.');
  const other = article(
    'l3',
    'All sailings to Greywick were cancelled by the ferry company on Monday, after the storm.',
  );
  const claims = claimsOf([long, short, other]);
  const claim = claims.find((c) => c.support.length === 3);
  assert.ok(claim, 'one claim cites all three');
  assert.equal(claim.text, 'The ferry company cancelled all sailings to Greywick on Monday.');
});

test("a member's numbers and dates count as what it says when the claim is worded", () => {
  const more = article('m1', 'The quake killed 600 people in Greywick, and more than 31,000 in 2003.');
  const plain = article('m2', 'The quake killed 600 people in Greywick, officials said.');
  const third = article('m3', 'About 600 people were killed by the quake in Greywick.');
  const claim = claimsOf([more, plain, third]).find((c) => c.support.length === 3);
  assert.ok(claim, 'one claim cites all three');
  // its words are in every other sentence, but "31,000" and "2003" are in none
  assert.equal(claim.text, 'About 600 people were killed by the quake in Greywick.');
});

test('what a member takes as given is not what the claim must have its citations state', () => {
  const answered = article(
    'q1',
    'Asked by Judge Alder if he understood the murder charges against him and the sentence he faced, he responded "Yes."',
  );
  const asked = article(
    'q2',
    'Tomas Weyland was asked by Judge Alder if he understood the murder charges against him and the sentence he faced.',
  );
  const claim = claimsOf([answered, asked]).find((c) => c.support.length === 2);
  assert.ok(claim, 'one claim cites both');
  // the answer is in one sentence only; the question, in both
  assert.equal(claim.text, asked.article.text);
});

test('a member that shares with the wording only what it takes as given leaves the claim', () => {
  const shot = article(
    'k1',
    'A fired clerk walked into the Greywick depot with a shotgun on Monday and shot three people, killing one, before leading police on a high-speed chase.',
  );
  const both = article(
    'k2',
    'A fired clerk suspected of shooting three people, killing one, at the Greywick depot was arrested after a high-speed chase a few hours later.',
  );
  const arrested = article(
    'k3',
    'Tomas Weyland, 38, had been arrested following a high-speed chase a few hours after the Monday morning shootings at the Greywick depot.',
  );
  const claims = claimsOf([shot, both, arrested]);
  const claim = claimWith(claims, 'shot three people');
  assert.ok(claim, 'the shooting is a claim');
  assert.deepEqual(claim.support.map((s) => s.articleId).sort(), ['k1', 'k2']);
  assert.ok(
    claims.some((c) => c.support.some((s) => s.articleId === 'k3')),
    'the arrest is kept as a claim',
  );
});

test('another count of something counted of many things is another fact, not a conflict', () => {
  const four = article(
    't1',
    'Tomas Veld threw four touchdown passes as the Harbour club beat Greywick on Sunday.',
  );
  const again = article(
    't2',
    'Tomas Veld threw four touchdown passes when the Harbour club beat Greywick on Sunday.',
  );
  const two = article(
    't3',
    'Tomas Veld threw two touchdown passes as the Harbour club beat Greywick on Sunday.',
  );
  const claims = claimsOf([four, again, two]);
  assert.ok(
    claims.every((c) => !c.conflicts?.length),
    'no conflict',
  );
  const claim = claims.find((c) => c.support.length === 2);
  assert.ok(claim, 'the two reports of four passes are one claim');
  assert.deepEqual(claim.support.map((s) => s.articleId).sort(), ['t1', 't2']);
  assert.ok(
    claims.some((c) => c.support.some((s) => s.articleId === 't3')),
    'the other count is a claim of its own',
  );
});

test('a sum of money with nothing named disputes only a sum whose owner the claim names', () => {
  const a = article('u1', 'The Greywick club is reportedly at eight years and $160 million for Tomas Veld.');
  const b = article(
    'u2',
    'Greywick is reportedly at eight years and $160 million for Tomas Veld, sources said.',
  );
  const named = article(
    'u3',
    'Greywick is reportedly at eight years and $184 million for Tomas Veld, a host said.',
  );
  const claims = claimsOf([a, b, named]);
  assert.match(claims[0].conflicts?.[0]?.note ?? '', /160,000,000 vs 184,000,000/);
  // nothing named anywhere: whose offer is worth $184 million, no sentence says
  const offer = (id: string, verb: string, sum: string) =>
    article(id, `The offer to the free agent first baseman is ${verb} to be eight years and ${sum}.`);
  const apart = claimsOf([
    offer('v1', 'believed', '$160 million'),
    offer('v2', 'thought', '$160 million'),
    offer('v3', 'believed', '$184 million'),
  ]);
  assert.ok(
    apart.every((c) => !c.conflicts?.length),
    'no conflict',
  );
  assert.deepEqual(
    apart.find((c) => c.support.length === 2)?.support.map((s) => s.articleId),
    ['v1', 'v2'],
  );
});

test('two ranges of one measure are a numeric conflict, not one figure', () => {
  const x = article(
    'r1',
    'The flooded villages of Greywick sustained between 40 and 80 percent damage, officials said.',
  );
  const y = article(
    'r2',
    'Officials said 40 percent to 70 percent of the buildings in the flooded villages of Greywick were destroyed.',
  );
  const z = article('r3', 'The flooded villages of Greywick sustained between 40 and 80 percent damage.');
  const notes = claimsOf([x, y, z]).flatMap((c) => (c.conflicts ?? []).map((k) => k.note));
  assert.ok(
    notes.some((n) => /40–80 vs 40–70/.test(n)),
    notes.join(' | '),
  );
  // the same range twice is no conflict
  assert.ok(claimsOf([x, z]).every((c) => !c.conflicts?.length));
});

test('bare counts beside their event word ("about 50 hurt") can conflict', () => {
  const x = article('h1', 'Ten people died and about 50 were hurt in the Greywick ferry fire on Monday.');
  const y = article('h2', 'Ten people died and 80 were injured in the Greywick ferry fire on Monday.');
  const conflicts = claimsOf([x, y]).flatMap((c) => c.conflicts ?? []);
  assert.ok(conflicts.some((k) => k.kind === 'numeric' && /50 vs 80|80 vs 50/.test(k.note)));
});

test('one long sentence word for word in two articles is one source; a quotation is not', () => {
  const wire =
    'The storm flooded the harbour road and cut power to about 2,000 homes in Greywick overnight on Monday.';
  const a = article('w1', `${wire} Crews worked through the night.`);
  const b = article('w2', `${wire} Schools stayed open.`);
  const c = article(
    'w3',
    'About 2,000 homes in Greywick lost power overnight on Monday when the storm flooded the harbour road.',
  );
  const claim = claimsOf([a, b, c]).find((k) => k.support.length === 3);
  assert.ok(claim, 'one claim cites all three');
  assert.equal(claim.independentSources, 2);
  const said =
    '"The storm flooded the harbour road and cut power to about 2,000 homes," the mayor said on Monday.';
  const q = claimsOf([article('q1', said), article('q2', said)]).find((k) => k.support.length === 2);
  assert.equal(q?.independentSources, 2, 'outlets may each have heard the same words');
});

test('a sentence that joins a second claim does not word it, and no claim is lost for that', () => {
  // x states both facts: it joins the claim on Charles's yards as a second fact; the members
  // of that claim from y and z must stay cited under their own wording
  const articles = [
    article('x', 'Jamaal Charles rushed for 226 yards while Peyton Hillis added 101.'),
    article(
      'y',
      'The Chiefs had rallied behind Jamaal Charles and his 226 yards rushing to tie the game. ' +
        'Peyton Hillis added 101 yards on the ground for the Chiefs, who had 352 yards rushing in a losing effort, a first in league history.',
    ),
    article(
      'z',
      'The Chiefs had rallied behind Jamaal Charles and his 226 yards rushing to tie the game at 13. ' +
        'Peyton Hillis added 101 yards on the ground for the Chiefs, who finished with 352 yards rushing in a losing effort.',
    ),
    article(
      'w',
      'Jamaal Charles cut into the deficit with an 86-yard touchdown run and finished with 226 yards. ' +
        'Peyton Hillis added 101 yards for the Chiefs, who ran for 352 yards and still lost.',
    ),
  ];
  const claims = claimsOf(articles);
  const cited = new Set(claims.flatMap((c) => c.support.map((s) => `${s.articleId}@${s.start}`)));
  for (const a of articles)
    for (const s of a.sentences)
      assert.ok(cited.has(`${a.article.id}@${s.start}`), `${a.article.id}@${s.start} is cited`);
  assert.equal(new Set(claims.map((c) => c.text)).size, claims.length, 'no two claims share their wording');
  const rallied = claimWith(claims, 'rallied');
  assert.ok(rallied);
  assert.deepEqual(rallied.support.map((s) => s.articleId).sort(), ['x', 'y', 'z']);
});
