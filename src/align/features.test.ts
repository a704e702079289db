import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createNlp, tokenize } from '../annotate/nlp.ts';
import {
  caseStage,
  farApart,
  idfOf,
  locationTokens,
  otherTimes,
  type SentenceFeatures,
  samePredicate,
  sentenceFeatures,
  settingMask,
  settingOnly,
  shareAgainstCount,
  similarity,
  timesOfDay,
} from './features.ts';
import { timedArticle } from './fixtures.ts';
import { canonicalTerm } from './synonyms.ts';

const article = timedArticle;
/** The features of the first sentence of a one-article text. */
const fs = (id: string, text: string) => sentenceFeatures(article(id, text), (n) => n)[0];

const A = article(
  'a',
  'Photo: Soldiers at the pier. (Reuters)\n' +
    'Up to 400 troops were deployed to Greywick on Monday. Officials have yet to confirm the cost.',
);
const canonical = (n: string) => (n === 'Greywick' ? 'Greywick Island' : n);

test('captions give no features; body sentences give terms, entities, numbers and dates', () => {
  const fs = sentenceFeatures(A, canonical);
  assert.deepEqual(
    fs.map((f) => A.article.text.slice(f.start, f.end)),
    ['Up to 400 troops were deployed to Greywick on Monday.', 'Officials have yet to confirm the cost.'],
  );
  const [deploy] = fs;
  assert.equal(deploy.articleId, 'a');
  assert.ok(deploy.terms.has('soldier'), 'troops map to the soldier class');
  assert.ok(deploy.terms.has('send'), 'deployed maps to the send class');
  assert.ok(!deploy.terms.has('troop'));
  assert.deepEqual([...deploy.entities], ['Greywick Island']);
  assert.deepEqual([...deploy.numbers], [400]);
  assert.deepEqual([...deploy.dates], ['2025-03-17']);
});

test('negation is detected, including "have yet to"', () => {
  const [deploy, cost] = sentenceFeatures(A, canonical);
  assert.equal(deploy.negated, false);
  assert.equal(cost.negated, true);
  const b = article('b', 'The ferry did not sail on Friday. The ferry sailed on Friday.');
  assert.deepEqual(
    sentenceFeatures(b, (n) => n).map((f) => f.negated),
    [true, false],
  );
});

test('"cant" denies; "not only", "not until" and "none other than" deny nothing', () => {
  const b = article(
    'b',
    'The mayor said he cant open the harbour bridge this week. ' +
      'The navy not only repulsed the attack on the ferry but also seized the boat. ' +
      'It was not until March that the council published the inspection report. ' +
      'The ribbon was cut by none other than the mayor of Port Alder himself.',
  );
  const fs = sentenceFeatures(b, (n) => n);
  assert.deepEqual(
    fs.map((f) => f.negated),
    [true, false, false, false],
  );
  assert.ok(fs[0].negatedTerms.has('open'));
  assert.equal(fs[1].negatedTerms.size, 0);
});

test('canonicalTerm maps synonyms to one class and leaves other words alone', () => {
  assert.equal(canonicalTerm('troop'), 'soldier');
  assert.equal(canonicalTerm('deploy'), 'send');
  assert.equal(canonicalTerm('doorway'), 'door');
  assert.equal(canonicalTerm('ferry'), 'ferry');
});

test('similarity is high for the same sentence and zero for sentences with nothing in common', () => {
  const fs = sentenceFeatures(A, canonical);
  const idf = idfOf(fs);
  assert.ok(similarity(fs[0], fs[0], idf) > 1);
  assert.equal(similarity(fs[0], fs[1], idf), 0);
});

test('shared dates, numbers and entities raise similarity beyond the wording', () => {
  const base = (over: Partial<SentenceFeatures>): SentenceFeatures => ({
    names: new Set(),
    setting: new Set(),
    articleId: 'x',
    sentence: 0,
    start: 0,
    end: 1,
    terms: new Map([
      ['bridge', 1],
      ['close', 1],
    ]),
    verbs: new Set(),
    entities: new Set(),
    numbers: new Set(),
    ages: new Set(),
    dates: new Set(),
    measures: [],
    negated: false,
    negatedTerms: new Set(),
    conditional: false,
    hedged: false,
    itSubject: false,
    ...over,
  });
  const idf = new Map([
    ['bridge', 1],
    ['close', 1],
  ]);
  const plain = similarity(base({}), base({ articleId: 'y' }), idf);
  const dated = similarity(
    base({ dates: new Set(['2025-03-17']), numbers: new Set([2]), entities: new Set(['Greywick']) }),
    base({
      articleId: 'y',
      dates: new Set(['2025-03-17']),
      numbers: new Set([2]),
      entities: new Set(['Greywick']),
    }),
    idf,
  );
  assert.ok(Math.abs(plain - 1) < 1e-9);
  // a small shared number ("2") counts little, a distinctive one ("12,000") much more
  assert.ok(Math.abs(dated - 1.4) < 1e-9);
  const bigNumber = similarity(
    base({ numbers: new Set([12000]) }),
    base({ articleId: 'y', numbers: new Set([12000]) }),
    idf,
  );
  assert.ok(Math.abs(bigNumber - 1.2) < 1e-9);
});

