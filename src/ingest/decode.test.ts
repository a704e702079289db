import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  BINARY_MESSAGE,
  declaredCharset,
  decodeBytes,
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

test('a declared UTF-8 charset over non-UTF-8 bytes falls back to the guess', () => {
  const html = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), cp1251(RUSSIAN)]);
  const r = ok(html);
  assert.equal(r.encoding, 'windows-1251');
  assert.ok(r.text.endsWith(RUSSIAN));
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
