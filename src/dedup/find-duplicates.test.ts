import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DedupInput, findDuplicates } from './find-duplicates.ts';

const ORIGINAL_BODY = [
  'A road bridge over the Varna river collapsed in the town of Kelbrook early on Tuesday, sending two cars and a delivery van into the water.',
  'Emergency services said four people were rescued from the river and taken to St Anne hospital with minor injuries.',
  'One driver, a 54-year-old man from Dunmere, is still missing and divers resumed the search at first light on Wednesday.',
  'The 68-metre steel span was built in 1961 and had been closed for repairs twice in the past ten years.',
  'County engineer Helen Marsh said an inspection in March had found corrosion on two of the supporting piers.',
  '"We had scheduled the replacement of both piers for next spring," Marsh told reporters at the scene.',
  'Residents said they had heard a loud cracking noise shortly before 5 a.m. and saw the deck fold into the river.',
  'The council has closed the A614 between Kelbrook and Dunmere and set up a diversion through Halton that adds 40 minutes to the journey.',
  'Police have asked people to stay away from both riverbanks while cranes remove the wreckage.',
  'An independent inquiry into the collapse will report to the transport minister within three months.',
].join(' ');

const original: DedupInput = {
  id: 'kelbrook-gazette',
  text: `Bridge collapses into Varna river in Kelbrook\n\n${ORIGINAL_BODY}`,
};

const exactCopy: DedupInput = { id: 'kelbrook-mirror', text: original.text };

const copyWithBoilerplate: DedupInput = {
  id: 'daily-aggregator',
  text:
    `Four rescued, one missing after Kelbrook bridge falls\n\n${ORIGINAL_BODY}\n\n` +
    'Subscribe to our newsletter to get the top stories delivered to your inbox every morning. ' +
    'Follow us on social media and share this article with your friends. All rights reserved.',
};

const rewrite: DedupInput = {
  id: 'regional-roundup',
  text: [
    'Kelbrook bridge gives way, cars plunge into river',
    '',
    'Early on Tuesday a road bridge collapsed over the Varna river in Kelbrook, and two cars and a van fell into the water.',
    'Four people were pulled from the river by emergency services and taken to St Anne hospital with minor injuries, officials said.',
    'Divers were searching again on Wednesday for one missing driver, a man aged 54 from Dunmere.',
    'Built in 1961, the steel span of 68 metres had been shut twice for repairs in the last ten years.',
    'An inspection in March found corrosion on two supporting piers, according to county engineer Helen Marsh.',
    'Residents described a loud cracking noise just before 5 a.m., after which the deck folded into the river.',
    'A diversion through Halton adding 40 minutes has been set up after the council closed the A614 between Kelbrook and Dunmere.',
    'Original source: Kelbrook Gazette',
  ].join('\n'),
};

// Same kind of event told with the same formulas, but a different bridge, place, date and people.
const sameTopicDifferentEvent: DedupInput = {
  id: 'northern-post',
  text: [
    'Bridge collapses into Tamsin river in Oldbury',
    '',
    'A road bridge over the Tamsin river collapsed in the city of Oldbury late on Friday, sending a lorry into the water.',
    'The lorry driver swam to the bank and was treated for hypothermia at Oldbury General, the fire service said.',
    'The concrete bridge opened in 1987 and was inspected in September, when engineers reported no defects.',
    'City surveyor Raj Patel said heavy rain over the past week had raised the river to its highest level since 2007.',
    'Buses between Oldbury and Wexley are being diverted over the ring road until a temporary crossing is built.',
    'Engineers believe floodwater undermined the northern abutment before the deck gave way.',
  ].join('\n'),
};

