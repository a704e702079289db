// Entity mentions: runs of capitalised words in a sentence, trimmed, split at titles, and typed
// from their own words and nearby cues. Offsets point into the article text.
import type { Sentence, Token } from '../nlp.ts';
import { LOWER_PLACE_SUFFIX, NOT_NAMES, ORG_WORDS, PLACE_WORDS, PLACES, ROLE_WORDS } from './lexicon.ts';

export type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Mention {
  start: number;
  end: number;
  /** Surface name with typographic apostrophes straightened. */
  name: string;
  type: EntityType;
  /** Title or role that preceded a person's name, e.g. "Foreign Minister". */
  role?: string;
  /** Name of a possessor right before it: "Ukraine" in "Ukraine’s Security Service". */
  possessor?: string;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}\d]*(?:-[\p{L}\p{M}\d]+)*(?:['’]\p{Lu}[\p{L}]*)?\.?`;
const CONNECT = String.raw`(?:\s+(?:of(?:\s+the)?|de|van|von|der|al|bin|da|du|la|le)\s+|\s+|-)`;
const RUN = new RegExp(
  `${WORD}(?:${CONNECT}${WORD})*(?:\\s+(?:region|province|oblast|district|county|city|area)\\b)?`,
  'gu',
);
const ORG_CONTEXT =
  /\b(publication|newspaper|agency|outlet|broadcaster|company|firm|group|daily|channel|station|magazine|website|network)\s+$/i;

const lower = (w: string) => w.toLowerCase().replace(/[.’']/g, '');
const straighten = (s: string) => s.replace(/’/g, "'");

function typeOf(words: string[], before: string): EntityType {
  const lw = words.map(lower);
  if (lw.some((w) => ORG_WORDS.has(w)) || words.some((w) => /^\p{Lu}{2,6}$/u.test(w))) return 'organization';
  if (words.length === 1 && /^\p{Lu}{2,6}s$/u.test(words[0])) return 'other';
  if (ORG_CONTEXT.test(before)) return 'organization';
  if (
    PLACE_WORDS.has(lw[lw.length - 1]) ||
    PLACE_WORDS.has(lw[0]) ||
    LOWER_PLACE_SUFFIX.has(lw[lw.length - 1])
  )
    return 'place';
  if (lw.some((w) => PLACES.has(w)) && words.length <= 3) return 'place';
  // names of people carry no place or organisation words ("Avel Coast Fire …" is not a person)
  if (lw.some((w) => PLACE_WORDS.has(w))) return 'other';
  if (words.length >= 2 && words.length <= 4) return 'person';
  return 'other';
}

/** A demonym used as an adjective: "North Korean soldiers", "Ukrainian forces". */
function isDemonym(words: string[], nextToken: Token | undefined): boolean {
  const last = lower(words[words.length - 1]);
  if (PLACES.has(last)) return false;
  if (/(ians|eans|ans|ese|ian|ean)$/.test(last) && words.length <= 2) return true;
  if (words.length === 1 && /(ian|ean|ese|ish)$/.test(last)) return true;
  return (
    /(an|ian|ean|ese|ish|i)$/.test(last) &&
    !!nextToken &&
    /^(NOUN|ADJ|PROPN)$/.test(nextToken.pos) &&
    /^\p{Ll}/u.test(nextToken.text)
  );
}

/** Capitalised words seen away from a sentence start: evidence that a word is a name. */
function midSentenceCapitals(text: string, sentences: Sentence[]): Set<string> {
  const seen = new Set<string>();
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(/(?<=[\p{L}\p{N},;:)’'"]\s+)\p{Lu}[\p{L}\p{M}-]*/gu)) seen.add(m[0]);
  }
  return seen;
}

const PERSON_CUE =
  /\b(\d+-year-old|serviceman|servicewoman|soldier|defector|leader|spokesperson|spokesman|spokeswoman|eyewitness|resident|named|mr|ms|mrs|dr)\s+$/i;

/** Function words that only a Title Case headline capitalises in mid-sentence ("Offer To Teixeira"). */
const TITLE_CASE_WORDS = new Set(
  'To Of In On For With At By From Will Is Are Was Were Out Up Over After As And But The A An Into Than Be Has Have'.split(
    ' ',
  ),
);

function isTitleCase(sentence: string): boolean {
  const words = sentence.split(/\s+/).slice(1);
  return (
    words.filter((w) => TITLE_CASE_WORDS.has(w)).length >= 1 &&
    words.filter((w) => /^\p{Lu}/u.test(w)).length / Math.max(1, words.length) > 0.6
  );
}

export function findMentions(text: string, sentences: Sentence[], tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  const tokenAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    tokenAt.set(t.start, i);
  });
  const capitals = midSentenceCapitals(text, sentences);
  for (const s of sentences) {
    const sText = text.slice(s.start, s.end);
    // a headline in Title Case capitalises every word: its runs are not names
    if (isTitleCase(sText)) continue;
    for (const m of sText.matchAll(RUN)) {
      let start = s.start + (m.index ?? 0);
      let surface = m[0].replace(/\.$/, '');
      let words = surface.split(/\s+|(?<=\p{L})-(?=\p{Lu})/u);
      // drop leading capitalised function words ("The", "On", "During")
      // and a sentence-initial adverb ("Naturally"), or a stray letter ("1B Mark Teixeira")
      while (
        words.length &&
        (NOT_NAMES.has(lower(words[0])) ||
          /^\p{L}$/u.test(words[0]) ||
          (start === s.start && /^\p{Lu}\p{Ll}+ly$/u.test(words[0])))
      ) {
        const cut = surface.indexOf(words[0]) + words[0].length;
        const rest = surface.slice(cut).replace(/^\s+/, '');
        start += surface.length - rest.length;
        surface = rest;
        words = words.slice(1);
      }
      while (words.length && /^(of|the|de|van|von|der|al|bin|da|du|la|le)$/.test(words[0])) {
        const rest = surface.slice(words[0].length).replace(/^\s+/, '');
        start += surface.length - rest.length;
        surface = rest;
        words = words.slice(1);
      }
      if (!words.length) continue;
      const end = start + surface.length;
      const before = text.slice(Math.max(s.start, start - 40), start);
      let after = tokenAt.get(end) ?? -1;
      for (let k = s.tokens[0]; after < 0 && k < s.tokens[1]; k++) if (tokens[k].start >= end) after = k;
      const nextToken = after >= 0 ? tokens[after] : undefined;
      if (isDemonym(words, nextToken)) continue;
      // "Yonhap reports that…" speaks; in "Recent reports suggest…" the reports are the subject
      const reportsNoun =
        !!nextToken &&
        /^reports?$/i.test(nextToken.text) &&
        /^(VERB|AUX)$/.test(tokens[after + 1]?.pos ?? '');
      const speaks =
        (nextToken &&
          !reportsNoun &&
          /^(say|report|tell|announce|state|note|claim|confirm|add|write)$/.test(nextToken.lemma)) ||
        /^\s+(is|was|has|have|had)\s+(been\s+)?report(ing|ed)\b/.test(text.slice(end, end + 40));
      if (
        words.length === 1 &&
        start === s.start &&
        !capitals.has(words[0]) &&
        !PLACES.has(lower(words[0])) &&
        !speaks
      ) {
        // a lone capitalised word opening a sentence is a name only if it is capitalised elsewhere too
        continue;
      }
      const possessor = /(\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*)*)['’]s\s+$/u.exec(before)?.[1];
      let type = typeOf(words, before);
      if (type === 'other' && PERSON_CUE.test(before)) type = 'person';
      let role: string | undefined;
      let nameStart = start;
      let name = surface;
      if (type !== 'organization') {
        const lw = words.map(lower);
        let k = -1;
        for (let i = 0; i < lw.length - 1; i++) if (ROLE_WORDS.has(lw[i])) k = i;
        if (k >= 0) {
          const head = words.slice(0, k + 1).join(' ');
          const cut = surface.indexOf(words[k + 1], surface.indexOf(words[k]) + words[k].length);
          if (!/^\p{Lu}/u.test(words[k + 1])) continue;
          role = head;
          name = surface.slice(cut);
          nameStart = start + cut;
          type = 'person';
        } else if (ROLE_WORDS.has(lw[lw.length - 1])) continue;
      }
      if (name.length < 2) continue;
      const mention: Mention = { start: nameStart, end, name: straighten(name), type };
      if (role) mention.role = role;
      if (possessor) mention.possessor = straighten(possessor);
      out.push(mention);
    }
  }
  return out;
}
