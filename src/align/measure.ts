// What a quantity measures: event class + counted thing (+ unit), so that "up to 12,000 troops were
// sent" and "an estimated 12,000 soldiers were deployed" fall under one key.
import { INCREMENT, MONEY, type Quantity } from '../annotate/quantities.ts';
import { canonicalTerm } from './synonyms.ts';

const PEOPLE = new Set([
  'soldier',
  'people',
  'person',
  'civilian',
  'resident',
  'fighter',
  'worker',
  'child',
  'man',
  'woman',
  'commuter',
  'passenger',
  'prisoner',
  'victim',
]);

const PEOPLE_EVENTS = new Set([
  'deploy',
  'casualty',
  'killed',
  'injured',
  'capture',
  'evacuate',
  'rescue',
  'displace',
]);

export function measureKey(q: Quantity): string | null {
  // a number with no counted thing, unit or event beside it ("38, of Troy", "two last week") is
  // too vague to be a figure or to contradict another
  if (q.label || (!q.head && !q.unit && !q.eventBeside)) return null;
  if (q.unit === 'years old') {
    if (!q.thing) return null;
    // "a 47-year-old man and a 48-year-old man" are two people; a name is one person
    return /^\p{Lu}/u.test(q.thing)
      ? `age:${q.thing.toLowerCase()}`
      : `age:${q.thing.toLowerCase()}:${q.value}`;
  }
  const head = q.head ? canonicalTerm(q.head) : undefined;
  // a further eight, another 20: an increment is not the same measure as a total
  const added = q.qualifier && INCREMENT.has(q.qualifier) ? ':added' : '';
  // sums in two currencies are one sum converted, never a disagreement
  if (q.unit && MONEY.test(q.unit)) return `money:${head ?? q.event ?? '?'}:${q.unit}${added}`;
  // a share of something unnamed is compared with nothing: one figure per value
  if (q.unit === 'fraction' || q.unit === '%') return `share:${q.event ?? head ?? `?:${q.value}`}`;
  if (q.unit) return head ? `size:${head}:${q.unit}` : null;
  // "two women and one man died": each part keeps what it counts, apart from any total
  if (q.event && q.part) return `${q.event}:${head ?? q.thing?.toLowerCase() ?? ''}:part`;
  const people = head && PEOPLE.has(head) ? 'people' : head;
  // events that happen to people: a bare count ("over 4,000 had suffered losses") counts people
  if (q.event) return `${q.event}:${people ?? (PEOPLE_EVENTS.has(q.event) ? 'people' : '')}${added}`;
  if (head) return `count:${head}${added}`;
  return null;
}

const EVENT_LABEL: Record<string, string> = {
  deploy: 'sent or deployed',
  casualty: 'killed, wounded or lost',
  killed: 'killed',
  shot: 'shot',
  injured: 'injured',
  capture: 'captured',
  evacuate: 'evacuated',
  rescue: 'rescued',
  cost: 'cost',
  displace: 'displaced',
};

/** A reader's name for a measure key, from the things its quantities count ("people killed"). */
export function measureLabel(key: string, things: string[]): string {
  const [kind, a, b] = key.split(':');
  const thing = mode(things);
  const added = key.endsWith(':added') ? ' (additional)' : '';
  if (kind === 'age') return `age of ${(thing ?? '').replace(/^(serviceman|servicewoman|soldier)\s+/i, '')}`;
  if (kind === 'share') {
    if (a === '?') return 'share';
    // "share of damage" rather than the synonym class the key holds ("problem")
    return EVENT_LABEL[a] ? `share ${EVENT_LABEL[a]}` : `share of ${thing ?? a}`;
  }
  if (kind === 'money')
    return a === '?' && !thing ? `amount in ${b}${added}` : `${thing ?? EVENT_LABEL[a] ?? a} (${b})${added}`;
  if (kind === 'size') return `${a} (${b})`;
  if (kind === 'count') return `${thing ?? a}${added}`;
  const event = EVENT_LABEL[kind] ?? kind;
  return `${thing ?? (a === 'people' ? 'people' : '')} ${event}${added}`.trim();
}

function mode(xs: string[]): string | undefined {
  const c = new Map<string, number>();
  for (const x of xs) c.set(x, (c.get(x) ?? 0) + 1);
  return [...c.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0];
}

/** Qualifiers that give a lower bound or an upper one. */
const LOWER_BOUND = new Set(['more than', 'over', 'just over', 'at least']);
const UPPER_BOUND = new Set([
  'up to',
  'as many as',
  'nearly',
  'almost',
  'close to',
  'just under',
  'fewer than',
  'less than',
  'under',
]);

/** Qualifiers that round: "about 6.0" stands for what rounds to it. */
const APPROXIMATE = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'an estimated',
  'estimated',
]);

/**
 * Whether two stated values of one measure can both be true as reporters use them: a lower bound
 * below an upper bound ("more than 100 mph" and "up to 120 mph"); an approximate value, or a
 * round hundred, within 5% of the other ("about 6.0" and 6.1, 600 and 612); and, for counts of
 * things that are not events (`count:`, `size:` keys), a bound the other value meets ("a
 * population of more than 100,000" and "a population of 120,000"). A lower bound of what happened
 * against a plain value ("at least three dead" and "10 dead") or another lower bound ("more than
 * 26,000" and "more than 31,000") still tells of different counts: an earlier report, or another
 * source.
 */
export function compatibleValues(
  a: { value: number; qualifier?: string },
  b: { value: number; qualifier?: string },
  key = '',
): boolean {
  if (a.value === b.value) return true;
  const [low, high] = a.value < b.value ? [a, b] : [b, a];
  const lq = low.qualifier?.toLowerCase() ?? '';
  const hq = high.qualifier?.toLowerCase() ?? '';
  // a round hundred is a rounded count as surely as "about" says so ("killing 600" / 612)
  const rounded = (v: { value: number }, q: string) =>
    APPROXIMATE.has(q) || (v.value >= 100 && v.value % 100 === 0);
  if ((rounded(low, lq) || rounded(high, hq)) && high.value - low.value <= 0.05 * high.value) return true;
  if (/^(?:count|size):/.test(key) && ((LOWER_BOUND.has(lq) && !hq) || (UPPER_BOUND.has(hq) && !lq)))
    return true;
  return LOWER_BOUND.has(lq) && UPPER_BOUND.has(hq);
}

/**
 * Measures whose values can dispute one another: what happened to people (killed, injured,
 * captured, sent…), sums of money, shares, a quake's magnitude, a population. Counts of other
 * things or of people with nothing happening to them, sizes and ages are stated of many things in
 * one story (two games missed, four games missed; 12 magazines in one raid, 31 in five; 1,000
 * people here, 2,000 there; his age at the crime and at the trial): their values are figures of
 * their own, and inside a claim another value of them is another fact, not a conflict.
 */
const DISPUTABLE = /^(money|share):|^(?!count:)[a-z]+:(people)?(:added)?$|^count:(population|magnitude)$/;
export const disputable = (key: string) => DISPUTABLE.test(key);

/**
 * Whether two values can be two estimates of one thing: within a factor of four (the 612 killed by
 * an earlier quake and this one's 10, a city's 500,000 and an island's 120,000, "one in 500 users"
 * and two million users are not).
 */
export const near = (x: number, y: number) => Math.max(x, y) <= 4 * Math.min(x, y);
