// Copies, rewrites and look-alikes of one fictional ferry story, each checked twice: with the
// sentence offsets the pipeline passes (one span per sentence and per line) and with none given
// (findDuplicates splits the text itself).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type DedupInput, type DedupOptions, type DuplicateLink, findDuplicates } from './find-duplicates.ts';

/** An article from paragraphs of sentences: text joined as a page would be, and each sentence's offsets. */
function article(
  id: string,
  paragraphs: string[][],
): Required<Pick<DedupInput, 'id' | 'text' | 'sentences'>> {
  let text = '';
  const sentences: Array<[number, number]> = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n\n';
    paragraph.forEach((sentence, s) => {
      if (s > 0) text += ' ';
      sentences.push([text.length, text.length + sentence.length]);
      text += sentence;
    });
  });
  return { id, text, sentences };
}

const BODY = [
  'The passenger ferry Morna Bay ran aground on a sandbank off the northern tip of Kessan Island on Saturday evening with 212 passengers and 14 crew on board.',
  'The vessel, operated by Westisle Ferries, had left Port Callow at 6.15 p.m. on its regular crossing to Kessan harbour.',
  'Coastguard spokesperson Irene Dalby said the ferry struck the bank at about 7.40 p.m. in strong westerly winds and poor visibility.',
  'Two lifeboats and a rescue helicopter were sent to the scene, and all passengers were transferred to a second ferry by 11 p.m.',
  'Six people were treated for minor injuries, and an elderly man was taken to Callow General Hospital as a precaution.',
  'Dalby said there was no sign of fuel leaking from the hull, although divers would inspect the vessel at first light.',
  'The Morna Bay, built in 2004, can carry up to 400 passengers and 60 cars.',
  'Westisle Ferries chief executive Tomas Reyne apologised to passengers and said the company would cooperate fully with investigators.',
  '"Our priority tonight has been the safety of everyone on board," Reyne said in a statement.',
  'The Marine Accident Investigation Unit said it had sent two inspectors to the island.',
  'All sailings between Port Callow and Kessan were cancelled on Sunday, leaving about 1,500 islanders without a link to the mainland.',
  'It is the second grounding on the route in three years, after the Kessan Star hit rocks near the same spot in 2022.',
];

const original = article('courier-ferry-aground', [
  ['Ferry with 212 aboard runs aground off Kessan Island'],
  BODY.slice(0, 4),
  BODY.slice(4, 9),
  BODY.slice(9),
]);

const exactCopy = { ...original, id: 'mirror-ferry-aground' };

// The same body under another headline, with an agency line, "Read more" links between its
// paragraphs, a newsletter prompt and a copyright line.
const boilerplateCopy = article('newsdesk-kessan-ferry', [
  ['Kessan ferry grounding: all passengers safely ashore'],
  ['PORT CALLOW (Coastal News Agency) — Published 8 March 2025, 23:55'],
  BODY.slice(0, 4),
  ['Read more: Westisle Ferries announces spring timetable changes'],
  BODY.slice(4, 9),
  ['Read more: Storm warnings issued for the western isles this weekend'],
  BODY.slice(9),
  [
    "Sign up for our morning newsletter to get the day's top stories delivered to your inbox.",
    'Enter your email address and click Subscribe.',
  ],
  ['Read more: Island residents demand better ferry links'],
  ['© 2025 Coastal News Agency. All rights reserved.'],
]);

// The same facts reworded; two sentences moved, a passenger's account and a line of context added.
const rewrite = article('westcoast-daily-ferry', [
  ['Passengers rescued after Morna Bay ferry hits sandbank'],
  [
    'All 212 passengers and 14 crew were taken off the ferry Morna Bay on Saturday night after it ran aground on a sandbank near the northern tip of Kessan Island.',
    'The Westisle Ferries vessel was making its usual crossing from Port Callow, which it had left at 6.15 p.m.',
    'According to coastguard spokesperson Irene Dalby, the ferry hit the bank at around 7.40 p.m. amid strong westerly winds and poor visibility.',
    'A rescue helicopter and two lifeboats went to the scene, and by 11 p.m. every passenger had been moved to a second ferry.',
  ],
  [
    'Six people had minor injuries treated, while an elderly man was taken to Callow General Hospital as a precaution.',
    'Passenger Ailsa Grant, 34, said the ship shuddered and tilted before the lights went out for several minutes.',
    '"People stayed calm, and the crew handed out life jackets straight away," she said.',
    'Divers are to inspect the hull at first light, though Dalby said no fuel appeared to be leaking from the vessel.',
  ],
  [
    'Two inspectors have been sent to the island by the Marine Accident Investigation Unit.',
    'Tomas Reyne, chief executive of Westisle Ferries, apologised to passengers and promised the company would cooperate fully with investigators.',
    'Built in 2004, the Morna Bay can carry 400 passengers and 60 cars.',
    "Sunday's sailings between Port Callow and Kessan were all cancelled, cutting about 1,500 islanders off from the mainland.",
    'Islanders have long called for a second vessel on the route.',
    'The Kessan Star hit rocks close to the same spot in 2022, making this the second grounding on the route in three years.',
  ],
]);

