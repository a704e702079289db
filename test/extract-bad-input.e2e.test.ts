// `corroborate extract` on bad inputs: every input is created at run time in a temporary folder
// (removed afterwards) and run through the real command line, alone and in a batch beside a good
// article. Each bad input must end with a specific outcome: its text extracted (malformed HTML, a
// very large page, a lying or missing charset), a warning naming it (no article on the page), or
// an error naming it while the rest of the batch is still extracted (binary, empty, too large).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Article } from '../src/model/report.ts';
import { corroborate, type Run } from './helpers.ts';

// ---------------------------------------------------------------------------------------------
// Page content (all fictional)

const GOOD_TITLE = 'Ferry service to Amsel Island suspended after crack found in hull';
const GOOD_PARAGRAPHS = [
  'Ferry crossings between Kestrel Bay and Amsel Island were suspended on Tuesday after inspectors found a crack in the hull of the Northern Tern, the only vessel that serves the island all year, the operator said.',
  'The crack, about 30 centimetres long, was spotted below the waterline during a routine dry-dock survey, according to a statement from Kestrel Bay Ferries. No passengers were on board at the time.',
  '"We will not sail until the classification society has signed off the repair," said Maren Hollis, the company\'s operations director. She said a replacement vessel had been chartered from a mainland operator and could begin crossings by Friday.',
  'About 1,200 people live on Amsel Island, and the ferry carries most of their food, fuel and post. The island council said it had arranged for a fishing boat to take urgent medical supplies across on Wednesday morning.',
  'Residents said the suspension was the third in two years. "Every time it breaks down, the shop runs out of milk within a day," said Tomas Reyne, who runs the guest house near the harbour.',
  'The Northern Tern was built in 1994 and was due to be replaced in 2027, but the regional transport authority postponed the order last spring, citing rising costs.',
];

const MALFORMED_TITLE = 'Burst water main floods shops on Linden Street';
const MALFORMED_PARAGRAPHS = [
  'A burst water main flooded a row of shops on Linden Street in Harwick early on Sunday, cutting supplies to about 3,000 homes for most of the day, the water company said.',
  'Engineers from Harwick Water closed the valve shortly after six in the morning, but not before water had poured into the basements of a bakery, a pharmacy and a hardware store, their owners said.',
  "The pipe, laid in 1958, had been listed for replacement in the company's five-year plan, a spokesperson confirmed. She said the cause of the break was not yet known and that an inspection would begin on Monday.",
  'Supplies were restored to most homes by seven in the evening. Residents of Orchard Close and the upper part of Mill Lane were told to boil their water until further notice.',
  'Daniel Okafor, who owns the hardware store, said he had lost stock worth several thousand pounds. "The water was up to the second shelf when I got here," he said.',
];

const LARGE_TITLE = 'Regional rail operator promises fewer cancellations after a winter of delays';
const LARGE_PARAGRAPHS = [
  'The company that runs trains across the Vell Valley said on Thursday it would hire 40 more drivers and lease six extra carriages before the summer, after a winter in which nearly one train in eight was cancelled.',
  'Figures published by the regional transport board showed that 12.4 per cent of scheduled services were cancelled between December and February, the worst record since the operator took over the franchise in 2019.',
  'Chief executive Ilse Brandvold told a meeting of the board that most cancellations had been caused by a shortage of qualified drivers, made worse by an outbreak of flu in January. She apologised to passengers and said the new drivers would complete their training by June.',
  'Passenger groups were unimpressed. "We have heard promises like this every spring," said Arvid Klee of the Vell Valley Rail Users\' Association. "What we want is a train that turns up at 7.42 every morning."',
  "The transport board said it would review the operator's performance again in September and could impose fines if cancellations stayed above five per cent.",
];

const CAFE_TITLE = 'Café Marguerite closes its doors after sixty years';
// Non-ASCII letters and curly quotes, all of them in windows-1252.
const CAFE_PARAGRAPHS = [
  'Café Marguerite, the tea room on the corner of Rue Basse that has served crème brûlée to three generations of Saint-Aubin residents, will close at the end of the month, its owners said on Monday.',
  '“We are tired, and the rent has doubled,” said Zoë Lefèvre, who has run the café with her husband since 1989. The building’s new owner plans to turn the ground floor into a mobile-phone shop.',
  'Regulars have started a petition asking the town council to list the café’s façade, with its painted glass and brass lettering, as a protected landmark. By Tuesday evening it had gathered more than 2,400 signatures.',
  'The mayor, Hélène Garnier, said the council had no power to stop a change of use but would “look at every option” to keep the façade. A final farewell lunch is planned for the last Sunday of the month.',
];