test('two sentences say the same thing happened only through a shared verb, number or date', () => {
  const [a, b, c] = sentenceFeatures(
    article(
      'p',
      'The building stands 15 miles north of Detroit. A motorist spotted the car 50 miles north of Detroit. ' +
        'Police spotted the car near Flint.',
    ),
    canonical,
  );
  assert.equal(samePredicate(a, b), false, 'only the setting is shared');
  assert.equal(samePredicate(b, c), true, 'the same verb');
  // a shared hedging or light verb ("appeared") says nothing about what happened
  const [d, e] = sentenceFeatures(
    article(
      'q',
      'There appeared to be some purpose in the shooting, the chief said. ' +
        'The gunman appeared at the office building and fired twice.',
    ),
    canonical,
  );
  assert.equal(samePredicate(d, e), false);
});

/** The words of a one-sentence article that lie in its setting, as `settingMask` marks them. */
function settingWords(text: string): string[] {
  const a = article('m', text);
  const [s] = a.sentences;
  const mask = settingMask(a.tokens, s.tokens[0], s.tokens[1]);
  return a.tokens.slice(s.tokens[0], s.tokens[1]).flatMap((t, i) => (mask[i] ? [t.text] : []));
}

test('the setting of a sentence: what it takes as given, not what it states', () => {
  const arrested = settingWords(
    'LaCalamita had been arrested following a high-speed chase after the morning shootings.',
  );
  assert.ok(
    arrested.includes('chase') && arrested.includes('shootings'),
    'phrases opened by "following", "after"',
  );
  assert.ok(arrested.includes('speed'), 'a hyphen inside a word does not end the phrase');
  assert.ok(!arrested.includes('arrested'));
  assert.deepEqual(settingWords('The quake struck the island, which is home to 120,000 people, on Sunday.'), [
    'which',
    'is',
    'home',
    'to',
    '120,000',
    'people',
  ]);
  assert.deepEqual(
    settingWords('Palin released a statement after the fire and offered an apology to the pastor.'),
    ['after', 'the', 'fire'],
    'a verb joined by "and" ends the phrase',
  );
  assert.ok(
    settingWords(
      'Ukraine reported heavy casualties among the troops deployed alongside Russian forces.',
    ).includes('deployed'),
    'a participle after a noun, once its clause has a verb',
  );
  assert.ok(
    settingWords('Captured on January 11, the two soldiers received medical treatment.').includes('Captured'),
  );
  const aside = settingWords(
    'The Nationals upgraded their initial offer -- eight years, $160 million -- to $184 million.',
  );
  assert.ok(aside.includes('eight') && aside.includes('160'), 'between two dashes');
  assert.ok(!aside.includes('184') && !aside.includes('upgraded'));
  assert.deepEqual(settingWords('The Times (which credits a radio station) reported an offer.'), [
    '(',
    'which',
    'credits',
    'a',
    'radio',
    'station',
    ')',
  ]);
  assert.deepEqual(
    settingWords('The offer is for eight years -- the biggest in club history.'),
    [],
    'one dash is no aside',
  );
  const spaced = settingWords('The offer - - eight years, $160 million - - was raised to $184 million.');
  assert.ok(spaced.includes('eight') && !spaced.includes('raised'), 'a dash written "- -"');
  const score = settingWords('They won 3 - 2 on Sunday - their first win in years - at home.');
  assert.ok(score.includes('first') && !score.includes('2'), 'a score is no dash');
  assert.deepEqual(
    settingWords('Following the attack the army closed the border.'),
    ['Following', 'the', 'attack'],
    'a sentence-opening phrase with no comma ends before the next subject',
  );
  // not setting: a relative clause inside the subject (the verb after it is the sentence's own),
  // a clause after a verb of saying or "that", "after" as a verb's own particle
  for (const text of [
    'A man who was fired last week killed three people at the firm.',
    'Residents who fled the fire returned to their homes on Tuesday.',
    'The company that lost the lawsuit appealed the verdict.',
    'Police said a man who was fired last week killed three people at the firm.',
    'Police said the investigation led them to the office.',
  ])
    assert.deepEqual(settingWords(text), [], text);
  assert.deepEqual(settingWords('Local news reported that two of the three victims died.'), []);
  assert.deepEqual(settingWords('They are going after rules that protect wildlife.'), []);
});