const unrelated: DedupInput = {
  id: 'sports-desk',
  text: [
    'Harbour United win cup final on penalties',
    '',
    'Harbour United won the regional cup on Sunday, beating Castleford Rovers 5-4 on penalties after a 2-2 draw.',
    'Goalkeeper Sam Okafor saved two spot kicks in front of a crowd of 12,000 at Meadow Park.',
    'Rovers led twice through goals from Leo Grant before United equalised in the last minute of extra time.',
    'It is the first trophy for United manager Ruth Collins since she took charge in 2021.',
  ].join('\n'),
};

const all = [original, exactCopy, copyWithBoilerplate, rewrite, sameTopicDifferentEvent, unrelated];
const summary = (links: ReturnType<typeof findDuplicates>) =>
  links.map((l) => `${l.articleId} ${l.kind} ${l.target}`);

test('finds copies and rewrites, and links nothing else', () => {
  assert.deepEqual(
    summary(findDuplicates(all)),
    [
      'daily-aggregator copy-of kelbrook-gazette',
      'daily-aggregator copy-of kelbrook-mirror',
      'kelbrook-mirror copy-of kelbrook-gazette',
      'regional-roundup rewrite-of kelbrook-gazette',
      'regional-roundup rewrite-of kelbrook-mirror',
      // The boilerplate makes the aggregator longer, so the rewrite (which declares its source) is
      // linked to it as well.
      'regional-roundup rewrite-of daily-aggregator',
    ].sort(),
  );
});

test('an exact copy is copy-of with similarity 1, direction by id when there is no other signal', () => {
  const [link] = findDuplicates([exactCopy, original]);
  assert.equal(link.kind, 'copy-of');
  assert.equal(link.similarity, 1);
  assert.equal(link.articleId, 'kelbrook-mirror');
  assert.equal(link.target, 'kelbrook-gazette');
  assert.match(link.evidence, /no direction signal/);
  assert.match(link.evidence, /Jaccard 1\.00/);
  assert.equal(link.alignedSentences?.length, 11);
});

test('a copy with a new headline and boilerplate is copy-of, the longer one derived', () => {
  const [link] = findDuplicates([original, copyWithBoilerplate]);
  assert.equal(link.kind, 'copy-of');
  assert.equal(link.articleId, 'daily-aggregator');
  assert.equal(link.target, 'kelbrook-gazette');
  assert.ok(link.similarity < 0.9, `similarity ${link.similarity}`);
  assert.match(link.evidence, /daily-aggregator is longer/);
  assert.match(link.evidence, /containment (0\.9\d|1\.00)/);
});

test('a paraphrased rewrite is rewrite-of with an in-order sentence alignment', () => {
  const [link] = findDuplicates([original, rewrite]);
  assert.equal(link.kind, 'rewrite-of');
  assert.equal(link.articleId, 'regional-roundup');
  assert.equal(link.target, 'kelbrook-gazette');
  assert.match(link.evidence, /regional-roundup declares an original source/);
  assert.match(link.evidence, /^\d+ of \d+ sentences align in order/);
  assert.ok(link.similarity >= 0.4, `similarity ${link.similarity}`);
  const aligned = link.alignedSentences ?? [];
  assert.ok(aligned.length >= 5, `aligned ${aligned.length}`);
  for (let k = 1; k < aligned.length; k++) {
    assert.ok(aligned[k].a[0] > aligned[k - 1].a[0] && aligned[k].b[0] > aligned[k - 1].b[0]);
  }
  // Spans point at matching sentences: `a` in the rewrite, `b` in the original.
  const first = aligned.find((p) => rewrite.text.slice(...p.a).startsWith('Early on Tuesday'));
  assert.ok(first);
  assert.ok(original.text.slice(...first.b).startsWith('A road bridge over the Varna river collapsed'));
  for (const p of aligned) assert.ok(p.score >= 0.5 && p.score <= 1);
});

test('the rewrite is not a copy: its shingle overlap is low', () => {
  const [link] = findDuplicates([original, rewrite]);
  const jaccard = Number(/Jaccard ([\d.]+)/.exec(link.evidence)?.[1]);
  assert.ok(jaccard < 0.5, `Jaccard ${jaccard}`);
});

