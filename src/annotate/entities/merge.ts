// Merges entity mentions across the articles of a story into entities with name variants:
// "Cho" → "Cho Tae-yul", "Kursk region" → "Kursk Oblast", "Yonhap" → "Yonhap News Agency",
// "Ukraine's Security Service" → "Security Service of Ukraine".
import { LOWER_PLACE_SUFFIX, ORG_WORDS, PLACE_WORDS, PLACES } from './lexicon.ts';
import type { EntityType, Mention } from './mentions.ts';

export interface MergedEntity {
  name: string;
  type: EntityType;
  aliases: string[];
  articleIds: string[];
  mentions: number;
}

export interface ArticleMention extends Mention {
  articleId: string;
}

interface Group {
  names: Map<string, number>;
  types: Map<EntityType, number>;
  articles: Set<string>;
  count: number;
}

const key = (s: string) => s.toLowerCase();
const EMPTY: Group = { names: new Map(), types: new Map(), articles: new Set(), count: 0 };
const words = (s: string) => s.split(/\s+/);

function placeBase(name: string): string {
  const w = words(name);
  const isSuffix = (x: string) => PLACE_WORDS.has(x.toLowerCase()) || LOWER_PLACE_SUFFIX.has(x.toLowerCase());
  let a = 0;
  let z = w.length;
  while (z - a > 1 && isSuffix(w[z - 1])) z--;
  while (z - a > 1 && isSuffix(w[a])) a++;
  return w.slice(a, z).join(' ');
}

/** Ranks and titles written before a name: "Lt. Gerry Scherlinck", "Troy Police Lt. Gerry Scherlinck". */
const TITLE =
  /^(?:mr|mrs|ms|dr|prof|sir|lt|sgt|capt|cpt|col|gen|maj|cmdr|det|insp|supt|officer|sergeant|lieutenant|captain|detective|inspector|chief|deputy|rep|sen|gov|judge|justice|rev|fr)\.?$/;
/** Generational suffixes: "Anthony LaCalamita III", "John Smith Jr." */
const GENERATION = /^(?:jr|sr|ii|iii|iv|v)\.?$/;

/**
 * The key of a person's name without titles, middle initials and generational suffix, so that
 * "Lt. Gerry Scherlinck" ~ "Gerry Scherlinck", "Robert J. Pickell" ~ "Robert Pickell",
 * "Anthony LaCalamita III" ~ "Anthony LaCalamita"; undefined when fewer than two words remain.
 */
export function personKey(name: string): string | undefined {
  let w = words(key(name)).filter(Boolean);
  let lastTitle = -1;
  w.forEach((x, i) => {
    if (TITLE.test(x)) lastTitle = i;
  });
  if (lastTitle >= 0 && lastTitle < w.length - 2) w = w.slice(lastTitle + 1);
  while (w.length > 2 && GENERATION.test(w[w.length - 1])) w = w.slice(0, -1);
  // initials before the surname ("W. Mark Felt", "Robert J. Pickell")
  w = w.filter((x, i) => i === w.length - 1 || !/^\p{L}\.?$/u.test(x));
  return w.length >= 2 ? w.join(' ') : undefined;
}

/** The generational suffix a name ends with ("jr", "iii"), or "". */
const generationOf = (k: string) => {
  const last = words(k).pop() ?? '';
  return GENERATION.test(last) ? last.replace(/\.$/, '') : '';
};

/** The middle initials of a name ("robert j. pickell" → "j"). */
const initials = (k: string) =>
  words(k)
    .slice(1, -1)
    .filter((x) => /^\p{L}\.?$/u.test(x))
    .map((x) => x[0])
    .join('');

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', 'de', '&']);

/**
 * The initials of a name as an acronym: "United States Geological Survey", "US Geological Survey",
 * "U. S. Geological Survey" and "USGS" all give "USGS"; an all-capital word gives all its letters.
 * Undefined for a single word that is not all capitals.
 */
export function acronymOf(name: string): string | undefined {
  const w = name.split(/\s+/).filter((x) => x && !ACRONYM_SKIP.has(x.toLowerCase()));
  const caps = (x: string) => /^(?:\p{Lu}\.?){2,}$|^\p{Lu}\.$/u.test(x);
  if (w.length === 1 && !caps(w[0])) return undefined;
  let out = '';
  for (const x of w) {
    if (caps(x)) out += x.replace(/\./g, '');
    else if (/^\p{Lu}/u.test(x)) out += x[0];
    else return undefined;
  }
  return out;
}

/** Returns the merged entities and, for each mention key, the canonical entity name. */
/**
 * Whether two words are one letter apart (a letter changed, added or dropped) anywhere but at
 * the end, where a letter changes the name ("Mario" / "Maria", "Advisor" / "Advisors").
 */
function oneLetterApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.min(a.length, b.length) - 1) return false;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  if (a.length === b.length) return rest(a, 1) === rest(b, 1);
  return a.length > b.length ? rest(a, 1) === rest(b, 0) : rest(a, 0) === rest(b, 1);
}