const TRAM_TITLE = 'Zürich and Łódź sign a tram maintenance partnership';
// Valid UTF-8 with letters outside windows-1251 and windows-1252 alike (Ł, ź, ő).
const TRAM_PARAGRAPHS = [
  'Transport officials from Zürich and Łódź signed an agreement on Wednesday under which engineers from the Polish city will spend six months in the Swiss workshops learning to overhaul low-floor trams.',
  'The partnership was proposed by Małgorzata Wiśniewska, head of the Łódź tram depot, after a visit to Zürich last autumn. She said the city’s ageing fleet needed “a new kind of maintenance, not just new spare parts”.',
  'Under the deal, Zürich will also sell twelve retired trams to Łódź for a symbolic price. Gábor Szőke, a Hungarian consultant who helped draft the agreement, said the first four would arrive before the end of the year.',
  'The Zürich transport department said the exchange would cost it nothing beyond the engineers’ housing, which will be paid for by a European cohesion grant.',
];

const RU_TITLE = 'В Северогорске открыли новый мост через реку Сольву';
const RU_PARAGRAPHS = [
  'Новый автомобильный мост через реку Сольву открыли в Северогорске в субботу, сообщила пресс-служба городской администрации. Строительство продолжалось почти три года и обошлось бюджету в 2,1 млрд рублей.',
  'По словам главы города Ольги Верещагиной, мост длиной 640 метров позволит разгрузить старую переправу, по которой ежедневно проезжало более 30 тысяч машин. «Пробки на въезде в центр должны исчезнуть уже этим летом», — сказала она.',
  'Жители заречного района давно жаловались на очереди у старого моста, особенно весной, когда его закрывали на ремонт. Теперь дорога до вокзала займёт около десяти минут вместо получаса.',
  'Подрядчик, компания «Северстрой», обещает закончить благоустройство набережной и велосипедные дорожки на обоих берегах к осени. Движение по старому мосту на время его ремонта будет ограничено.',
];

