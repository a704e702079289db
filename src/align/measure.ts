// What a quantity measures: event class + counted thing (+ unit), so that "up to 12,000 troops were
// sent" and "an estimated 12,000 soldiers were deployed" fall under one key.
import { INCREMENT, type Quantity } from '../annotate/quantities.ts';
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
  if (q.unit === 'years old') return q.thing ? `age:${q.thing.toLowerCase()}` : null;
  const head = q.head ? canonicalTerm(q.head) : undefined;
  // a further eight, another 20: an increment is not the same measure as a total
  const added = q.qualifier && INCREMENT.has(q.qualifier) ? ':added' : '';
  if (q.unit && /^[£$€]$/.test(q.unit)) return `money:${head ?? q.event ?? '?'}${added}`;
  if (q.unit === 'fraction' || q.unit === '%') return `share:${q.event ?? head ?? '?'}`;
  if (q.unit) return head ? `size:${head}:${q.unit}` : null;
  const people = head && PEOPLE.has(head) ? 'people' : head;
  // events that happen to people: a bare count ("over 4,000 had suffered losses") counts people
  if (q.event) return `${q.event}:${people ?? (PEOPLE_EVENTS.has(q.event) ? 'people' : '')}${added}`;
  if (head) return `count:${head}${added}`;
  return null;
}
