// Quantities: a number with its qualifier ("up to", "more than"), unit, the thing counted and the
// event it counts (deployed, killed or wounded, captured…). Dates and model names are not numbers.
import type { DateMention } from './dates.ts';
import type { Sentence, Token } from './nlp.ts';

export interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number;
  unit?: string;
  qualifier?: string;
  /** What is counted, as written: "North Korean troops". */
  thing?: string;
  /** Head noun lemma of the counted thing: "troop". */
  head?: string;
  /** Event class of the nearest event word: "deploy", "casualty", "capture", … */
  event?: string;
  /** The event word is beside the number ("killing 10", "about 50 hurt"), not just near it. */
  eventBeside?: boolean;
  sentence: number;
  /** A number that names or describes ("Interstate 75", "a 12-gauge shotgun"): stated, not a figure. */
  label?: true;
  /** One of counts joined by "and" ("two women and one man died"): a part of a whole. */
  part?: true;
  /** An end of a range ("between 40 and 80 percent", "40 to 70 percent"): 'low' or 'high'. */
  range?: 'low' | 'high';
}

const WORD_NUM: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};
const FRACTION: Record<string, number> = {
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  half: 1 / 2,
  fifth: 1 / 5,
  fifths: 1 / 5,
};
const MULT: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  // written after an amount of money: "$200MM", "€3bn", "$40M", "£2.5m", "$500K"
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  b: 1e9,
  bn: 1e9,
};
/** "$140-150MM", "$140-150 million": the multiplier after the range's end is the start's too. */
const RANGE_END =
  /^\s?[-–]\s?[£$€]?\d+(?:\.\d+)?(MM|mn|bn|[mMbBkK](?![\p{L}\d])|\s+(?:thousand|million|billion|trillion)\b)/u;

/** Event classes: news vocabulary for what a count measures. */
const EVENT_WORDS: Record<string, string> = {
  deploy: 'send deploy deployment dispatch station',
  killed: 'kill killed killing dead die death fatality toll',
  injured:
    'wound wounded wounding injure injured injuring hurt injury hospital treat hospitalise hospitalize',
  shot: 'shoot shot shooting gunned',
  casualty: 'lose loss casualty',
  capture: 'capture detain arrest seize captive',
  evacuate: 'evacuate evacuation',
  rescue: 'rescue',
  cost: 'cost pay spend fund price worth',
  displace: 'displace flee',
};
/** The event class of a word, by lemma or surface form ("constructor" is not a key). */
const eventWord = (word: string): string | undefined => EVENT_OF.get(word);
const eventOf = (t: Token): string | undefined => eventWord(t.lemma) ?? eventWord(t.text.toLowerCase());

const EVENT_OF = new Map(
  Object.entries(EVENT_WORDS).flatMap(([event, words]) => words.split(' ').map((w) => [w, event] as const)),
);

const QUALIFIER =
  /\b(up to|as many as|at least|more than|over|nearly|almost|about|around|approximately|roughly|some|an estimated|estimated|fewer than|less than|under|close to|just over|just under|a further|another|an additional|additional)\s+$/i;
/** Qualifiers that make the number an increment, not a total. */
export const INCREMENT = new Set(['a further', 'another', 'an additional', 'additional']);
/** Units of measure: a number of these is a dimension, not a count of things. */
const UNITS =
  /^(metres?|meters?|kilometres?|kilometers?|km|miles?|feet|foot|ft|inches?|yards?|kg|kilograms?|tonnes?|tons?|litres?|liters?|gallons?|acres?|hectares?|degrees?|points?|mph|kph)$/i;
/**
 * A number, with its currency, multiplier, fraction or percent; not one inside a word, a time, a
 * decimal or after a hyphen ("AK-47", "I-75"), except a quake's "magnitude-5.9".
 */