// ---------------------------------------------------------------------------------------------
// Builders and encoders

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A well-formed article page; `head` is extra markup inside <head> (a charset declaration). */
function articlePage(
  title: string,
  paragraphs: string[],
  opts: { head?: string; lang?: string } = {},
): string {
  const body = paragraphs.map((p) => `      <p>${escapeHtml(p)}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${opts.lang ?? 'en'}">
<head>
  ${opts.head ?? '<meta charset="utf-8">'}
  <title>${escapeHtml(title)}</title>
</head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <p class="byline">By Staff Reporter</p>
${body}
    </article>
  </main>
  <footer><p>© Example Gazette. All rights reserved.</p></footer>
</body>
</html>
`;
}

/**
 * An article page with unclosed and stray tags, no <html>, <head> or <body>, and a broken end. The
 * headline's </h1> is there: an unclosed heading holds the paragraphs after it, in browsers too.
 */
function malformedPage(tail: string): string {
  const [p1, p2, p3, p4, p5] = MALFORMED_PARAGRAPHS.map(escapeHtml);
  return `<title>${MALFORMED_TITLE}</title>
<meta charset="utf-8">
<div class="article">
<h1>${MALFORMED_TITLE}</h1></h2>
<p class="byline">By <span>Jo Marlow</p></span>
<p>${p1}
<p>${p2}</div></div>
<p>${p3}</b></i></td>
<div><p>${p4}
<p><em>${p5}
</section></article></tr>
${tail}`;
}

/** The 20 MiB page: the article, then sidebars and reader comments repeated to exactly `size` bytes. */
function largePage(size: number): Buffer {
  const head = `${articlePage(LARGE_TITLE, LARGE_PARAGRAPHS).replace(/<\/main>[\s\S]*$/, '')}</main>\n<aside class="sidebar">\n`;
  const block = (i: number) =>
    `<div class="widget most-read"><h3>Most read</h3><ul><li><a href="/n/${i}-1">Council approves budget</a></li><li><a href="/n/${i}-2">Weather warning for the coast</a></li><li><a href="/n/${i}-3">Cup final tickets on sale</a></li></ul></div>\n` +
    `<div class="comment" id="c${i}"><span class="comment-author">reader${i}</span> <span class="comment-date">2 hours ago</span><p class="comment-body">First!</p><a class="reply" href="#c${i}">Reply</a> <a class="report" href="#report">Report</a></div>\n`;
  const tail = '</aside>\n</body>\n</html>\n';
  const parts = [head];
  let length = Buffer.byteLength(head) + tail.length;
  for (let i = 0; ; i++) {
    const b = block(i);
    if (length + b.length > size) break;
    parts.push(b);
    length += b.length;
  }
  parts.push(`<!--${'.'.repeat(size - length - 7)}-->`, tail);
  const bytes = Buffer.from(parts.join(''), 'utf8');
  assert.equal(bytes.length, size);
  return bytes;
}

/** A home page: navigation, many short link-only items and a footer, no article. */
function indexPage(): string {
  const sections = ['News', 'Politics', 'Business', 'Sport', 'Culture', 'Weather', 'Opinion', 'Travel'];
  const headlines = [
    'Council approves new budget',
    'Harbour reopens after storm',
    'Cup final tickets on sale',
    'School term dates announced',
    'Road closures this weekend',
    'Five things to do on Saturday',
    'Library extends opening hours',
    'Local team wins promotion',
  ];
  const nav = sections.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const lists = sections
    .map(
      (s) =>
        `<section class="rail"><h2><a href="/${s.toLowerCase()}">${s}</a></h2><ul>${headlines
          .map(
            (h, i) =>
              `<li><a href="/${s.toLowerCase()}/${i}">${h}</a> <span class="ago">${i + 1}h</span></li>`,
          )
          .join('')}</ul></section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Example Gazette | Home</title></head>
<body>
<header><a class="logo" href="/">Example Gazette</a><nav><ul>${nav}</ul></nav>
<form action="/search"><input name="q" placeholder="Search"></form></header>
<main>
${lists}
</main>
<footer><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul>
<p>© Example Gazette. All rights reserved.</p></footer>
</body>
</html>
`;
}

const CP1252_EXTRA: Record<string, number> = {
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/** windows-1252 bytes: Latin-1 letters as themselves, curly quotes and dashes in 0x91–0x97. */
function cp1252(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (CP1252_EXTRA[ch] !== undefined) out.push(CP1252_EXTRA[ch]);
    else if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else throw new Error(`no windows-1252 byte for ${ch}`);
  }
  return Buffer.from(out);
}

const CP1251_EXTRA: Record<string, number> = {
  '©': 0xa9,
  Ё: 0xa8,
  ё: 0xb8,
  '«': 0xab,
  '»': 0xbb,
  '—': 0x97,
  '–': 0x96,
};

/** windows-1251 bytes: А..я at 0xC0..0xFF, Ё/ё, guillemets and dashes, ASCII as itself. */
function cp1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (CP1251_EXTRA[ch] !== undefined) out.push(CP1251_EXTRA[ch]);
    else if (c < 0x80) out.push(c);
    else throw new Error(`no windows-1251 byte for ${ch}`);
  }
  return Buffer.from(out);
}