/** Names of as many words, each the same or (five letters or more) one letter apart. */
export function spelledAlike(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (a[i].length < 5 || b[i].length < 5 || !oneLetterApart(a[i], b[i])) return false;
    changed++;
  }
  return changed > 0;
}

export function mergeEntities(mentions: ArticleMention[]): {
  entities: MergedEntity[];
  canonical: Map<string, string>;
} {
  const groups = new Map<string, Group>();
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let x = k;
    while (parent.get(x) !== x) x = parent.get(x) as string;
    return x;
  };
  // counts of the multi-word names in each set, kept at its root (see personCount)
  const multiCount = new Map<string, number>();
  const union = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    parent.set(ra, rb);
    multiCount.set(rb, (multiCount.get(rb) ?? 0) + (multiCount.get(ra) ?? 0));
  };
  for (const m of mentions) {
    const k = key(m.name);
    let g = groups.get(k);
    if (!g) {
      g = { names: new Map(), types: new Map(), articles: new Set(), count: 0 };
      groups.set(k, g);
      parent.set(k, k);
    }
    g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
    g.types.set(m.type, (g.types.get(m.type) ?? 0) + 1);
    g.articles.add(m.articleId);
    g.count++;
  }
  const typeOf = (g: Group): EntityType => {
    let best: EntityType = 'other';
    let n = 0;
    for (const [t, c] of g.types) if (t !== 'other' && c > n) [best, n] = [t, c];
    return best;
  };
  const keys = [...groups.keys()];
  const wordsOf = new Map(keys.map((k) => [k, words(k)]));
  const typeOfKey = new Map(keys.map((k) => [k, typeOf(groups.get(k) as Group)]));
  const multi = keys.filter((k) => (wordsOf.get(k) as string[]).length > 1);
  for (const m of multi) multiCount.set(m, (groups.get(m) as Group).count);
  const personKeys = new Map(multi.map((m) => [m, personKey(m)]));
  const organisations = multi.filter((m) => typeOfKey.get(m) === 'organization');
  // people by the first and last word of their name without rank, initials or "III"
  const peopleByName = new Map<string, string[]>();
  for (const m of multi) {
    if (typeOfKey.get(m) !== 'person') continue;
    const mw = words(personKeys.get(m) ?? m);
    for (const end of new Set([mw[0], mw[mw.length - 1]]))
      peopleByName.set(end, [...(peopleByName.get(end) ?? []), m]);
  }
  // one person written with or without a title, a middle initial or "III"
  const byPerson = new Map<string, string>();
  // a father and a son ("Mark Felt Sr", "Mark Felt Jr") share a key: such keys merge nothing
  const generations = new Map<string, Set<string>>();
  for (const k of multi) {
    const pk = personKeys.get(k);
    const g = generationOf(k);
    if (pk && g) generations.set(pk, (generations.get(pk) ?? new Set()).add(g));
  }
  for (const k of multi) {
    const pk = personKeys.get(k);
    if (!pk || (generations.get(pk)?.size ?? 0) > 1) continue;
    const first = byPerson.get(pk);
    if (first === undefined) byPerson.set(pk, k);
    else if (
      (typeOfKey.get(k) === 'person' || typeOfKey.get(first) === 'person') &&
      // "Robert J. Pickell" and "Robert K. Pickell" are two people
      (!initials(k) || !initials(first) || initials(k) === initials(first))
    )
      union(k, first);
  }
  // an acronym and its spelled-out forms (three letters or more): "USGS", "UAE"
  const byAcronym = new Map<string, string>();
  for (const [k, g] of groups) {
    const name = [...g.names.keys()][0];
    const acronym = acronymOf(name);
    if (!acronym || acronym.length < 3) continue;
    const first = byAcronym.get(acronym);
    if (first === undefined) byAcronym.set(acronym, k);
    else union(k, first);
  }
  /** How often the multi-word names of `k`'s set are used. */
  const personCount = (k: string) => multiCount.get(find(k)) ?? 0;
  // place variants share a base name
  const byBase = new Map<string, string>();
  for (const k of keys) {
    const g = groups.get(k) as Group;
    if (typeOf(g) !== 'place') continue;
    const base = key(placeBase(k));
    const other = byBase.get(base);
    if (other) union(k, other);
    else byBase.set(base, k);
  }
  for (const k of keys) {
    const base = byBase.get(k);
    if (base && base !== k) union(k, base);
  }
  for (const k of keys) {
    const w = wordsOf.get(k) as string[];
    // organisation prefix: "Yonhap" of "Yonhap News Agency"
    for (const m of organisations) {
      if (m === k) continue;
      const mw = wordsOf.get(m) as string[];
      if (
        mw.length > w.length &&
        w.every((x, i) => mw[i] === x) &&
        mw.slice(w.length).every((x) => ORG_WORDS.has(x))
      )
        union(k, m);
    }
    // surname or given name of exactly one multi-word person
    if (w.length === 1) {
      // the people (forms of one person count as one) whose first or last name it is
      const owners = new Set((peopleByName.get(k) ?? []).map(find));
      // "B Mark Teixeira" (from "1B Mark Teixeira") beside "Mark Teixeira": the far more used one owns it
      const ranked = [...owners].map((m) => [m, personCount(m)] as const).sort((a, b) => b[1] - a[1]);
      const owner =
        ranked.length === 1 || (ranked.length > 1 && ranked[0][1] >= 3 * ranked[1][1])
          ? ranked[0]?.[0]
          : undefined;
      if (owner && typeOfKey.get(k) !== 'place') union(k, owner);
    }
  }
  // "Boston Red Sox" ⊃ "Red Sox", "New York Yankees" ⊃ "Yankees": a place name before a name
  for (const m of multi) {
    const mw = words(m);
    for (let cut = 1; cut < mw.length; cut++) {
      const head = mw.slice(0, cut).join(' ');
      const rest = mw.slice(cut).join(' ');
      const placeHead =
        PLACES.has(head) || PLACES.has(mw[cut - 1]) || typeOf(groups.get(head) ?? EMPTY) === 'place';
      if (groups.has(rest) && placeHead) union(rest, m);
    }
  }
  // "Ukraine's Security Service" ↔ "Security Service of Ukraine"
  for (const m of mentions) {
    if (!m.possessor) continue;
    const target = key(`${m.name} of ${m.possessor}`);
    if (groups.has(target)) {
      const alias = `${m.possessor}'s ${m.name}`;
      const g = groups.get(target) as Group;
      g.names.set(alias, (g.names.get(alias) ?? 0) + 1);
      g.articles.add(m.articleId);
      union(key(m.name), target);
    }
  }
  // one name spelled two ways: "Heidar Alishvandi" / "Heydar Alishbandi", "Hormozgan" /
  // "Hormuzgan", "Gordon Advisors" / "Gordon Advisers" (the story flags them too: align/variants.ts)
  const bySkeleton = new Map<string, string[]>();
  for (const k of keys) {
    const w = wordsOf.get(k) as string[];
    if (w.length === 1 && k.length < 7) continue;
    const skeleton = w.map((x) => x[0]).join(' ');
    bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), k]);
  }
  for (const ks of bySkeleton.values()) {
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        const [ta, tb] = [typeOfKey.get(ks[i]), typeOfKey.get(ks[j])];
        if (ta !== tb && ta !== 'other' && tb !== 'other') continue;
        if (spelledAlike(wordsOf.get(ks[i]) as string[], wordsOf.get(ks[j]) as string[])) union(ks[i], ks[j]);
      }
    }
  }
  const merged = new Map<string, Group[]>();
  for (const k of keys) {
    const r = find(k);
    if (!merged.has(r)) merged.set(r, []);
    merged.get(r)?.push(groups.get(k) as Group);
  }
  const entities: MergedEntity[] = [];
  const canonical = new Map<string, string>();
  for (const gs of merged.values()) {
    const names = new Map<string, number>();
    const types = new Map<EntityType, number>();
    const articles = new Set<string>();
    let count = 0;
    for (const g of gs) {
      for (const [n, c] of g.names) names.set(n, (names.get(n) ?? 0) + c);
      for (const [t, c] of g.types) types.set(t, (types.get(t) ?? 0) + c);
      for (const a of g.articles) articles.add(a);
      count += g.count;
    }
    const type = typeOf({ names, types, articles, count });
    const ranked = [...names.entries()].sort(
      (a, b) =>
        Number(/'s /.test(a[0])) - Number(/'s /.test(b[0])) ||
        words(b[0]).length - words(a[0]).length ||
        b[1] - a[1] ||
        a[0].localeCompare(b[0]),
    );
    // places: prefer the most used form that carries a place word ("Kursk Oblast")
    const name =
      type === 'place'
        ? ([...names.entries()].filter(([n]) => words(n).length > 1).sort((a, b) => b[1] - a[1])[0]?.[0] ??
          ranked[0][0])
        : type === 'person'
          ? // a person is named without a rank or title ("Gerry Scherlinck", not "Lt. Gerry Scherlinck")
            (ranked.find(([n]) => !words(key(n)).some((x) => TITLE.test(x)))?.[0] ?? ranked[0][0])
          : ranked[0][0];
    const aliases = [...new Set(ranked.map(([n]) => n))].filter((n) => key(n) !== key(name));
    const uniqueAliases = aliases.filter((n, i) => aliases.findIndex((x) => key(x) === key(n)) === i);
    entities.push({ name, type, aliases: uniqueAliases, articleIds: [...articles].sort(), mentions: count });
    for (const n of names.keys()) canonical.set(key(n), name);
  }
  entities.sort(
    (a, b) =>
      b.articleIds.length - a.articleIds.length || b.mentions - a.mentions || a.name.localeCompare(b.name),
  );
  return { entities, canonical };
}
