import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BINARY_MESSAGE,
  declaredCharset,
  decodeBytes,
  decodeWindows1252,
  detectBom,
  EMPTY_MESSAGE,
  guessSingleByte,
  looksBinary,
} from './decode.ts';

const RUSSIAN = 'Привет, мир! Это тестовая статья о событиях.';

/** windows-1251 by hand: А..я are 0xC0..0xFF, Ё/ё are 0xA8/0xB8, ASCII is itself. */
function cp1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else if (c < 0x80) out.push(c);
    else throw new Error(`no windows-1251 byte for ${ch}`);
  }
  return Buffer.from(out);
}

function ok(bytes: Uint8Array) {
  const r = decodeBytes(bytes);
  assert.ok(r.ok, `expected success, got ${JSON.stringify(r)}`);
  return r;
}

test('plain UTF-8 decodes without a warning and normalises line ends', () => {
  const r = ok(Buffer.from('Zürich\r\nline two\rline three\n', 'utf8'));
  assert.equal(r.text, 'Zürich\nline two\nline three\n');
  assert.equal(r.encoding, 'utf-8');
  assert.equal(r.warning, undefined);
});

test('UTF-8 byte-order mark is stripped', () => {
  const r = ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hello', 'utf8')]));
  assert.equal(r.text, 'hello');
  assert.equal(r.encoding, 'utf-8');
});

test('UTF-16LE and UTF-16BE with BOM are decoded, NULs are not taken as binary', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello, мир\r\n', 'utf16le')]);
  const r = ok(le);
  assert.equal(r.text, 'Hello, мир\n');
  assert.equal(r.encoding, 'utf-16le');
  assert.equal(r.warning, undefined);

  const be = Buffer.from(le);
  be.swap16();
  const r2 = ok(be);
  assert.equal(r2.text, 'Hello, мир\n');
  assert.equal(r2.encoding, 'utf-16be');
  assert.deepEqual(detectBom(Buffer.from('plain')), undefined);
});

test('UTF-16LE without a BOM is recognised with a warning', () => {
  const r = ok(Buffer.from('Plain ASCII words in UTF-16.', 'utf16le'));
  assert.equal(r.text, 'Plain ASCII words in UTF-16.');
  assert.equal(r.encoding, 'utf-16le');
  assert.match(r.warning ?? '', /UTF-16LE/);
});

test('windows-1251 Cyrillic is detected and decoded with a warning', () => {
  const bytes = cp1251(RUSSIAN);
  assert.equal(bytes[0], 0xcf); // П
  const r = ok(bytes);
  assert.equal(r.text, RUSSIAN);
  assert.equal(r.encoding, 'windows-1251');
  assert.equal(r.warning, 'not valid UTF-8; decoded as windows-1251');
});

test('windows-1252 Western text with é/ü is not mistaken for Cyrillic', () => {
  const text = 'Café au lait: Müller sagt, das Ergebnis war überraschend. Résumé, naïve.';
  const bytes = Buffer.from(text, 'latin1');
  assert.equal(guessSingleByte(bytes), 'windows-1252');
  const r = ok(bytes);
  assert.equal(r.text, text);
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.warning, 'not valid UTF-8; decoded as windows-1252');
});

test('declared HTML charset is used when bytes are not UTF-8', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"><title>', 'latin1'),
    cp1251('Новости'),
    Buffer.from('</title></head><body><p>', 'latin1'),
    cp1251(RUSSIAN),
    Buffer.from('</p></body></html>', 'latin1'),
  ]);
  assert.equal(declaredCharset(html), 'windows-1251');
  const r = ok(html);
  assert.ok(r.text.includes('<title>Новости</title>'));
  assert.ok(r.text.includes(RUSSIAN));
  assert.equal(r.encoding, 'windows-1251');
  assert.match(r.warning ?? '', /not valid UTF-8; decoded as windows-1251/);
});

test('http-equiv content-type charset is recognised; unknown labels are ignored', () => {
  const equiv = Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">');
  assert.equal(declaredCharset(equiv), 'windows-1252');
  assert.equal(declaredCharset(Buffer.from('<meta charset="no-such-charset">')), undefined);
  assert.equal(declaredCharset(Buffer.from('<p>charset=koi8-r</p>')), undefined);
});

test('a declared UTF-8 charset over non-UTF-8 bytes falls back to the guess, and says so', () => {
  const html = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), cp1251(RUSSIAN)]);
  const r = ok(html);
  assert.equal(r.encoding, 'windows-1251');
  assert.ok(r.text.endsWith(RUSSIAN));
  assert.equal(
    r.warning,
    'declared charset utf-8, but the bytes are not valid UTF-8; decoded as windows-1251',
  );
});

/** windows-1252 by hand: Latin-1 letters as themselves, curly quotes and dashes at 0x91–0x97. */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = {
    '€': 0x80,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  return Buffer.from(
    Array.from(text, (ch) => {
      const c = ch.codePointAt(0) ?? 0;
      if (extra[ch] !== undefined) return extra[ch];
      if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
      throw new Error(`no windows-1252 byte for ${ch}`);
    }),
  );
}

const WESTERN =
  '“We are tired,” said Zoë Lefèvre of the café — the rent is now €2,400 and the building’s owner won’t wait.';