test('an article on the same kind of event with different facts is not linked', () => {
  assert.deepEqual(findDuplicates([original, sameTopicDifferentEvent]), []);
  assert.deepEqual(findDuplicates([rewrite, sameTopicDifferentEvent]), []);
  // Even when forced to be a candidate, the sentence alignment rejects it…
  const forced = { minSharedRareTerms: 1 };
  assert.deepEqual(findDuplicates([original, sameTopicDifferentEvent], forced), []);
  // …because only the formulaic lead sentence has a counterpart: below the required share.
  const [loose] = findDuplicates([original, sameTopicDifferentEvent], {
    ...forced,
    minAlignedSentences: 1,
    minAlignedShare: 0,
  });
  assert.match(loose.evidence, /^1 of 7 sentences align/);
});

test('completely different articles are not linked', () => {
  assert.deepEqual(findDuplicates([original, unrelated]), []);
  assert.deepEqual(findDuplicates([sameTopicDifferentEvent, unrelated]), []);
});

test('output does not depend on input order', () => {
  const expected = findDuplicates(all);
  assert.deepEqual(findDuplicates([...all].reverse()), expected);
  assert.deepEqual(findDuplicates([all[3], all[5], all[0], all[4], all[2], all[1]]), expected);
});

test('given sentence offsets are used for the alignment', () => {
  const spansOf = (text: string) => {
    const out: Array<[number, number]> = [];
    let start = 0;
    for (const part of text.split(/(?<=\.) /)) {
      out.push([start, start + part.length]);
      start += part.length + 1;
    }
    return out;
  };
  const a = { id: 'a', text: ORIGINAL_BODY, sentences: spansOf(ORIGINAL_BODY) };
  const b = {
    id: 'b',
    text: ORIGINAL_BODY,
    sentences: [[0, ORIGINAL_BODY.length]] as Array<[number, number]>,
  };
  const [link] = findDuplicates([a, b]);
  assert.equal(link.kind, 'copy-of');
  // b has one "sentence" covering the whole text, so at most one pair can align.
  assert.ok((link.alignedSentences?.length ?? 0) <= 1);
  assert.match(link.evidence, /of 1 sentences align/);
});

test('empty and tiny inputs give no links', () => {
  assert.deepEqual(findDuplicates([]), []);
  assert.deepEqual(findDuplicates([original]), []);
  assert.deepEqual(
    findDuplicates([
      { id: 'x', text: '' },
      { id: 'y', text: '' },
    ]),
    [],
  );
});

test('two versions of one wire story, paragraphs reordered and new ones added, are rewrite-of', () => {
  const sentences = ORIGINAL_BODY.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"])/);
  assert.equal(sentences.length, 10);
  // an update: a new lead and three new paragraphs, six old paragraphs in another order
  const update: DedupInput = {
    id: 'kelbrook-wire-update',
    text: [
      'Divers found the body of a missing driver on Thursday, two days after a road bridge fell into the Varna river at Kelbrook.',
      sentences[4],
      sentences[2],
      'The man was named by police as Tom Ashby, a delivery driver who had lived in Dunmere all his life.',
      sentences[0],
      sentences[7],
      sentences[6],
      'Engineers began taking down the remaining span on Thursday afternoon.',
      sentences[3],
      'A memorial service will be held in Dunmere on Sunday.',
    ].join('\n\n'),
  };
  const links = findDuplicates([original, update]);
  assert.equal(links.length, 1);
  assert.equal(links[0].kind, 'rewrite-of');
  assert.match(links[0].evidence, /^6 of 10 sentences appear nearly word for word in both, in another order/);
  assert.equal(links[0].alignedSentences?.length, 6);
  // fewer shared sentences than required: not linked
  assert.deepEqual(findDuplicates([original, update], { minVersionSentences: 7 }), []);
});