test('the apposition after a subject is setting; a clause between commas, or a list, is not', () => {
  assert.deepEqual(settingWords('The suspect, 38-year-old Tomas Veld, was seeking out his bosses.'), [
    ',',
    '38',
    '-',
    'year',
    '-',
    'old',
    'Tomas',
    'Veld',
    ',',
  ]);
  // a relative clause has its verb: no apposition
  assert.ok(!settingWords('Veld, who was fired on Monday, walked into the office.').includes(','));
  assert.deepEqual(
    settingWords('In Greywick, one of the harbour towns, several buildings were evacuated.'),
    [],
  );
  assert.deepEqual(settingWords('Veld walked in, stopped at the desk, and entered the office.'), []);
});

test('a verb shared only in the setting of one sentence is not a shared predicate', () => {
  const [losses, sent, deployed] = sentenceFeatures(
    article(
      'r',
      'The troops suffered heavy losses during their deployment to Kursk. ' +
        'Pyongyang deployed its troops to Kursk last year. ' +
        'About 12,000 troops were deployed to Kursk in the autumn.',
    ),
    canonical,
  );
  assert.ok(losses.setting.has('send') && !sent.setting.has('send'));
  assert.equal(samePredicate(losses, sent), false, 'the deployment is only the setting of the losses');
  assert.equal(samePredicate(sent, deployed), true);
});

test('"had yet to" denies like "had not"; fragments give no features', () => {
  const fs = sentenceFeatures(
    article('y', 'Riva had yet to regain consciousness on Wednesday at the hospital. It was tough.'),
    canonical,
  );
  assert.equal(fs.length, 1, 'the three-word fragment is left out');
  assert.equal(fs[0].negated, true);
  assert.ok(fs[0].negatedTerms.has('regain'));
});

test('words of the credit phrase, numbers written as words and time words are not terms', () => {
  const a = article(
    'c',
    'The harbour will close three berths next week, Port Director Ann Moss said on Monday.',
  );
  const [plain] = sentenceFeatures(a, (n) => n);
  const text = a.article.text;
  const credit = text.indexOf('Port Director');
  const [credited] = sentenceFeatures(a, (n) => n, [[credit, text.indexOf(' on Monday')]]);
  for (const t of ['harbor', 'close', 'berth']) assert.ok(credited.terms.has(t), t);
  for (const t of ['three', 'monday', 'next']) assert.ok(!plain.terms.has(t), t);
  assert.ok(plain.terms.has('week'), 'a unit of time is a word like any other');
  assert.ok(plain.terms.has('moss') && plain.entities.has('Ann Moss'), 'without a credit the speaker counts');
  assert.ok(!credited.terms.has('moss') && !credited.terms.has('director'));
  assert.equal(credited.entities.has('Ann Moss'), false, 'the speaker is no entity of the fact');
  assert.deepEqual([...credited.numbers], [3], 'the number itself is kept as a value');
});

test('two sentences confirming different things by one speaker do not share a predicate', () => {
  const a = article('d', 'Coach Ann Moss confirmed the club made an offer to the striker.');
  const b = article('e', 'Coach Ann Moss later confirmed the club withdrew from the talks.');
  const [fa] = sentenceFeatures(a, (n) => n);
  const [fb] = sentenceFeatures(b, (n) => n);
  assert.equal(samePredicate(fa, fb), false);
  assert.ok(!fa.terms.has('confirm') && !fa.terms.has('make'), 'light verbs are no terms either');
  assert.ok(fa.terms.has('offer') && fb.terms.has('withdraw'));
  const c = article('f', 'The club offered the striker a contract, Coach Ann Moss said.');
  assert.equal(samePredicate(fa, sentenceFeatures(c, (n) => n)[0]), true, '"offered" is shared');
});