const NUMBER =
  /(?<![\p{L}\d:.])(?<!(?<!magnitude)-)((?:US|AU|A|CA|C|NZ|HK|S)?[£$€](?:US)?\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a dozen|dozens)(?=(?:MM|mn|bn|[mMbBkK])(?![\p{L}\d])|(?![\p{L}\d]))(?:-(third|thirds|quarter|quarters|half|fifth|fifths)\b)?(\s?(?:%|percent\b|per cent\b))?(\s+(?:thousand|million|billion|trillion)\b|(?:MM|mn|bn|[mMbBkK])(?![\p{L}\d]))?(-year-old\b)?/giu;

/** Words between a count's counted thing and its verb: "80 people were also wounded". */
const AUXILIARY = /^(were|was|are|is|been|be|have|had|also|reportedly)$/i;
const THING_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** The word "magnitude" before a quake's value, or "-magnitude" / "on the Richter scale" after it. */
const MAGNITUDE_BEFORE =
  /\bmagnitude(?:\s+(?:of|at|was|is|to))?(?:\s+(?:at least|about|around|nearly|some|up to|more than))?[\s-]*$/i;
const MAGNITUDE_AFTER = /^(?:\s?-\s?|\s)(?:magnitude|strength)\b|^\s+on the richter scale/i;
/** Words between a verb and the count it governs: "killing at least 10", "injured some 40". */
const COUNT_LEAD = new Set(
  'at least more than about around nearly almost some up to as many over approximately roughly an estimated a the other another'.split(
    ' ',
  ),
);
/** Things whose length is a figure: "an eight-year deal" (not "a 10-year serviceman"). */
const TERMED = new Set(
  'deal contract offer agreement extension sentence term lease loan bond plan programme program ban moratorium suspension mission project war truce ceasefire'.split(
    ' ',
  ),
);
const DURATION = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/i;
/** Words before how many live in a place: "a city of 500,000", "home to about 120,000". */
const POPULATION_BEFORE =
  /\b(?:(?:city|town|village|island|country|nation|province|region|state|district|community|municipality|population) of|home to|inhabited by)\s+(?:about |around |some |nearly |almost |roughly |approximately |more than |over |just over |under |fewer than |less than )?$/i;
/** What follows "shot" when it is the verb: a count, a determiner, a pronoun or a name. */
const SHOT_OBJECT = new Set(['NUM', 'DET', 'PRON', 'PROPN']);
/** "10 a. m.", "7pm": a time of day. */
const TIME_AFTER = /^\s?[ap]\.?\s?m\b/i;
/** Names of months and weekdays, which a day's number may follow ("Saturday 10"). */
const CALENDAR =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/i;
/** The rest of "$37. 5 million" after "$37". */
const SPACED_DECIMAL =
  /^\.\s(\d+)(\s+(?:thousand|million|billion|trillion)\b|(?:MM|mn|bn|[mMbB])(?![\p{L}\d]))/u;
/** A number joined to a word by a hyphen modifies a noun: "a 12-gauge shotgun". */
const COMPOUND_MODIFIER = /^-\p{L}/u;
/** "31-24", "66-0": the first number of a score (a range with a unit or a percent is no score). */
const SCORE = /^-\d+(?![\d.]|\s?(?:%|percent|per cent)|\s+(?:thousand|million|billion)\b)/;
/** Who can be lost (counted as casualties): "lost 4,000 soldiers", not "lost nine straight". */
const LOSABLE =
  /^(soldier|troop|people|person|civilian|personnel|fighter|man|woman|child|life|member|serviceman|officer|crew|sailor|marine|citizen|resident|worker)$/;
/** A relative pronoun: what comes after it is said of the noun before it. */
const RELATIVE = /^(who|whom|whose|which)$/i;
/** Where a counted thing ends: "three berths next week", "two last week". */
const THING_END = /^(last|next|this|past)$/i;

