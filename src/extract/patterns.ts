// Line-level patterns for page boilerplate: rules that say whether a line matches (with the reason
// recorded when it is dropped), and small readers for bylines, credits and declared originals.
// Kept as small independent rules so each can be tested and reasoned about on its own.

export interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Strong markers: once one is met after the article body, the rest of the page is page furniture. */
export const TAIL_MARKERS: RegExp[] = [
  /^related(\s+(posts|articles|stories|news|content|reading))?\s*:?$/i,
  /^(read|see)\s+(also|more)\s*:?$/i,
  /^more\s+(from|on|stories|news)\b.{0,40}$/i,
  /^leave\s+a\s+(reply|comment)\b/i,
  /^(\d+\s+)?comments?\s*:?$/i,
  /^[Aa]bout\s+(the\s+author|[A-Z][\p{L}'’-]+(\s+[A-Z][\p{L}'’-]+){0,3})\s*$/u,
  /^view\s+all\s+posts\s+by\b/i,
  /^you\s+(may|might)\s+also\s+(like|enjoy)\b/i,
  /^(most\s+(read|popular|viewed)|trending(\s+now)?|recommended(\s+for\s+you)?)\s*:?$/i,
  /^(share|share this|share this article|tags?)\s*:?$/i,
];

export const LINE_RULES: LineRule[] = [
  {
    reason: 'site search box',
    test: (l) => /^search(\s+(this|the)\s+site|\s+for)?\s*(\.\.\.|…)?$/i.test(l.trim()),
  },
  {
    reason: 'news ticker',
    test: (l) =>
      /^(breaking(\s+news)?(\s+ticker)?|live|just in)\s*:/i.test(l.trim()) && words(l).length <= 24,
  },
  { reason: 'masthead', test: (l) => masthead(l) !== null },
  { reason: 'language switcher', test: (l) => /^([a-z]{2}(\s*[|/·]\s*|\s+)){1,6}[a-z]{2}$/i.test(l.trim()) },
  {
    reason: 'navigation',
    test: (l) => {
      const parts = l.split(/\s*[|•·»›]\s*/).filter(Boolean);
      return parts.length >= 3 && parts.every((p) => words(p).length <= 3) && !/[.!?]$/.test(l.trim());
    },
  },
  {
    reason: 'comment form',
    test: (l) =>
      /^(leave a (reply|comment)|cancel reply|post comment|your email address will not be published|required fields are marked|save my name, email)/i.test(
        l,
      ),
  },
  {
    reason: 'author box',
    test: (l) => /^view all posts by\b/i.test(l) || /^about the author$/i.test(l),
  },
  {
    reason: 'correction or feedback prompt',
    test: (l) =>
      /(suggest a correction|highlight the text and press|leave your suggestions|report (a|an) (error|typo)|spotted a mistake)/i.test(
        l,
      ),
  },
  {
    reason: 'donation or subscription appeal',
    test: (l) => {
      const hits = (
        l.match(
          /\b(donat\w*|patrons?|become a (member|supporter|patron|subscriber)|support (us|our|independent)|subscribe\w*|newsletter|sign up|join our community|cup of coffee|paywall|ad ?blocker|advertising revenue|disabling your ad)\b/gi,
        ) ?? []
      ).length;
      return hits >= 2 || (hits >= 1 && words(l).length <= 14);
    },
  },
  {
    reason: 'share buttons',
    test: (l) =>
      /^(share( on| this)?|tweet|email|print|copy link)(\s*[|,]?\s*(facebook|twitter|x|whatsapp|telegram|linkedin|email|print|reddit))*\s*$/i.test(
        l,
      ),
  },
  {
    reason: 'copyright notice',
    test: (l) => /^(©|\(c\)|copyright\b)/i.test(l) || /all rights reserved/i.test(l),
  },
  {
    reason: 'image keywords',
    // alt-text soup: a long run of lowercase words with no sentence punctuation and no capitals
    test: (l) => words(l).length >= 12 && !/[A-Z.!?;:"“”]/.test(l),
  },
];

/** A masthead line: an upper-case name and a tagline, "AVEL GAZETTE - Serving … since 1887". */
export function masthead(line: string): string | null {
  const m = line.trim().match(/^(\p{Lu}[\p{Lu}&'’. ]{2,40}?)\s+[-–—|:]\s+(.{3,120})$/u);
  if (!m || /\p{Ll}/u.test(m[1])) return null;
  return m[1]
    .trim()
    .toLowerCase()
    .replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
}

/** "© 2025 Avel Gazette Ltd, …", "Copyright © 2025 NewsFlash Hub. All Rights Reserved." */
export function copyrightHolder(line: string): string | null {
  const m = line.match(
    /(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?(\p{Lu}[\p{L}\d&'’ .-]{1,60}?)(?=\s+(?:[Ll]td|[Ll]imited|[Ii]nc|LLC|[Pp]lc|GmbH)\b|[.,|]|\s+[Aa]ll\s+[Rr]ights|$)/u,
  );
  return m ? m[1].trim() : null;
}

/** "Original Source: www.newsweek.com", "Originally published by X", "Source: X". */
export function declaredOriginal(line: string): string | null {
  const m = line.match(
    /^(?:original(?:ly)?\s+(?:source|published(?:\s+(?:at|by|on|in))?)|source)\s*:?\s+(.{2,120})$/i,
  );
  if (!m) return null;
  return m[1].trim().replace(/[.\s]+$/, '');
}

/** "By Jane Doe", "Author: Jane Doe", "Written by Jane Doe and John Roe". */
export function bylineOf(line: string): string | null {
  const m = line.match(/^(?:by|author|authors|written by|words by)\s*:?\s+(.{3,100})$/i);
  if (!m) return null;
  const name = m[1]
    .replace(/\s*[|–—-]\s*(updated|published|posted)\b.*$/i, '')
    .replace(
      /,\s+(?!and\b)[^,]*\b(reporter|correspondent|editor|writer|journalist|staff|contributor|columnist)\b.*$/i,
      '',
    )
    .trim();
  if (!/^\p{Lu}/u.test(name) || words(name).length > 12 || /[.!?]$/.test(name)) return null;
  return name;
}

/** Author-box heading "About Jane Doe" or footer "View all posts by Jane Doe →". */
export function authorBoxName(line: string): string | null {
  const m =
    line.match(/^[Aa]bout\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*$/u) ??
    line.match(/^view all posts by\s+(.+?)\s*[→>»]*\s*$/i);
  return m ? m[1].trim() : null;
}

/** Photo credits: "Photo: Agency/Name.", "(Getty Images)", "Credit: …". Returns [start, end) of the credit. */
export function creditSpan(line: string): [number, number] | null {
  const paren = line.match(
    /\s*\((?:photo:?\s*)?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|pa|anadolu|efe|xinhua|tass)[^)]*\)\s*$/i,
  );
  if (paren?.index !== undefined) return [paren.index, line.length];
  const photo = line.match(
    /\s*(?:photo|image|picture|credit|photograph)\s*(?:credit)?\s*:\s*[^.:]{1,60}\.?\s*$/i,
  );
  if (photo?.index !== undefined && words(line.slice(photo.index)).length <= 8)
    return [photo.index, line.length];
  return null;
}

export function isCaptionLine(line: string): boolean {
  if (
    /^(map|photo|image|picture|graphic|chart|video)\s+(of|showing|highlighting|shows)\b[^:]{0,80}:/i.test(
      line,
    )
  )
    return true;
  return /\b(photo|image|picture|photograph)\s*:/i.test(line) || creditSpan(line) !== null;
}

/** A line shaped like a headline: short, no closing sentence punctuation. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = words(t).length;
  // a sentence ends inside it ("… BEY 0843. \" (Fox News article)") or at its end behind a quote
  // (a capitalised abbreviation such as "Mich." or "U.S." does not end a sentence)
  if (/(?<!\b\p{Lu}[\p{L}.]{0,3})[.!?]["'’”)]*\s+[\s"'“‘(]*\p{Lu}/u.test(t) || /[.!?]["'’”)]+$/.test(t))
    return false;
  return n >= 2 && n <= 22 && !/[.!:;,]$/.test(t) && /^\P{Ll}/u.test(t);
}

/** A short proper-name line such as an outlet name in a page footer ("Euromaidan Press"). */
export function isNameLine(line: string): boolean {
  const w = words(line.trim());
  return w.length >= 1 && w.length <= 4 && w.every((x) => /^\p{Lu}[\p{L}'’&.-]*$/u.test(x));
}