test('"expressed a desire" asks for something; "expressed concern" only voices it', () => {
  const [wish] = sentenceFeatures(
    article('g', 'None of the sailors has expressed a desire to stay.'),
    (n) => n,
  );
  const [concern] = sentenceFeatures(
    article('h', 'The owner expressed concern about the length of the deal.'),
    (n) => n,
  );
  const [seek] = sentenceFeatures(article('i', 'The player is seeking a deal of ten years.'), (n) => n);
  assert.ok(wish.terms.has('request') && wish.verbs.has('request'));
  assert.ok(!concern.terms.has('request') && !concern.verbs.has('request'));
  assert.equal(samePredicate(concern, seek), false, 'voicing concern is not seeking');
});

test('a shared age names one person; it does not make two sentences say the same thing happened', () => {
  const [located] = sentenceFeatures(
    article('j', 'Police located Anthony Reyes, 38, on the interstate.'),
    (n) => n,
  );
  const [arrested] = sentenceFeatures(
    article('k', 'Anthony Reyes, 38, was arrested after a chase.'),
    (n) => n,
  );
  assert.ok(located.ages.has(38) && located.numbers.has(38));
  assert.equal(samePredicate(located, arrested), false);
  const [toll] = sentenceFeatures(article('l', 'The storm left 38 people homeless.'), (n) => n);
  const [count] = sentenceFeatures(article('m', 'Officials counted 38 people without a home.'), (n) => n);
  assert.equal(samePredicate(toll, count), true, 'a shared count still does');
});

test('sentences sharing names but not what is said about them score lower', () => {
  const a = fs('g', 'The Harbour club has Tomas Veld at first base and Jan Moss at third.');
  const b = fs('h', 'The Harbour club would move Tomas Veld from first to third and trade Jan Moss.');
  const c = fs('i', 'Tomas Veld and Jan Moss of the Harbour club play first base and third base.');
  assert.ok(a.names.has('veld') && a.names.has('moss') && !a.names.has('base'));
  const idf = idfOf([a, b, c]);
  // a and c share "first", "base" and "third" besides the names; a and b only "first" and "third"
  assert.ok(similarity(a, c, idf) > similarity(a, b, idf));
});

test('what may happen scores lower against what happened than against what may happen', () => {
  const fact = fs('j', 'The Harbour club moved Tomas Veld from first base to third base.');
  const plan = fs('k', 'The Harbour club would move Tomas Veld from first base to third base.');
  const plan2 = fs('l', 'The Harbour club might move Tomas Veld from first base to third base.');
  assert.equal(fact.hedged, false);
  assert.equal(plan.hedged, true);
  const idf = idfOf([fact, plan, plan2]);
  assert.ok(similarity(plan, plan2, idf) > similarity(fact, plan, idf));
  // a purpose is what was meant to happen: "walked in with the purpose of killing him", "flew to
  // Greywick in an effort to convince him"
  for (const [id, text] of [
    ['p1', 'The clerk walked into the office with the purpose of killing the manager.'],
    ['p2', 'The owners flew to Greywick in an effort to convince Tomas Veld to sign.'],
    ['p3', 'The club signed Tomas Veld in order to replace its first baseman.'],
  ])
    assert.equal(fs(id, text).hedged, true, text);
  assert.equal(fs('p4', 'The clerk walked into the office and shot the manager.').hedged, false);
});

test('a short statement with a number is no fragment', () => {
  const [f] = sentenceFeatures(article('n', 'Tomas Veld will be 29 in April.'), (n) => n);
  assert.ok(f, '"Tomas Veld will be 29 in April." states a fact');
  assert.deepEqual([...f.numbers], [29]);
  assert.equal(sentenceFeatures(article('o', 'It is tough.'), (n) => n).length, 0);
});

test('a hedged sentence giving the same distinctive figure as a plain one keeps its similarity', () => {
  const plain = fs('p1', 'Up to 12,000 troops were sent to the Greywick front last autumn.');
  const hedged = fs('p2', 'Up to 12,000 troops may have been sent to the Greywick front last autumn.');
  const otherFigure = fs('p3', 'Up to 9,000 troops may have been sent to the Greywick front last autumn.');
  assert.ok(hedged.hedged && !plain.hedged);
  const idf = idfOf([plain, hedged, otherFigure]);
  assert.ok(similarity(plain, hedged, idf) > similarity(plain, otherFigure, idf) / 0.7 - 1e-9);
  // an age is no such figure: it names the person, not what happened
  const named = fs(
    'p4',
    'Police said the person killed in Greywick was a 63-year-old woman but would not name her.',
  );
  const verdict = fs('p5', 'Tomas Veld was convicted in the slaying of 63-year-old Ada Lind in Greywick.');
  const unnamed = fs(
    'p6',
    'Police said the person killed in Greywick was a 63-year-old woman and named her.',
  );
  assert.ok(named.hedged && !verdict.hedged && !unnamed.hedged);
  const idf2 = idfOf([named, verdict, unnamed]);
  assert.ok(similarity(named, verdict, idf2) < 0.75 * similarity(unnamed, verdict, idf2));
});