export function findQuantities(
  text: string,
  sentences: Sentence[],
  tokens: Token[],
  dates: DateMention[],
): Quantity[] {
  const out: Quantity[] = [];
  const inDate = (a: number, b: number) => dates.some((d) => a < d.end && b > d.start);
  for (const s of sentences) {
    const sText = text.slice(s.start, s.end);
    const sTokens = tokens.slice(s.tokens[0], s.tokens[1]);
    /** The event class of each token, computed once a sentence has a number. */
    let sentenceEvents: Array<string | undefined> | undefined;
    let resumeAt = -1;
    const found: Quantity[] = [];
    const eventAtOf = new Map<Quantity, number>();
    for (const m of sText.matchAll(NUMBER)) {
      let raw = m[0];
      const a = s.start + (m.index ?? 0);
      let b = a + raw.length;
      /** Where the counted thing may start: after the number, or after the end of its range. */
      let thingFrom = b;
      const numText = m[2].toLowerCase();
      if (numText === 'dozens') continue;
      if (inDate(a, b)) continue;
      if (/^(19|20)\d\d$/.test(numText) && !m[4] && !m[1]) continue; // a year
      if (/^\d/.test(numText) && /^(s|th|st|nd|rd)\b/.test(text.slice(b, b + 3))) continue; // 1950s, 5th
      if (a < resumeAt) continue; // the decimals of an amount read with its spaced point
      if (/^[:.]\d/.test(text.slice(b, b + 2))) continue; // times and versions
      // a number that names or describes rather than counts: "10 a. m.", "Interstate 75", "Boeing
      // 737", "a 12-gauge shotgun" — kept as a number the sentence states, but no figure
      const label = (v: number) =>
        found.push({ start: a, end: b, text: raw, value: v, sentence: s.index, label: true });
      if (TIME_AFTER.test(text.slice(b, b + 8)) && /^\d+$/.test(numText)) {
        label(Number(numText));
        continue;
      }
      if (
        /^\d[\d,]*$/.test(numText) &&
        !m[1] &&
        !m[4] &&
        !m[5] &&
        /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(s.start, a - 30), a))
      ) {
        const prev = sTokens.filter((t) => t.end <= a).pop();
        const next = sTokens.find((t) => t.start >= b);
        // "In Springfield 10 people were hurt": a plural noun after it is what it counts
        const counts =
          next?.pos === 'NOUN' &&
          (next.lemma !== next.text.toLowerCase() || /^(people|men|women|children)$/i.test(next.text));
        // "AK 47 rifles": after letters in capitals the number is a model's, whatever follows
        const model = !!prev && /^\p{Lu}{2,}$/u.test(prev.text);
        if (
          prev &&
          // a name, or a capitalised noun inside the sentence ("Week 15", "Game 7")
          (prev.pos === 'PROPN' ||
            (prev.pos === 'NOUN' && prev.start > s.start && /^\p{Lu}/u.test(prev.text))) &&
          prev.end === a - 1 &&
          !CALENDAR.test(prev.text) &&
          (!counts || model)
        ) {
          label(Number(numText.replace(/,/g, '')));
          continue;
        }
      }
      let value = numText === 'a dozen' ? 12 : (WORD_NUM[numText] ?? Number(numText.replace(/,/g, '')));
      if (!Number.isFinite(value)) continue;
      let unit: string | undefined;
      if (m[3]) {
        value *= FRACTION[m[3].toLowerCase()];
        unit = 'fraction';
      } else if (
        /^one$/.test(numText) &&
        !m[4] &&
        !m[5] &&
        !m[1] &&
        // "one of the captives", "one said" are rarely figures; "One victim died" is
        !/^\s+(?:\p{L}+\s+){0,1}(?:victim|person|man|woman|child|soldier|people|worker|student|officer|passenger)s?\s+(?:was|were|died|killed|dead|injured|wounded|hurt)\b/iu.test(
          text.slice(b, s.end),
        )
      ) {
        continue;
      }
      if (m[4]) unit = '%';
      // an abbreviated multiplier counts after money only ("5m" may be five metres)
      if (m[5] && !/^\s/.test(m[5]) && !m[1]) continue;
      // "$37. 5 million": a decimal point followed by a space, as some page dumps write it
      const spaced = m[1] && !m[5] && !m[3] && !m[4] ? SPACED_DECIMAL.exec(text.slice(b, b + 40)) : null;
      if (spaced) {
        value = Number(`${numText.replace(/,/g, '')}.${spaced[1]}`) * MULT[spaced[2].trim().toLowerCase()];
        b += spaced[0].length;
        thingFrom = b;
        raw = text.slice(a, b);
        resumeAt = b;
      } else if (m[5]) value *= MULT[m[5].trim().toLowerCase()];
      else if (m[1]) {
        const end = text.slice(b).match(RANGE_END);
        if (end) {
          value *= MULT[end[1].trim().toLowerCase()];
          thingFrom = b + end[0].length;
        }
      }
      if (m[1]) unit = currencyOf(m[1]);
      if (m[6]) unit = 'years old';
      const before = sText.slice(0, m.index);
      // "two of the three victims died": three is the whole, two the count
      if (
        /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:the|those|its|their)\s+$/i.test(
          before,
        )
      )
        continue;
      // "a man aged 64", "two men, ages 47 and 48"
      const agedBy = /\b\p{L}+\s+aged\s+$|\bages\s+(?:\d+,?\s+(?:and\s+)?)*$/u.test(before);
      if (agedBy && !m[1] && !m[3] && !m[4]) unit = 'years old';
      const after = text.slice(b, b + 12);
      const compound = /^-(year|month|week|day)s?\b/i.exec(after);
      if (compound && !m[1] && !m[3] && !m[4] && !m[6]) {
        // "an eight-year offer", "an 8-year, $160 million contract": the length of the thing named
        const ni = sTokens.findIndex((t) => t.start >= b + compound[0].length);
        const noun = ni < 0 ? undefined : sTokens.slice(ni, ni + 6).find((t) => t.pos === 'NOUN');
        if (noun && TERMED.has(noun.lemma)) {
          out.push({
            start: a,
            end: b + compound[0].length,
            text: text.slice(a, b + compound[0].length),
            value,
            unit: `${compound[1].toLowerCase()}s`,
            thing: noun.text,
            head: noun.lemma,
            sentence: s.index,
          });
        }
        continue;
      }
      if (
        !m[6] &&
        /^[\s-]*(years?|months?|weeks?|days?|hours?|minutes?)\b/i.test(after) &&
        !/^\s*years?\s+old/i.test(after)
      ) {
        // durations ("five years") are not figures here
        continue;
      }
      // "won 31-24", "a 10-5 man": a score or a record, not a count
      if (!m[1] && !m[4] && SCORE.test(after)) {
        label(value);
        continue;
      }
      if (!m[6] && !m[3] && COMPOUND_MODIFIER.test(after) && !MAGNITUDE_AFTER.test(after)) {
        label(value);
        continue;
      }
      // ages: "Mark Teixeira, 28, …" and "who turns 29 in April"
      let agedName: Token | undefined;
      if (
        !m[1] &&
        !m[3] &&
        !m[4] &&
        !m[5] &&
        !m[6] &&
        Number.isInteger(value) &&
        value >= 14 &&
        value <= 110
      ) {
        const prev = sTokens.filter((t) => t.end <= a).slice(-2);
        if (
          prev.length === 2 &&
          prev[1].text === ',' &&
          prev[0].pos === 'PROPN' &&
          /^[,;]|^\.(?!\d)/.test(text.slice(b))
        ) {
          agedName = prev[0];
        } else if (/\b(turns|turned|turning|turn)\s+$/i.test(before)) {
          agedName = sTokens.filter((t) => t.end <= a && t.pos === 'PROPN').pop();
        }
        if (agedName) unit = 'years old';
      }
      const qual = before.match(QUALIFIER)?.[1]?.toLowerCase();
      // the thing counted: adjective/noun run after the number, or "of those X"
      const ti = sTokens.findIndex((t) => t.start >= thingFrom);
      const thing: Token[] = [];
      if (ti >= 0) {
        let i = ti;
        if (
          /^of$/i.test(sTokens[i]?.text) &&
          /^(the|those|its|their|all)$/i.test(sTokens[i + 1]?.text ?? '')
        ) {
          i += 2;
          // "two of the three victims": the count's group is named after the whole
          if (sTokens[i]?.pos === 'NUM') i++;
          // "one-third of those deployed": the participle names the counted group
          if (sTokens[i]?.pos === 'VERB' && /ed$/i.test(sTokens[i].text)) thing.push(sTokens[i++]);
        }
        while (i < sTokens.length && thing.length < 5) {
          const t = sTokens[i];
          const modelNumber =
            t.pos === 'NUM' && thing.length > 0 && /^\p{Lu}{2,}$/u.test(thing[thing.length - 1].text);
          if ((THING_POS.has(t.pos) && !eventOf(t) && !THING_END.test(t.text)) || modelNumber) {
            // "three AK 47 rifles": a model's number stays in the counted thing
            thing.push(t);
            i++;
          } else if (!thing.length && /^(those|these)$/i.test(t.text)) {
            i++;
          } else break;
        }
      }
      if (thing.length && DURATION.test(thing[0].text)) continue;
      if (agedName) thing.splice(0, thing.length, agedName);
      if (agedBy && !thing.length) {
        // "a man aged 64": the person is named before the age
        const who = sTokens.filter((t) => t.end <= a - 'aged '.length).pop();
        if (who && who.pos === 'NOUN') thing.push(who);
      }
      let head = [...thing].reverse().find((t) => t.pos === 'NOUN' || t.pos === 'VERB')?.lemma;
      // how many live in a place: "a city of 500,000", "home to 120,000 people"
      let population = !unit && POPULATION_BEFORE.test(before);
      if (population) {
        head = 'population';
        thing.length = 0;
      }
      // a quake's size: "magnitude 5.9", "a magnitude of at least 5.9", "6.1-magnitude", "5.9 on the
      // Richter scale"
      if (MAGNITUDE_BEFORE.test(before) || MAGNITUDE_AFTER.test(text.slice(b, b + 30))) {
        head = 'magnitude';
        thing.length = 0;
      }
      if (thing.length && UNITS.test(thing[0].text)) {
        // "30 metres of walkway": a dimension of the thing after "of"; bare dimensions are skipped
        const rest = sText.slice(thing[thing.length - 1].end - s.start);
        const of = rest.match(/^\s+of\s+(?:the\s+|a\s+)?([\p{L}-]+)/u);
        unit = thing[0].text.toLowerCase().replace(/s$/, '');
        if (of) head = of[1].toLowerCase();
        else {
          // "speeds up to 120 mph", "chased him for 30 miles": what the words just before name
          const numAt = sTokens.findIndex((t) => t.end > a);
          const near = sTokens.slice(Math.max(0, numAt - 5), Math.max(0, numAt)).reverse();
          const named = near.find((t) => t.pos === 'NOUN') ?? near.find((t) => t.pos === 'VERB');
          if (!named) continue;
          head = named.lemma;
        }
      }
      // the nearest event word outside the counted-thing phrase
      const numIdx = sTokens.findIndex((t) => t.end > a);
      const skip = new Set(thing);
      let event: string | undefined;
      let best = Number.POSITIVE_INFINITY;
      let bestAt = -1;
      // "shot" read as a noun is the verb when an object follows ("A gunman shot three people"),
      // not in "each shot" or "a warning shot at them"
      sentenceEvents ??= sTokens.map((t, i) =>
        t.lemma === 'shot' && !SHOT_OBJECT.has(sTokens[i + 1]?.pos ?? '') ? undefined : eventOf(t),
      );
      const events = sentenceEvents;
      const eventAt = (i: number) => (skip.has(sTokens[i]) ? undefined : events[i]);
      // "killing at least 10 people and injuring many": the verb right before the count governs it
      let governing = numIdx - 1;
      while (governing > 0 && COUNT_LEAD.has(sTokens[governing].text.toLowerCase())) governing--;
      let beside = false;
      // "3 people were killed and 14 people were injured": the count's own verb after it, past the
      // counted thing and auxiliaries only, governs it before any nearer event word
      let own = numIdx + 1;
      while (own < sTokens.length && (skip.has(sTokens[own]) || AUXILIARY.test(sTokens[own].text))) own++;
      if (governing >= 0 && governing < numIdx && eventAt(governing)) {
        [event, bestAt] = [eventAt(governing), governing];
        beside = true;
      } else if (numIdx >= 0 && own < sTokens.length && eventAt(own)) {
        [event, bestAt] = [eventAt(own), own];
        beside = true;
      } else
        sTokens.forEach((_, i) => {
          const ev = eventAt(i);
          if (!ev) return;
          // "A receptionist died and two men underwent surgery": the clause before is another's
          // "the death of her granddaughter, who had four children": nor is a relative clause's
          if (
            i < numIdx &&
            sTokens.slice(i + 1, numIdx).some((t) => t.pos === 'CCONJ' || RELATIVE.test(t.text))
          )
            return;
          const dist = Math.abs(i - numIdx) + (i < numIdx ? 0.5 : 0);
          if (dist < best && dist <= 14) [best, event, bestAt] = [dist, ev, i];
        });
      // "about 50 hurt", "80 people were wounded": only the counted thing and auxiliaries between
      // "over 4,000 had suffered losses": or the count's own verb, then the event
      if (!beside && bestAt > numIdx) {
        const between = sTokens
          .slice(numIdx + 1, bestAt)
          .filter((t) => !skip.has(t) && !AUXILIARY.test(t.text));
        beside = between.length === 0 || (between.length === 1 && between[0].pos === 'VERB' && !thing.length);
      }
      // "lost nine straight", "a 27-point loss": a loss of something other than people is no casualty
      if (event === 'casualty' && head && !LOSABLE.test(head) && /^los/.test(sTokens[bestAt]?.lemma ?? ''))
        event = undefined;
      // "killed or wounded", "dead and injured": one count of both is a casualty count
      if (event === 'killed' || event === 'injured') {
        const other = event === 'killed' ? 'injured' : 'killed';
        for (let i = Math.max(0, bestAt - 3); i <= Math.min(sTokens.length - 1, bestAt + 3); i++)
          if (eventAt(i) === other) event = 'casualty';
      }
      // "the number of people injured … had risen to 22"
      const numberOf = before.match(/\bnumber of\s+((?:\p{L}+\s+){0,2}?\p{L}+)\s+(\p{L}+ed)\b/u);
      if (numberOf && !thing.length) {
        event ??= eventWord(numberOf[2].toLowerCase());
        head ??= numberOf[1].split(/\s+/).pop()?.toLowerCase();
      }
      // "200,000 residents" with nothing done to them
      if (
        !beside &&
        !unit &&
        thing.length &&
        /^(resident|inhabitant)$/.test(head ?? '') &&
        thing[0] === sTokens[ti]
      ) {
        population = true;
        head = 'population';
        thing.length = 0;
      }
      const q: Quantity = {
        start: a,
        end: b,
        text: raw,
        value: Math.round(value * 1e6) / 1e6,
        sentence: s.index,
      };
      if (unit) q.unit = unit;
      if (qual) q.qualifier = qual;
      if (thing.length) q.thing = text.slice(thing[0].start, thing[thing.length - 1].end).replace(/’/g, "'");
      if (head) q.head = head;
      // a magnitude measures the quake, not what it did
      if (event && head !== 'magnitude' && !population) {
        q.event = event;
        if (beside) q.eventBeside = true;
        eventAtOf.set(q, bestAt);
      }
      found.push(q);
    }
    // an event word beside one count is that count's: "flattening seven villages and killing 10
    // people" — the villages were not killed
    const claimed = new Set(found.filter((q) => q.eventBeside).map((q) => eventAtOf.get(q)));
    for (const q of found) {
      // a share ("two-thirds of those presumed dead") is of the group the other count names
      if (q.eventBeside || !q.event || q.unit === 'fraction' || q.unit === '%') continue;
      if (!claimed.has(eventAtOf.get(q))) continue;
      delete q.event;
    }
    // "two women and one man died", "seizing 12 Somali and 11 Yemeni nationals": counts joined by
    // "and" are parts of one whole, and the event of one is the other's
    for (let k = 1; k < found.length; k++) {
      const [first, second] = [found[k - 1], found[k]];
      if (!first.thing || !second.thing || first.unit || second.unit || first.label || second.label) continue;
      const thingAt = text.indexOf(first.thing, first.end);
      if (thingAt < 0 || !COORDINATED.test(text.slice(thingAt + first.thing.length, second.start))) continue;
      first.part = true;
      second.part = true;
      if (!first.event && second.event) first.event = second.event;
      else if (first.event && !second.event) second.event = first.event;
    }
    // a sum in parentheses right after another is that sum converted: "$US1 million ($1.52
    // million)", "£85 million (€103 million)"
    for (let k = 1; k < found.length; k++) {
      const [before, q] = [found[k - 1], found[k]];
      if (
        MONEY.test(before.unit ?? '') &&
        MONEY.test(q.unit ?? '') &&
        CONVERTED.test(text.slice(before.end, q.start))
      )
        q.label = true;
    }
    markRanges(text, found);
    out.push(...found);
  }
  return out;
}