test('windows-1252 0x80–0x9F are curly quotes, dashes and the euro sign, not C1 controls', () => {
  const all = Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i));
  assert.equal(decodeWindows1252(all), '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  assert.equal(decodeWindows1252(Buffer.from('café ÿ', 'latin1')), 'café ÿ');
  assert.equal(decodeWindows1252(cp1252(WESTERN).subarray(1)), WESTERN.slice(1));
});

test('windows-1252 text full of curly quotes is decoded exactly, not refused as binary', () => {
  const quotes = '“Yes,” “no,” ‘maybe’ — “fine.” ';
  const r = ok(cp1252(quotes.repeat(20)));
  assert.equal(r.encoding, 'windows-1252');
  assert.equal(r.text, quotes.repeat(20));
  assert.equal(r.warning, 'not valid UTF-8; decoded as windows-1252');
});

test('a declared UTF-8 charset over windows-1252 bytes: decoded as windows-1252 with a warning', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="utf-8"></head><body><p>'),
    cp1252(WESTERN),
  ]);
  const r = ok(html);
  assert.equal(r.encoding, 'windows-1252');
  assert.ok(r.text.endsWith(WESTERN));
  assert.equal(
    r.warning,
    'declared charset utf-8, but the bytes are not valid UTF-8; decoded as windows-1252',
  );
});

test('a declared single-byte charset over valid UTF-8: UTF-8 wins, the warning names the declaration', () => {
  const text = 'Zürich and Łódź sign a tram deal; Gábor Szőke helped.';
  for (const [meta, label] of [
    ['<meta charset="windows-1251">', 'windows-1251'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'ISO-8859-1'],
    ["<meta charset='koi8-r'>", 'koi8-r'],
  ]) {
    const r = ok(Buffer.from(`<html><head>${meta}</head><body><p>${text}</p></body></html>`, 'utf8'));
    assert.equal(r.encoding, 'utf-8', label);
    assert.ok(r.text.includes(text), label);
    assert.equal(r.warning, `declared charset ${label}, but the bytes are valid UTF-8; decoded as utf-8`);
  }
});

test('no warning when the declaration cannot matter or is not a lie', () => {
  // ASCII only: every declared charset gives the same text
  const ascii = ok(Buffer.from('<meta charset="windows-1251"><p>Plain ASCII news.</p>'));
  assert.equal(ascii.encoding, 'utf-8');
  assert.equal(ascii.warning, undefined);
  // a meta saying UTF-16 in a byte-oriented page means UTF-8
  const u16 = ok(Buffer.from('<meta charset="utf-16"><p>Zürich</p>', 'utf8'));
  assert.equal(u16.text, '<meta charset="utf-16"><p>Zürich</p>');
  assert.equal(u16.warning, undefined);
  // an honest declaration
  const honest = ok(Buffer.from('<meta charset="utf-8"><p>Zürich</p>', 'utf8'));
  assert.equal(honest.warning, undefined);
});

test('a Western declaration over windows-1251 Cyrillic: decoded as windows-1251 with a warning', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'),
    cp1251(RUSSIAN),
    Buffer.from('</p></body></html>'),
  ]);
  const r = ok(html);
  assert.equal(r.encoding, 'windows-1251');
  assert.ok(r.text.includes(RUSSIAN));
  assert.equal(
    r.warning,
    'declared charset iso-8859-1, but the text reads as Cyrillic; decoded as windows-1251',
  );
});

test('an honest single-byte declaration over non-UTF-8 bytes is trusted', () => {
  const western = ok(Buffer.concat([Buffer.from('<meta charset="windows-1252"><p>'), cp1252(WESTERN)]));
  assert.equal(western.encoding, 'windows-1252');
  assert.ok(western.text.endsWith(WESTERN));
  assert.equal(western.warning, 'not valid UTF-8; decoded as windows-1252 (declared charset)');
  // a windows-1251 declaration is not second-guessed, even over text the guess would call Western
  const declared1251 = ok(Buffer.concat([Buffer.from('<meta charset="windows-1251"><p>'), cp1251(RUSSIAN)]));
  assert.equal(declared1251.encoding, 'windows-1251');
  assert.ok(declared1251.text.endsWith(RUSSIAN));
});

test('empty and whitespace-only inputs are refused', () => {
  assert.deepEqual(decodeBytes(Buffer.alloc(0)), { ok: false, message: EMPTY_MESSAGE });
  assert.deepEqual(decodeBytes(Buffer.from(' \r\n\t \n')), { ok: false, message: EMPTY_MESSAGE });
  assert.deepEqual(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x20])), { ok: false, message: EMPTY_MESSAGE });
});

test('binary data is refused: NUL bytes, PNG header, control characters', () => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00,
    0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89,
  ]);
  assert.deepEqual(decodeBytes(png), { ok: false, message: BINARY_MESSAGE });
  assert.deepEqual(decodeBytes(Buffer.from('text\u0000more text')), { ok: false, message: BINARY_MESSAGE });
  const controls = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
  assert.deepEqual(decodeBytes(controls), { ok: false, message: BINARY_MESSAGE });
});

test('ordinary text with tabs and form feeds is not binary', () => {
  assert.equal(looksBinary('a\tb\fc\nd\r\n'), false);
  assert.equal(looksBinary('one \u001b escape in a long line of ordinary words'), false);
  assert.equal(looksBinary('x\u0000'), true);
});