/** Bytes a browser would not take for text: a PNG header and chunk, then noise with NUL bytes. */
function binaryBytes(): Buffer {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const out = [...png];
  let seed = 12345;
  for (let i = 0; i < 4096; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out.push(i % 61 === 0 ? 0 : (seed >>> 16) & 0xff);
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------
// Running the command

const SIZE_20_MIB = 20 * 1024 * 1024;
let dir = '';
const file = (name: string) => join(dir, name);
const idOf = (name: string) => name.replace(/\.html$/, '');

interface Extracted {
  run: Run;
  articles: Article[];
  byId: Map<string, Article>;
}

/** `corroborate extract <files> --format jsonl [options]`, its records parsed. */
function extract(names: string[], ...options: string[]): Extracted {
  const run = corroborate(['extract', ...names.map(file), '--format', 'jsonl', ...options]);
  const articles = run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Article);
  return { run, articles, byId: new Map(articles.map((a) => [a.id, a])) };
}

/** Problem lines on stderr about one file: [severity, message]. */
function problemsFor(stderr: string, name: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of stderr.split('\n')) {
    const m = /^corroborate: (warning|error): (.*?): (.*)$/.exec(line);
    if (m && m[2] === file(name)) out.push([m[1], m[3]]);
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

function assertHasParagraphs(article: Article | undefined, paragraphs: string[], label: string): void {
  assert.ok(article, `${label}: no record`);
  const text = normalise(article.text);
  for (const p of paragraphs)
    assert.ok(text.includes(normalise(p)), `${label}: missing paragraph "${p.slice(0, 60)}…"`);
}

function assertNoCrash(run: Run): void {
  assert.doesNotMatch(run.stderr, /RangeError|heap out of memory|Maximum call stack|\n\s+at /);
}

/**
 * Runs `name` alone, then in a batch beside good.html, and checks each run with `check`. In the
 * batch the good article must also be extracted whole, with no problem of its own, and the exit
 * code must be the same as alone.
 */
function aloneAndBeside(name: string, check: (r: Extracted, label: string) => void, ...options: string[]) {
  const alone = extract([name], ...options);
  assertNoCrash(alone.run);
  check(alone, `${name} alone`);
  const batch = extract([name, 'good.html'], ...options);
  assertNoCrash(batch.run);
  check(batch, `${name} beside good.html`);
  assert.equal(batch.run.status, alone.run.status, batch.run.stderr);
  assertHasParagraphs(batch.byId.get('good'), GOOD_PARAGRAPHS, 'good.html in the batch');
  assert.equal(batch.byId.get('good')?.title, GOOD_TITLE);
  assert.deepEqual(problemsFor(batch.run.stderr, 'good.html'), []);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'corroborate-extract-bad-'));
  const pages: Record<string, string | Buffer> = {
    'good.html': articlePage(GOOD_TITLE, GOOD_PARAGRAPHS),
    'unterminated-attribute.html': malformedPage(
      '<p class="more">More stories from <a href="https://harwick.example/news?from=linden',
    ),
    'unterminated-comment.html': malformedPage(
      '<!-- related stories widget\n<ul><li><a href="/roadworks">Roadworks on Mill Lane</a></li></ul>\n',
    ),
    'large.html': largePage(SIZE_20_MIB),
    'utf8-declared-cp1252-bytes.html': cp1252(
      articlePage(CAFE_TITLE, CAFE_PARAGRAPHS, { head: '<meta charset="utf-8">' }),
    ),
    'cp1251-declared-utf8-bytes.html': articlePage(TRAM_TITLE, TRAM_PARAGRAPHS, {
      head: '<meta charset="windows-1251">',
    }),
    'latin1-declared-utf8-bytes.html': articlePage(TRAM_TITLE, TRAM_PARAGRAPHS, {
      head: '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    }),
    'latin1-declared-cp1251-bytes.html': cp1251(
      articlePage(RU_TITLE, RU_PARAGRAPHS, { head: '<meta charset="iso-8859-1">', lang: 'ru' }),
    ),
    'ru-declared.html': cp1251(
      articlePage(RU_TITLE, RU_PARAGRAPHS, { head: '<meta charset="windows-1251">', lang: 'ru' }),
    ),
    'ru-undeclared.html': cp1251(articlePage(RU_TITLE, RU_PARAGRAPHS, { head: '', lang: 'ru' })),
    'index.html': indexPage(),
    'image.html': binaryBytes(),
    'empty.html': '',
  };
  for (const [name, content] of Object.entries(pages)) writeFileSync(file(name), content);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

test('the pages are built as intended', () => {
  assert.deepEqual([...cp1252('é“’”—')], [0xe9, 0x93, 0x92, 0x94, 0x97]);
  for (const p of RU_PARAGRAPHS) assert.equal(new TextDecoder('windows-1251').decode(cp1251(p)), p);
  // letters that neither windows-1251 nor windows-1252 has: a single-byte reading must show
  assert.match(TRAM_PARAGRAPHS.join(' '), /Ł.*ź.*ő/);
  assert.match(CAFE_PARAGRAPHS.join(' '), /é.*“.*”.*’/);
});

test('the good article alone: all paragraphs and the title, no problems, exit 0', () => {
  const r = extract(['good.html']);
  assert.equal(r.run.status, 0, r.run.stderr);
  assert.equal(r.run.stderr, '');
  assert.equal(r.articles.length, 1);
  assertHasParagraphs(r.byId.get('good'), GOOD_PARAGRAPHS, 'good.html');
  assert.equal(r.articles[0].title, GOOD_TITLE);
});

describe('1. malformed HTML', () => {
  // no <html>/<head>/<body>, unclosed <p>, <div>, <span>, <em>, stray closing tags
  test('ending in an unterminated attribute: every paragraph extracted, no problem, exit 0', () => {
    aloneAndBeside('unterminated-attribute.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
      assertHasParagraphs(r.byId.get('unterminated-attribute'), MALFORMED_PARAGRAPHS, label);
      assert.equal(r.byId.get('unterminated-attribute')?.title, MALFORMED_TITLE);
      assert.deepEqual(problemsFor(r.run.stderr, 'unterminated-attribute.html'), []);
    });
  });

  test('ending in an unterminated comment: every paragraph extracted, the comment not, exit 0', () => {
    aloneAndBeside('unterminated-comment.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
      const article = r.byId.get('unterminated-comment');
      assertHasParagraphs(article, MALFORMED_PARAGRAPHS, label);
      assert.equal(article?.title, MALFORMED_TITLE);
      // the unterminated comment runs to the end of the file: none of it is text
      assert.doesNotMatch(article?.text ?? '', /related stories|Roadworks/);
      assert.deepEqual(problemsFor(r.run.stderr, 'unterminated-comment.html'), []);
    });
  });
});

describe('2. a 20 MiB page: an article, then sidebars and comments repeated', () => {
  test('under the default limit: completes and extracts the article only, exit 0', () => {
    aloneAndBeside('large.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr.slice(0, 2000)}`);
      const article = r.byId.get('large');
      assertHasParagraphs(article, LARGE_PARAGRAPHS, label);
      assert.equal(article?.title, LARGE_TITLE);
      // the repeated sidebars and comments are not article text
      assert.doesNotMatch(article?.text ?? '', /Most read|reader\d+|First!/);
      assert.ok((article?.text.length ?? 0) < 5000, `${label}: text is ${article?.text.length} characters`);
      // the page is cut after 400,000 elements (bounded memory), and says so
      assert.deepEqual(problemsFor(r.run.stderr, 'large.html'), [
        ['warning', 'page has more than 400,000 elements; the rest of it was not read'],
      ]);
    });
  });

  test('over --max-file-size 10: an error naming the file, the limit and its size; exit 1', () => {
    aloneAndBeside(
      'large.html',
      (r, label) => {
        assert.equal(r.run.status, 1, `${label}: ${r.run.stderr}`);
        assert.equal(r.byId.get('large'), undefined);
        assert.deepEqual(problemsFor(r.run.stderr, 'large.html'), [
          ['error', `larger than the size limit of 10 MiB (${SIZE_20_MIB} bytes)`],
        ]);
      },
      '--max-file-size',
      '10',
    );
  });
});