/** The multiplier a number is written with ("$150 million", "$200MM"), if any. */
const multiplierOf = (text: string): number | undefined =>
  MULT[text.match(/([a-z]+)$/i)?.[1].toLowerCase() ?? ''];

/** "between 40 and 80", "40 to 70", "40-80": the words between the ends of a range. */
const RANGE_JOIN = /^\s*(?:%|percent|per cent)?\s*(?:and|to|-|–|—)\s*$/i;

/**
 * The ends of a range: "between 40 and 80 percent damage", "40 percent to 70 percent of the
 * buildings", "12 to 15 people". The first end takes what the second one counts, its unit and
 * event ("40" is a percentage of the damage too); "from 10 to 12" is a change, not a range.
 */
function markRanges(text: string, found: Quantity[]): void {
  for (let k = 1; k < found.length; k++) {
    const [low, high] = [found[k - 1], found[k]];
    if (low.range || low.label || high.label || low.value >= high.value) continue;
    const join = text.slice(low.end, high.start);
    if (!RANGE_JOIN.test(join)) continue;
    const before = text.slice(Math.max(0, low.start - 12), low.start);
    const between = /\bbetween\s+(?:[£$€]\s?)?$/i.test(before);
    if (/\band\b/i.test(join) && !between) continue;
    if (/\bfrom\s+(?:[£$€]\s?)?$/i.test(before)) continue;
    if ((low.unit ?? high.unit) !== (high.unit ?? low.unit)) continue;
    low.range = 'low';
    high.range = 'high';
    // "between $140 and $150 million": the multiplier after the second end is the first's too
    const scale = multiplierOf(high.text);
    if (scale && !multiplierOf(low.text) && low.value * scale <= high.value) low.value *= scale;
    if (!low.unit && high.unit) low.unit = high.unit;
    if (!low.thing && high.thing) low.thing = high.thing;
    if (!low.head && high.head) low.head = high.head;
    if (!low.event && high.event) {
      low.event = high.event;
      if (high.eventBeside) low.eventBeside = true;
    }
  }
}

/** A currency sign as a unit: "$", "£", "€", or one with its country ("A$", "C$", "NZ$"). */
export const MONEY = /^[A-Z]{0,2}[£$€]$/;
/** What joins two counts of one whole: "and", "or", maybe after a comma. */
const COORDINATED = /^\s*,?\s*(?:and|or)\s+$/;

/** The unit of a written currency: "US$" and "$US" are "$", "AU$" is "A$", "CA$" is "C$". */
function currencyOf(sign: string): string {
  const s = sign.trim();
  if (/US/.test(s)) return '$';
  return s.replace(/^AU/, 'A').replace(/^CA/, 'C');
}
/** What stands between a sum and its conversion: an opening parenthesis, maybe "about". */
const CONVERTED = /^\s*\(\s*(?:about|around|roughly|some|approximately)?\s*$/i;