// Another ferry story: same topic and vocabulary, different ship, place, people and facts.
const otherFerry = article('harbour-times-silver-tern', [
  ['Ferry loses power in Dunvar Sound, towed back to port'],
  [
    'The car ferry Silver Tern lost engine power in Dunvar Sound on Tuesday morning and drifted for almost two hours before a tug towed it back to Arlen harbour.',
    'The ship, run by Northway Shipping, was carrying 87 passengers and 31 vehicles on the 9 a.m. crossing to Ferris Point.',
    'The captain dropped anchor after both engines shut down about 20 minutes into the voyage, harbour master Colin Aske said.',
    'Nobody was hurt, and passengers were given free hot drinks and meals while they waited.',
  ],
  [
    'Northway Shipping said an electrical fault in the engine control system was the most likely cause.',
    'The Silver Tern, which entered service in 1998, had returned from a month of maintenance in January.',
    'Engineers were working on the vessel on Tuesday afternoon, and the company said it hoped to resume sailings on Thursday.',
    'Until then a smaller ferry will run a reduced timetable of four crossings a day, with priority for residents and emergency vehicles.',
  ],
  [
    'Passenger Mark Hollis said the captain kept everyone informed over the loudspeaker throughout the wait.',
    'Council leader Priya Nandra said the breakdown showed the need for newer ships on the island routes.',
    'The government has promised two new ferries for the region by 2028.',
  ],
]);

/** Both ways of giving sentences: the pipeline's offsets, and none (findDuplicates splits). */
const MODES: Array<[string, (a: DedupInput) => DedupInput]> = [
  ['given sentence offsets', (a) => a],
  ['sentences split by findDuplicates', ({ sentences: _, ...a }) => a],
];

const links = (items: DedupInput[], mode: (a: DedupInput) => DedupInput, options?: DedupOptions) =>
  findDuplicates(items.map(mode), options);
const summary = (found: DuplicateLink[]) => found.map((l) => `${l.articleId} ${l.kind} ${l.target}`);
const number = (label: string, evidence: string) =>
  Number(new RegExp(`${label} ([\\d.]+)`).exec(evidence)?.[1]);

for (const [name, mode] of MODES) {
  test(`an exact copy is copy-of (${name})`, () => {
    const found = links([original, exactCopy], mode);
    assert.deepEqual(summary(found), ['mirror-ferry-aground copy-of courier-ferry-aground']);
    assert.equal(found[0].similarity, 1);
  });

  test(`a copy with another headline and added boilerplate is copy-of, the copy derived (${name})`, () => {
    const found = links([boilerplateCopy, original], mode);
    assert.deepEqual(summary(found), ['newsdesk-kessan-ferry copy-of courier-ferry-aground']);
    const { evidence } = found[0];
    // not by overall overlap (the boilerplate dilutes it) but because the original is contained
    assert.ok(number('Jaccard', evidence) < 0.8, evidence);
    assert.ok(number('containment', evidence) >= 0.9, evidence);
    assert.match(evidence, /newsdesk-kessan-ferry is longer/);
  });

  test(`a paraphrased rewrite is rewrite-of the original (${name})`, () => {
    const found = links([original, rewrite], mode);
    assert.deepEqual(summary(found), ['westcoast-daily-ferry rewrite-of courier-ferry-aground']);
    const link = found[0];
    assert.ok(number('Jaccard', link.evidence) < 0.2, link.evidence);
    assert.ok(link.similarity >= 0.6, link.evidence);
    // the aligned pairs are the reworded sentences, in order
    const pairs = (link.alignedSentences ?? []).map((p) => [
      rewrite.text.slice(...p.a).slice(0, 24),
      original.text.slice(...p.b).slice(0, 24),
    ]);
    assert.ok(pairs.length >= 8, JSON.stringify(pairs));
    assert.deepEqual(pairs[0], ['All 212 passengers and 1', 'The passenger ferry Morn']);
    assert.ok(pairs.some(([a, b]) => a.startsWith('Built in 2004') && b.startsWith('The Morna Bay, built')));
    assert.ok(
      !pairs.some(([a]) => a.startsWith('Passenger Ailsa Grant')),
      'added sentences have no counterpart',
    );
  });

  test(`another ferry story with different facts is not linked (${name})`, () => {
    for (const other of [original, exactCopy, boilerplateCopy, rewrite])
      assert.deepEqual(links([other, otherFerry], mode), [], other.id);
    // even when forced to be a candidate, too few of its sentences have a counterpart
    assert.deepEqual(links([original, otherFerry], mode, { minSharedRareTerms: 1 }), []);
    assert.deepEqual(links([rewrite, otherFerry], mode, { minSharedRareTerms: 1 }), []);
  });

  test(`all five together: each copy and rewrite linked, the other story alone, in any order (${name})`, () => {
    const all = [original, exactCopy, boilerplateCopy, rewrite, otherFerry];
    const found = links(all, mode);
    assert.deepEqual(
      summary(found),
      [
        'mirror-ferry-aground copy-of courier-ferry-aground',
        'newsdesk-kessan-ferry copy-of courier-ferry-aground',
        'newsdesk-kessan-ferry copy-of mirror-ferry-aground',
        'westcoast-daily-ferry rewrite-of courier-ferry-aground',
        'westcoast-daily-ferry rewrite-of mirror-ferry-aground',
        // the rewrite and the padded copy share the original's facts; the padding makes the copy
        // the longer one, and the longer of two articles is taken as derived
        'newsdesk-kessan-ferry rewrite-of westcoast-daily-ferry',
      ].sort(),
    );
    assert.ok(!found.some((l) => l.articleId === otherFerry.id || l.target === otherFerry.id));
    assert.deepEqual(links([...all].reverse(), mode), found);
  });
}