test('a verdict, charges brought and charges to come are stages of a case, never one fact; two charges may be one', () => {
  assert.equal(caseStage('Tomas Veld was found guilty of first-degree murder on Friday.'), 'verdict');
  assert.equal(caseStage('Veld pleaded guilty to arson.'), 'verdict');
  assert.equal(caseStage('Veld is charged with first-degree murder.'), 'charge');
  // a verdict that may come is no verdict; a plea of not guilty is no verdict either
  assert.equal(caseStage('He could face life in prison if convicted of murder.'), undefined);
  assert.equal(caseStage('Not guilty pleas were entered to charges of murder.'), 'charge');
  assert.equal(caseStage('The ferry sailed on Friday.'), undefined);
  // charges still to come are a stage of their own; an arraignment to come is on charges brought
  assert.equal(
    caseStage('Veld was held on a weapons charge and was expected to be charged Tuesday.'),
    'pending',
  );
  assert.equal(caseStage('Veld will be arraigned on two counts of murder.'), 'charge');
  const guilty = fs('v1', 'Tomas Veld was found guilty of first-degree murder in the death of Ann Moss, 63.');
  const charged = fs('v2', 'Tomas Veld is charged with first-degree murder in the death of Ann Moss, 63.');
  const charged2 = fs(
    'v3',
    'Veld was charged with first-degree murder in the death of Ann Moss, 63, of Alder.',
  );
  const idf = idfOf([guilty, charged, charged2]);
  assert.equal(similarity(guilty, charged, idf), 0);
  const expected = fs(
    'v4',
    'Tomas Veld was held on other charges and is expected to be charged with first-degree murder in the death of Ann Moss, 63.',
  );
  assert.equal(similarity(expected, charged, idfOf([guilty, charged, charged2, expected])), 0);
  assert.ok(similarity(charged, charged2, idf) > 0.34);
});

test('a distance and bearing are no words of the sentence; a name or a region is', () => {
  const text =
    'The quake struck 58km (36 miles) south-west of Port Alder, 930 miles south of the capital, ' +
    'in the less populated west of the island, 13 nautical miles away from South Greywick.';
  const t = tokenize(createNlp(), text, []).tokens;
  const located = locationTokens(t, 0, t.length);
  const words = (k: number) => t[k].text;
  const marked = [...located].sort((a, b) => a - b).map(words);
  assert.deepEqual(marked, ['km', 'miles', 'south', '-', 'west', 'miles', 'south', 'nautical', 'miles']);
  const quake = fs('d1', 'The quake was felt some 930 miles south of the capital, Greywick.');
  const bearing = fs('d2', 'The ferry sank about 36 miles south-west of Port Alder.');
  assert.ok(!quake.terms.has('mile') && !quake.terms.has('south'));
  assert.equal(similarity(quake, bearing, idfOf([quake, bearing])), 0);
});

test('a participle joined to a noun by a hyphen ("skyscraper-lined") is no verb of the sentence', () => {
  const evacuated = fs('h1', 'Several buildings in the skyscraper-lined business district were evacuated.');
  const shaken = fs('h2', 'The tremor shook buildings along the skyscraper-lined business district.');
  assert.ok(evacuated.terms.has('line') || evacuated.terms.has('lined'));
  assert.ok(![...evacuated.verbs].some((v) => v.startsWith('line')));
  assert.equal(samePredicate(evacuated, shaken), false);
  // a verb of its own still counts
  const lined = fs('h3', 'Crowds lined the business district as the buildings were evacuated.');
  assert.ok([...lined.verbs].some((v) => v.startsWith('line')));
});

