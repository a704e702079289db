// Line-level patterns for page boilerplate: rules that say whether a line matches (with the reason
// recorded when it is dropped), and small readers for bylines, credits and declared originals.
// Kept as small independent rules so each can be tested and reasoned about on its own.

export interface LineRule {
  reason: string;
  test: (line: string) => boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Characters that JavaScript's `\s` matches. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `words(s).length` without building the array: the runs of non-space characters. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

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

/**
 * Markers that introduce a few links inside the article ("Read more", "Related:", "Up next"): the
 * linked headlines after them are dropped, and the article goes on at the next sentence.
 */
export const INLINE_LINK_MARKERS: RegExp[] = [
  /^related(\s+(content|coverage|stories|articles))?\s*:?$/i,
  /^(read|see)\s+(also|more)\s*:?$/i,
  /^(also\s+read|read\s+next|more\s+to\s+read|must\s+read|don['’]t\s+miss|up\s+next|next\s+up|in\s+this\s+(article|story))\s*:?$/i,
];

/** More section headings that end the article in a page dump (beside `TAIL_MARKERS`). */
export const END_MARKERS: RegExp[] = [
  /^(#{3}|-\s?30\s?-|ends?)$/i, // press-release end marks
  /^tags?\s*:\s*\S.{0,200}$/i,
  /^(related|more)\s+(topics|coverage|videos|links|galleries)\s*:?$/i,
  /^more\s+on\s+this\s+(story|topic)\s*:?$/i,
  /^(most\s+(read|popular|viewed|recent|shared|commented)(\s+in\s+[\p{L} ]{2,30})?|top\s+stories|latest\s+(news|stories)|trending(\s+(now|stories|news|videos))?|recommended(\s+(stories|for\s+you|reading|videos))?|popular\s+(now|stories)|what\s+to\s+read\s+next|elsewhere\s+on\s+.{2,40})\s*:?$/iu,
  /^\d+\s+(thoughts|responses|replies|comments)\s+(on|to)\s+["“‘'«]/i,
  /^(post\s+navigation|join\s+the\s+conversation|show\s+comments|view\s+comments|discussion(\s+about\s+this\s+(post|article|story))?)$/i,
  // a wire story's sign-off: "Reporting by …; Editing by …", "… contributed to this report."
  /^([Aa]dditional\s+)?([Rr]eporting|[Ww]riting|REPORTING|WRITING)\s+(by|BY)\s+\p{Lu}.{0,200}\b([Ee]diting|[Ww]riting|[Rr]eporting)\s+by\b.{0,120}$/u,
  /^(?=.*\bcontributed\b)[^.!?]{3,160}\bcontributed\s+(to\s+)?(this\s+)?(report|story|article|reporting)\.?$/i,
];

/** An element of a page's share bar: "Share", "Share this article", "1.2K Shares", "Pin 312". */
export function isShareLine(line: string): boolean {
  const t = line.trim();
  return (
    /^(share|share this|share this (article|story|page|post)|share full article|copy link|copy article link|link copied!?|save|bookmark|print|email|e-mail|tweet|pin( it)?|like this|like loading\.*|reddit|whatsapp|facebook|linkedin|flipboard|messenger)\s*:?$/i.test(
      t,
    ) ||
    /^(\d[\d.,]*\s*[km]?\s+)?(shares?|tweets?|pins?|likes?|reactions?|restacks?)(\s+\d[\d.,]*\s*[km]?)?$/i.test(
      t,
    ) ||
    /^(share|tweet|pin|email)\s+\d[\d.,]*\s*[km]?$/i.test(t)
  );
}

/**
 * Page furniture that a plain-text dump still carries (in extracted markup the page around the
 * article is already gone, so these apply to dumps only): menus' skip links, advertisement slots,
 * cookie and paywall notices, share bars, time stamps, video players, weather widgets.
 */
export const DUMP_RULES: LineRule[] = [
  {
    reason: 'skip link',
    test: (l) =>
      /^skip\s+to\s+(the\s+)?(main\s+)?(content|navigation|site index|search|menu|footer|article)\b.{0,20}$/i.test(
        l.trim(),
      ),
  },
  {
    reason: 'advertisement',
    test: (l) =>
      /^(advertisement|advertising|ad|ads|ad feedback|(\d+\.\s*)?how relevant is this ad to you\??|.{2,30} values your feedback|sponsored( content| links?)?|paid (post|content|partner content)|promoted( content)?|supported by|skip advertisement|(story|article|content) continues below( this)?( advertisement)?|continue reading( the main story| below)?|scroll to continue( with content)?|remove ads)$/i.test(
        l.trim().replace(/[\s.:…-]+$/, ''),
      ),
  },
  {
    reason: 'cookie notice',
    test: (l) =>
      !/\s[|•·]\s/.test(l) && // a footer menu that links to the cookie settings is a menu
      /\b(we use cookies|use of cookies|uses cookies|cookie (settings|policy|preferences|consent|notice|banner)|accept (all )?cookies|reject (all|non-essential)( cookies)?|manage (cookie )?preferences|do not sell or share my personal information)\b/i.test(
        l,
      ),
  },
  {
    reason: 'government site banner',
    test: (l) =>
      /^(an official website of\b|official websites use \.gov|here['’]s how you know|a \.gov website belongs to|secure \.gov websites use https|a lock \(|share sensitive information only on official)/i.test(
        l.trim(),
      ),
  },
  {
    reason: 'paywall notice',
    test: (l) =>
      /(checking your access|full article content will load|to continue reading|subscribe to (continue|read|unlock)|you['’]ve reached your (free )?(article|story) limit|you have reached your (free )?(article|story) limit|this (article|content|story) is (only )?(available|for) (to )?(subscribers|members)|already a (subscriber|member)\?|create a free account to)/i.test(
        l,
      ),
  },
  {
    reason: 'timestamp',
    test: (l) => isTimestamp(l),
  },
  {
    reason: 'share buttons',
    test: (l) =>
      isShareLine(l) ||
      (wordCount(l) <= 16 &&
        /\b(by sharing this (article|story)|share this (article|story) with)\b/i.test(l)),
  },
  {
    reason: 'link to another article',
    test: (l) => {
      const m = l
        .trim()
        .match(
          /^(read more|read also|also read|read next|see also|related|more|watch|listen|must read|don['’]t miss|recommended|top stories|trending)\s*:\s*(\S.*)$/i,
        );
      return !!m && wordCount(m[2]) <= 25 && !/[.!?]\s+\p{Lu}/u.test(m[2]);
    },
  },
  {
    reason: 'weather widget',
    test: (l) =>
      /^-?\d{1,3}\s*°\s*[FC]?$/i.test(l.trim()) ||
      /\b(hi|high)\s*:?\s*-?\d{1,3}\s*°.{0,6}\b(lo|low)\s*:?\s*-?\d{1,3}\s*°/i.test(l) ||
      /^weather\s+(alerts?|warnings?|watch(es)?)\s*(:\s*\d+\s*\w*)?$/i.test(l.trim()),
  },
  {
    reason: 'gallery counter',
    test: (l) => /^(image|photo|slide|picture)?\s*\d{1,3}\s*(of|\/)\s*\d{1,3}$/i.test(l.trim()),
  },
  {
    reason: 'media player',
    test: (l) =>
      /^(now playing|up next|autoplay|play video|play|pause|replay|watch now|watch video|watch live|listen live|listen to (this )?(article|story)\b.{0,40}|video (is )?(unavailable|loading)|closed captioning)$/i.test(
        l.trim(),
      ),
  },
  {
    reason: 'licensing link',
    test: (l) =>
      /^(purchase|buy) licensing rights$|^(reprints?|order reprints?|licensing)( & permissions)?$/i.test(
        l.trim(),
      ),
  },
  {
    reason: 'print edition note',
    test: (l) =>
      /^(a version of )?this (article|story|piece) (appears|appeared|will appear) in (print|the .{2,60}?(issue|edition))\b/i.test(
        l.trim(),
      ),
  },
  {
    reason: 'press release header',
    test: (l) =>
      /^((for )?immediate release|press release|news release|media release|embargoed( until)?)\b[^.!?]{0,40}$/i.test(
        l.trim(),
      ) || /^(media |press )?(contacts?|enquiries|inquiries)(\s*:.{0,160})?$/i.test(l.trim()),
  },
  {
    reason: 'reader prompt',
    test: (l) =>
      wordCount(l) <= 25 &&
      /\b(have a story( to share)?|got a (story|news tip)|story to share|send us your (story|tips?|photos?|videos?)|email us at|get in touch with (us|our)|was this (page|article) (helpful|useful)|(enable|turn on) javascript|javascript (is )?(disabled|required))\b/i.test(
        l,
      ),
  },
  {
    reason: 'byline details',
    test: (l) => /^reporting from\s+.{2,40}$/i.test(l.trim()) && !/[.!?]$/.test(l.trim()),
  },
  {
    reason: 'separator',
    test: (l) => /^[-_=*~•·.#]{3,}$/.test(l.trim()),
  },
  {
    reason: 'site search box',
    test: (l) =>
      /^search(\s+(this|the)\s+site|\s+for)?\s*(\.\.\.|…)?$/i.test(l.trim()) ||
      /^(please\s+)?(enter|type)\s+(a\s+|your\s+)?(search\s+(term|query)|keywords?)\b.{0,30}$|^(press\s+enter|type)\s+to\s+search\b/i.test(
        l.trim(),
      ),
  },
];

export const LINE_RULES: LineRule[] = [
  {
    reason: 'news ticker',
    test: (l) =>
      /^(breaking(\s+news)?(\s+ticker)?|live|just in|watch live|live updates|developing(\s+story)?)\s*:/i.test(
        l.trim(),
      ) && wordCount(l) <= 24,
  },
  { reason: 'masthead', test: (l) => masthead(l) !== null },
  { reason: 'language switcher', test: (l) => /^([a-z]{2}(\s*[|/·]\s*|\s+)){1,6}[a-z]{2}$/i.test(l.trim()) },
  {
    reason: 'navigation',
    test: (l) => {
      const parts = l.split(/\s*[|•·»›>]\s*|\s+\/\s+/).filter(Boolean);
      return (
        parts.length >= 3 &&
        parts.every((p) => wordCount(p) <= 3 && /\p{L}/u.test(p)) &&
        !/[.!?]$/.test(l.trim())
      );
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
          /\b(donat\w*|patrons?|become a (member|supporter|patron|subscriber)|support (us|our|my|independent)|(un)?subscribe\w*|newsletters?|sign(ing)?[- ]?up|join our (community|mailing list)|cup of coffee|paywall|ad ?blocker|advertising revenue|disabling your ad|make a gift|your (tax[- ]deductible )?donation|nonprofit newsroom|your inbox)\b/gi,
        ) ?? []
      ).length;
      // one hit is an appeal only in a short line that speaks to the reader ("Subscribe for $1/week",
      // "Get our newsletter"), not in a news sentence ("NBC lost $10 million in advertising revenue.")
      const toReader =
        /\b(you|your|our|us|we|we['’]re)\b/i.test(l) ||
        /^(subscribe|sign|donate|support|join|get|become|register|log|already|want|click|follow|give)\b/i.test(
          l.trim(),
        );
      return hits >= 2 || (hits >= 1 && wordCount(l) <= 14 && toReader);
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
    test: (l) => wordCount(l) >= 12 && !/[A-Z.!?;:"“”]/.test(l),
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

/** "Original Source: www.newsweek.com", "Originally published by X", "Source: X",
 * "This article originally appeared on X: <headline>", "This story was first published by the X." */
export function declaredOriginal(line: string): string | null {
  const t = line.trim();
  const m =
    t.match(
      /^(?:original(?:ly)?\s+(?:source|published(?:\s+(?:at|by|on|in))?)|source)\s*:?\s+(.{2,120})$/i,
    ) ??
    t.match(
      /^(?:this|the)\s+(?:article|story|post|piece|report|column|interview)\s+(?:was\s+|is\s+)?(?:originally|first)\s+(?:appeared|published|posted|ran|produced)(?:\s+(?:on|in|at|by|with))?\s+(.{2,240})$/i,
    );
  if (!m) return null;
  const name = m[1]
    .trim()
    // a headline after the name ("X: <headline>"), a second sentence, "and is republished ..."
    .replace(/\s*:\s+.*$/, '')
    .replace(/(?<!\b\p{Lu})[.!?]\s+.*$/u, '')
    .replace(/,?\s+(?:and|which)\s+(?:is|was|has been)\s+.*$/i, '')
    .replace(/,\s+(?:a|an|the)\s+\p{Ll}.*$/u, '')
    .replace(/^the\s+(?=\p{Lu})/u, '')
    .replace(/[.\s]+$/, '');
  // "Originally published 05 / 03 / 2013 at 10:20 AM EDT" is a dateline, not a source
  if (!/\p{L}{2}/u.test(name.replace(DATE_WORDS, ''))) return null;
  if (name.length < 2) return null;
  return name;
}

const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|at|on|am|pm|a\.m|p\.m|gmt|utc|bst|cet|[ecmp][sd]t|et)\b/gi;

/** "By Jane Doe", "Author: Jane Doe", "Written by Jane Doe and John Roe". */
export function bylineOf(line: string): string | null {
  const m = line.match(/^(?:by|author|authors|written by|words by)\s*:?\s+(.{3,100})$/i);
  if (!m) return null;
  const name = m[1]
    // "By state political reporter Liam O'Connell", "Words by Isobel Fane · Photographs by …"
    .replace(
      /^(?:\p{Ll}[\p{L}-]*\s+){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|producer)s?\s+(?=\p{Lu})/u,
      '',
    )
    .replace(/\s+[|·•]\s+.*$/, '')
    // the outlet after the names: "Jane Roe, CBN", "Jane Roe for The Harbor Ledger"
    .replace(
      /,\s*(?:\p{Lu}{2,6}|(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*)*\s+(?:News|Press|Post|Times|Herald|Gazette|Agency|Ledger|Journal|Tribune|Standard|Review|Daily|Network|Media))$/u,
      '',
    )
    .replace(/\s+for\s+(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}$/u, '')
    .replace(/\s*[|–—-]\s*(updated|published|posted)\b.*$/i, '')
    .replace(
      /,\s+(?!and\b)[^,]*\b(reporter|correspondent|editor|writer|journalist|staff|contributor|columnist)\b.*$/i,
      '',
    )
    .trim();
  if (!/^\p{Lu}/u.test(name) || wordCount(name) > 12 || /[.!?]$/.test(name)) return null;
  return titleCaseShouting(name);
}

/** "DANIEL OKAFOR and RUTH EKLUND" → "Daniel Okafor and Ruth Eklund"; mixed case is left alone. */
export function titleCaseShouting(name: string): string {
  const letters = name.replace(/\b(and|und|et|y|e)\b/g, '');
  if (/\p{Ll}/u.test(letters) || !/\p{Lu}{2}/u.test(letters)) return name;
  return name.replace(/\p{Lu}{2,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** An upper-case name in title case, short acronyms kept ("AP NEWS" → "AP News", "THE WHITE HOUSE" → "The White House"). */
export function softenCapitals(name: string): string {
  if (/\p{Ll}/u.test(name) || wordCount(name) < 2) return name;
  return name.replace(/\p{Lu}+/gu, (w) =>
    (w.length >= 4 && /[AEIOUY]/.test(w)) || /^(THE|AND|FOR|OF|ON|IN|AT|TO)$/.test(w)
      ? w[0] + w.slice(1).toLowerCase()
      : w,
  );
}

/** Author-box heading "About Jane Doe" or footer "View all posts by Jane Doe →". */
export function authorBoxName(line: string): string | null {
  const m =
    line.match(/^[Aa]bout\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*$/u) ??
    line.match(/^view all posts by\s+(.+?)\s*[→>»]*\s*$/i);
  return m ? m[1].trim() : null;
}

/** Photo credits: "Photo: Agency/Name.", "(Getty Images)", "Credit: …". Returns [start, end) of the credit. */
export function creditSpan(line: string): [number, number] | null {
  if (!/[(:/…]|\.\.|\b(by|courtesy)\b/i.test(line)) return null;
  const paren = line.match(
    /\s*\((?:photo:?\s*)?(?:getty images|afp|ap|reuters|epa|shutterstock|alamy|pa|anadolu|efe|xinhua|tass)[^)]*\)\s*$/i,
  );
  if (paren?.index !== undefined) return [paren.index, line.length];
  const labelled = line.match(
    /\s*\((?:image|images|photo|photos|picture|pic|pics|photograph|credit|video|illustration)\s*(?:credit)?\s*:[^()]{1,80}\)\s*$/i,
  );
  if (labelled?.index !== undefined) return [labelled.index, line.length];
  // "… in Port Velan. REUTERS/Arjun Mehta Purchase Licensing Rights"
  const agency = line.match(
    /(?<=[.!?"”’)])\s+\p{Lu}{2,}(?:[ -]\p{Lu}{2,})*\/\p{Lu}[\p{L}'’. -]{1,60}?(?:\s+(?:[Pp]urchase|[Bb]uy)\s+[Ll]icensing\s+[Rr]ights)?\s*$/u,
  );
  if (agency?.index !== undefined) return [agency.index, line.length];
  // "… until elections in 2028.(Harbourline News: Maya Pereira)"
  const outletCredit = line.match(
    /(?<=[.!?"”’])\s*\((?!(?:source|sources|note|see|via|ref|update|updated|edited)\s*:)\p{Lu}[\p{L}&'’. -]{1,40}:\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\)\s*$/u,
  );
  if (outletCredit?.index !== undefined) return [outletCredit.index, line.length];
  // "… at dusk. Photograph by Tomas Greer for The Coastal Review"
  const by = line.match(
    /(?<=[.!?"”’])\s+(?:[Pp]hotograph|[Pp]hoto|[Pp]icture|[Ii]llustration|[Ii]mage)s?\s+(?:by|courtesy of)\s+\p{Lu}.{1,80}$/u,
  );
  if (by?.index !== undefined) return [by.index, line.length];
  // "… before the vote.Credit...Marisol Trent for The Ledger"
  const glued = line.match(/(?<=[.!?"”’)])\s*Credit\s*(?:\.{2,}|…|:)\s*\S.{1,80}$/);
  if (glued?.index !== undefined) return [glued.index, line.length];
  const photo = line.match(
    /\s*(?:photo|image|picture|credit|photograph)\s*(?:credit)?\s*:\s*[^.:]{1,60}\.?\s*$/i,
  );
  if (photo?.index !== undefined && wordCount(line.slice(photo.index)) <= 8)
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
  return /\b(photo|image|picture|photograph|illustration)\s*:/i.test(line) || creditSpan(line) !== null;
}

/** A line shaped like a headline: short, no closing sentence punctuation. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (n < 2 || n > 22 || /[.!:;,]$/.test(t) || !/^\P{Ll}/u.test(t)) return false;
  // a sentence ends inside it ("… BEY 0843. \" (Fox News article)") or at its end behind a quote
  // (a capitalised abbreviation such as "Mich." or "U.S." does not end a sentence)
  return (
    !/(?<!\b\p{Lu}[\p{L}.]{0,3})[.!?]["'’”)]*\s+[\s"'“‘(]*\p{Lu}/u.test(t) && !/[.!?]\s*["'’”)]+$/.test(t)
  );
}

/** A short proper-name line such as an outlet name in a page footer ("Euromaidan Press"). */
export function isNameLine(line: string): boolean {
  const w = words(line.trim());
  return w.length >= 1 && w.length <= 4 && w.every((x) => /^\p{Lu}[\p{L}'’&.-]*$/u.test(x));
}

const LONG_WORD = /(?:^|\s)["'“‘(]*(\p{L})\p{L}{3}/gu;

/** Title Case: most of the longer words start with a capital. */
export function isTitleCase(line: string): boolean {
  // each word of four letters or more (after opening quotes), and whether it starts with a capital
  let long = 0;
  let caps = 0;
  for (const m of line.matchAll(LONG_WORD)) {
    long++;
    if (/\p{Lu}/u.test(m[1])) caps++;
  }
  if (long < 2) return false;
  return caps / long >= 0.7;
}

/** A paragraph of running text: a sentence (or several), not a label, a link or a headline. */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  if (!/\p{Ll}/u.test(t) || isHeadlineLike(t)) return false;
  if (/[.!?…]\s*["'’”)\]]*$/.test(t)) return n >= 2 && !/^(\p{Lu}\.)+$/u.test(t);
  return n >= 12 || (n >= 5 && /[:;]$/.test(t));
}

/** Prose, or a long headline-shaped line that reads as a sentence cut before its full stop. */
export function isSentenceLike(line: string): boolean {
  if (isProse(line)) return true;
  const n = wordCount(line);
  return n >= 14 && !isTitleCase(line);
}

/** A short label: a menu item, a button, a counter ("U.S.", "Sign in", "142", "Real Estate"). */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  const n = wordCount(t);
  const sentenceEnd = /[.!?…]["'’”)]*$/.test(t) && !/^(\p{Lu}\.)+$/u.test(t) && /\p{L}|\d[-–]\d/u.test(t);
  return n === 1 ? !sentenceEnd || (!/\p{Ll}/u.test(t) && /\p{L}/u.test(t)) : n <= 3 && !sentenceEnd;
}

/** "2m ago", "15.41 BST", "Updated 9:04 p.m. ET", "02:14", "3 min read": a time with no date. */
export function isTimestamp(line: string): boolean {
  const t = line.trim();
  if (/^\d+\s*(min|minute)s?\s+read$/i.test(t)) return true;
  if (
    /^(about\s+)?(\d+|an?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?)\s+ago$/i.test(
      t,
    )
  )
    return true;
  return /^((last\s+)?(updated|posted|published|modified|first published)(\s+(at|on))?\s*:?\s*)?\d{1,2}[:.]\d{2}(:\d{2})?\s*([ap]\.?m\.?)?\s*(\(?[A-Z]{1,5}\)?)?$/i.test(
    t,
  );
}

/** A job title under a byline: "Senior Reporter", "Local Democracy Reporter", "Health correspondent". */
export function isRoleLine(line: string): boolean {
  const t = line.trim();
  return (
    wordCount(t) <= 6 &&
    !/[.!?]$/.test(t) &&
    /\b(reporter|correspondent|editor|writer|journalist|columnist|contributor|producer|presenter|analyst|photographer|critic|staff|reporting service)s?$/i.test(
      t,
    )
  );
}

/** A person's name on its own line: two to four capitalised words, no outlet words. */
export function isPersonName(line: string): boolean {
  const t = line.trim();
  const w = words(t);
  return (
    w.length >= 2 &&
    w.length <= 4 &&
    w.every((x) => /^\p{Lu}[\p{L}'’.-]*$/u.test(x)) &&
    !/\b(news|post|times|daily|press|ledger|herald|gazette|standard|tribune|journal|media|group|department|ministry|office|council|agency|university|school|police|service|online|live|today|weekly|radio|tv|channel|network|report|review)\b/i.test(
      t,
    )
  );
}

/** A site name line at the top of a page: "WKVR 7 News", "Daily Clarion", "AP NEWS". */
export function isSiteName(line: string): boolean {
  const w = words(line.trim());
  return (
    w.length >= 1 &&
    w.length <= 5 &&
    w.every((x) => /^(\p{Lu}[\p{L}'’&.-]*|\d+|&|of|the|and|on)$/u.test(x)) &&
    /^\p{Lu}/u.test(line.trim()) &&
    !/[.!?:]$/.test(line.trim())
  );
}

/** A page-footer copyright line: a year and a holder, "All rights reserved" ("© 2026 X Ltd."). */
export function isFooterCopyright(line: string): boolean {
  const t = line.trim();
  return (
    /^(©|\(c\)|copyright\b)/i.test(t) &&
    /\b(19|20)\d{2}\b/.test(t) &&
    (/all rights reserved|may not be (published|reproduced)|\b(ltd|limited|inc|llc|plc|gmbh|company)\b/i.test(
      t,
    ) ||
      wordCount(t) <= 8)
  );
}

/**
 * A teaser under an upper-case label: "VIDEO NOW: Overpass to close for repairs", "PHOTOS: …".
 * Only after the headline: above it the same shape is a headline ("REPORT: Red Sox make offer").
 */
export function isLabelledTeaser(line: string): boolean {
  const m = line.trim().match(/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\s*:\s+(\S.*)$/u);
  return !!m && isHeadlineLike(m[1]) && !/[.!?]["'’”]?$/.test(m[1]);
}