describe('3. a <meta charset> that lies', () => {
  test('declares utf-8, bytes are windows-1252: read as windows-1252, the warning says so', () => {
    aloneAndBeside('utf8-declared-cp1252-bytes.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
      const article = r.byId.get('utf8-declared-cp1252-bytes');
      assertHasParagraphs(article, CAFE_PARAGRAPHS, label);
      assert.equal(article?.title, CAFE_TITLE);
      assert.doesNotMatch(
        article?.text ?? '',
        /[\u0080-\u009f\ufffd]/,
        `${label}: control or replacement characters`,
      );
      assert.deepEqual(problemsFor(r.run.stderr, 'utf8-declared-cp1252-bytes.html'), [
        ['warning', 'declared charset utf-8, but the bytes are not valid UTF-8; decoded as windows-1252'],
      ]);
    });
  });

  for (const [name, label] of [
    ['cp1251-declared-utf8-bytes.html', 'windows-1251'],
    ['latin1-declared-utf8-bytes.html', 'ISO-8859-1'],
  ]) {
    test(`declares ${label}, bytes are valid UTF-8: read as UTF-8, the warning names the declaration`, () => {
      aloneAndBeside(name, (r, run) => {
        assert.equal(r.run.status, 0, `${run}: ${r.run.stderr}`);
        const article = r.byId.get(idOf(name));
        assertHasParagraphs(article, TRAM_PARAGRAPHS, run);
        assert.equal(article?.title, TRAM_TITLE);
        assert.deepEqual(problemsFor(r.run.stderr, name), [
          ['warning', `declared charset ${label}, but the bytes are valid UTF-8; decoded as utf-8`],
        ]);
      });
    });
  }

  test('declares iso-8859-1, bytes are windows-1251 Cyrillic: read as windows-1251, the warning says so', () => {
    aloneAndBeside('latin1-declared-cp1251-bytes.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
      const article = r.byId.get('latin1-declared-cp1251-bytes');
      assertHasParagraphs(article, RU_PARAGRAPHS, label);
      assert.equal(article?.title, RU_TITLE);
      assert.deepEqual(problemsFor(r.run.stderr, 'latin1-declared-cp1251-bytes.html'), [
        ['warning', 'declared charset iso-8859-1, but the text reads as Cyrillic; decoded as windows-1251'],
      ]);
    });
  });
});