test('two "it" sentences with nothing alike but common words are not one fact', () => {
  const killed = fs('i1', 'It killed 612 people and flattened several villages, leaving thousands homeless.');
  const razed = fs('i2', 'It razed thousands of buildings and left half the villages homeless.');
  const plain = fs('i3', 'The storm razed thousands of buildings and left half the villages homeless.');
  assert.ok(killed.itSubject && razed.itSubject && !plain.itSubject);
  assert.equal(fs('i4', 'It was a cold night on the quay.').itSubject, false);
  const idf = idfOf([killed, razed, plain]);
  assert.ok(similarity(killed, razed, idf) < similarity(killed, plain, idf));
});

test('counts of one measure too far apart to be one toll make two sentences less alike', () => {
  const ten = fs('f1', 'The quake in Greywick killed 10 people and injured dozens, officials said.');
  const twelve = fs('f2', 'The quake in Greywick killed 12 people and injured dozens, officials said.');
  const many = fs('f3', 'The quake in Greywick killed 612 people and injured dozens, officials said.');
  assert.equal(farApart(ten, twelve), false);
  assert.equal(farApart(ten, many), true);
  const idf = idfOf([ten, twelve, many]);
  assert.ok(similarity(ten, many, idf) < similarity(ten, twelve, idf));
});

test('times of day: two sentences at moments hours apart are less alike', () => {
  assert.deepEqual(
    timesOfDay('The network registered the quake at 17:06 hours local time (13:36 GMT).'),
    [1026, 816],
  );
  assert.deepEqual(timesOfDay('It struck around 10 a.m. Monday, and again at 4:20 p.m.'), [600, 980]);
  assert.deepEqual(timesOfDay('It measured 3.8 on the Richter scale and cost $27.5 million.'), []);
  const evening = fs('t1', 'The Greywick observatory registered the quake at 17:06 hours local time.');
  const morning = fs('t2', 'The Greywick observatory registered a quake at 09:10 hours local time.');
  const near = fs('t3', 'The Greywick observatory registered the quake at 17:10 hours local time.');
  assert.ok(otherTimes(evening, morning) && !otherTimes(evening, near));
  const idf = idfOf([evening, morning, near]);
  assert.ok(similarity(evening, morning, idf) < similarity(evening, near, idf));
});

test('a share of what happened and a count of it are two figures, not one fact stated twice', () => {
  const share = fs(
    's1',
    'Officials said about one-third of the troops in Greywick were killed or wounded in the fighting.',
  );
  const count = fs(
    's2',
    'Officials said more than 3,000 troops in Greywick were killed or wounded in the fighting.',
  );
  const other = fs(
    's3',
    'Officials said about 3,100 of the troops in Greywick were killed or wounded in the fighting.',
  );
  assert.ok(shareAgainstCount(share, count) && shareAgainstCount(count, share));
  assert.equal(shareAgainstCount(count, other), false);
  // alike in all but the figure, neither pair sharing one
  const idf = idfOf([share, count, other]);
  assert.ok(similarity(share, count, idf) < 0.6 * similarity(other, count, idf));
});

test('a sentence sharing only what it takes as given states something else', () => {
  const power = fs(
    'p1',
    'Power was restored to the villages of Greywick after a blackout caused by the quake, which struck on Sunday with a force of about 6.0 on the Richter scale.',
  );
  const stated = fs(
    'p2',
    'The quake struck on Sunday with a force of about 6.0 on the Richter scale, and power was restored to the villages of Greywick after a blackout.',
  );
  const tremor = fs(
    'p3',
    'Tremors from a quake registering 6.1 on the Richter scale were felt across the gulf in Dubai.',
  );
  assert.ok(['quake', 'richter', 'scale'].every((t) => power.setting.has(t) && !stated.setting.has(t)));
  assert.ok(settingOnly(power, tremor) && !settingOnly(tremor, power));
  assert.equal(settingOnly(stated, tremor), false);
  // the same words shared, in the setting of one and in what the other states
  const idf = idfOf([power, stated, tremor]);
  assert.ok(similarity(power, tremor, idf) < 0.8 * similarity(stated, tremor, idf));
});

test('the people of a country share one word with their adjective; other plurals are left alone', () => {
  const people = fs('d1', 'The law of Greywick recognizes North Koreans and Ukrainians as citizens.');
  const soldiers = fs('d2', 'Two North Korean soldiers and a Ukrainian officer were captured near Greywick.');
  assert.ok(people.terms.has('korean') && soldiers.terms.has('korean'));
  assert.ok(people.terms.has('ukrainian') && !people.terms.has('koreans'));
  assert.ok(fs('d3', 'The harbour plans for Greywick were published on Monday.').terms.has('plan'));
});