describe('4. windows-1251 Cyrillic pages', () => {
  for (const [name, warning] of [
    ['ru-declared.html', 'not valid UTF-8; decoded as windows-1251 (declared charset)'],
    ['ru-undeclared.html', 'not valid UTF-8; decoded as windows-1251'],
  ]) {
    test(`${name}: Cyrillic decoded, the warning names the encoding, exit 0`, () => {
      aloneAndBeside(name, (r, label) => {
        assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
        const article = r.byId.get(idOf(name));
        assertHasParagraphs(article, RU_PARAGRAPHS, label);
        assert.equal(article?.title, RU_TITLE);
        assert.equal(article?.language, 'ru');
        assert.deepEqual(problemsFor(r.run.stderr, name), [['warning', warning]]);
      });
    });
  }
});

describe('5. a page with no article (a home page)', () => {
  test('a record with no body text, a warning naming the file, exit 0', () => {
    aloneAndBeside('index.html', (r, label) => {
      assert.equal(r.run.status, 0, `${label}: ${r.run.stderr}`);
      const page = r.byId.get('index');
      assert.ok(page, `${label}: no record`);
      // no body: empty, or only the page's headline standing in for it
      assert.ok(
        page.text === '' || page.text === page.title,
        `${label}: body text ${JSON.stringify(page.text)}`,
      );
      assert.doesNotMatch(page.text, /Council approves|Five things|About us|All rights reserved/);
      const problems = problemsFor(r.run.stderr, 'index.html');
      assert.equal(problems.length, 1, r.run.stderr);
      assert.ok(
        [
          ['warning', 'no article text found after removing page boilerplate'],
          ['warning', 'only a headline, no body text'],
        ].some((expected) => JSON.stringify(expected) === JSON.stringify(problems[0])),
        `${label}: ${r.run.stderr}`,
      );
    });
  });
});

describe('6. binary data named .html', () => {
  test('an error naming the file, no record for it, exit 1', () => {
    aloneAndBeside('image.html', (r, label) => {
      assert.equal(r.run.status, 1, `${label}: ${r.run.stderr}`);
      assert.equal(r.byId.get('image'), undefined);
      assert.deepEqual(problemsFor(r.run.stderr, 'image.html'), [
        ['error', 'binary data, not text/HTML/JSON'],
      ]);
    });
  });
});

describe('7. an empty .html file', () => {
  test('an error naming the file, no record for it, exit 1', () => {
    aloneAndBeside('empty.html', (r, label) => {
      assert.equal(r.run.status, 1, `${label}: ${r.run.stderr}`);
      assert.equal(r.byId.get('empty'), undefined);
      assert.deepEqual(problemsFor(r.run.stderr, 'empty.html'), [['error', 'empty file']]);
    });
  });
});
