// Bytes → text: byte-order marks, UTF-8, declared HTML charsets, a Cyrillic/Western guess, and
// detection of empty and binary inputs. A declared charset is a hint, not the truth: bytes that are
// valid UTF-8 are read as UTF-8 whatever the page says, and a declaration that was overridden is
// named in the warning.

export type DecodeResult =
  | { ok: true; text: string; encoding: string; warning?: string }
  | { ok: false; message: string };

export const EMPTY_MESSAGE = 'empty file';
export const BINARY_MESSAGE = 'binary data, not text/HTML/JSON';

const SAMPLE = 8192;

/** Encoding named by a byte-order mark, and the mark's length. */
export function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a byte-order mark: most characters ASCII, so every other byte is zero. */
export function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd >= pairs * 0.4 && zeroEven <= pairs * 0.02) return 'utf-16le';
  if (zeroEven >= pairs * 0.4 && zeroOdd <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

function knownDecoder(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The first known charset a `<meta>` declares: the label as written and the encoding it names. */
function findDeclaredCharset(bytes: Uint8Array): { label: string; encoding: string } | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const re = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/gi;
  for (const m of head.matchAll(re)) {
    const decoder = knownDecoder(m[1]);
    if (decoder) return { label: m[1], encoding: decoder.encoding };
  }
  return undefined;
}

/** Charset declared by `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  return findDeclaredCharset(bytes)?.encoding;
}

// Cyrillic letters outside 0xC0–0xFF in windows-1251: Ёё Єє Іі Її Ґґ Ўў Јј Ѕѕ.
const CYRILLIC_EXTRA = new Set([
  0xa8, 0xb8, 0xaa, 0xba, 0xb2, 0xb3, 0xaf, 0xbf, 0xa5, 0xb4, 0xa1, 0xa2, 0xa3, 0xbc,
]);

/** Chooses between windows-1251 and windows-1252 for bytes that are not UTF-8. */
export function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let cyrRange = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || CYRILLIC_EXTRA.has(b)) cyrRange++;
  }
  if (high === 0 || cyrRange / high < 0.7) return 'windows-1252';
  const text = new TextDecoder('windows-1251').decode(bytes);
  let letters = 0;
  let cyrillic = 0;
  let cyrillicInRuns = 0;
  const isCyr = (ch: string | undefined) => ch !== undefined && /\p{Script=Cyrillic}/u.test(ch);
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (!isCyr(ch)) continue;
    cyrillic++;
    if (isCyr(chars[i - 1]) || isCyr(chars[i + 1])) cyrillicInRuns++;
  }
  if (letters === 0 || cyrillic === 0) return 'windows-1252';
  const share = cyrillic / letters;
  // Western text misread as 1251 has its accented letters isolated inside Latin words.
  if (share >= 0.5 || (share >= 0.2 && cyrillicInRuns / cyrillic >= 0.8)) return 'windows-1251';
  return 'windows-1252';
}

/** True when a sample of the text has NUL characters or too many control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    const whitespace = c === 0x09 || c === 0x0a || c === 0x0b || c === 0x0c || c === 0x0d;
    if ((c < 0x20 && !whitespace) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return controls / sample.length > 0.1;
}

// windows-1252 bytes 0x80–0x9F (WHATWG index; the five unassigned bytes stay C1 controls).
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 (also what the labels ISO-8859-1, latin1 and us-ascii mean on the web). Decoded here
 * because Node's TextDecoder (since 20.18.3 / 22.13.0) reads it as Latin-1, so curly quotes,
 * dashes and the euro sign (0x80–0x9F) would come out as C1 control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM keeps a mark in the text so that it is stripped exactly once below.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

const hasNonAscii = (bytes: Uint8Array) => bytes.some((b) => b >= 0x80);

function pickDecoding(bytes: Uint8Array): { text: string; encoding: string; warning?: string } {
  const bom = detectBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding === 'utf-8') {
      try {
        return { text: decodeWith('utf-8', body, true), encoding: 'utf-8' };
      } catch {
        return {
          text: decodeWith('utf-8', body),
          encoding: 'utf-8',
          warning: 'invalid UTF-8 sequences after the byte-order mark were replaced',
        };
      }
    }
    return { text: decodeWith(bom.encoding, body), encoding: bom.encoding };
  }
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) {
    return {
      text: decodeWith(utf16, bytes),
      encoding: utf16,
      warning: `no byte-order mark; decoded as ${utf16.toUpperCase()}`,
    };
  }
  const declared = findDeclaredCharset(bytes);
  // A meta declaring UTF-16 in a byte-oriented page means UTF-8 (HTML standard): not a lie.
  const declaredSingleByte =
    declared && declared.encoding !== 'utf-8' && !declared.encoding.startsWith('utf-16')
      ? declared
      : undefined;
  try {
    const text = decodeWith('utf-8', bytes, true);
    if (declaredSingleByte && hasNonAscii(bytes)) {
      return {
        text,
        encoding: 'utf-8',
        warning: `declared charset ${declaredSingleByte.label}, but the bytes are valid UTF-8; decoded as utf-8`,
      };
    }
    return { text, encoding: 'utf-8' };
  } catch {
    // fall through to single-byte encodings
  }
  if (declaredSingleByte) {
    const { label, encoding } = declaredSingleByte;
    // A Western declaration over Cyrillic text is a common lie (a server or CMS default); the guess
    // says windows-1251 only for runs of Cyrillic letters, which misread Western text never has.
    if (encoding === 'windows-1252' && guessSingleByte(bytes) === 'windows-1251') {
      return {
        text: decodeWith('windows-1251', bytes),
        encoding: 'windows-1251',
        warning: `declared charset ${label}, but the text reads as Cyrillic; decoded as windows-1251`,
      };
    }
    return {
      text: decodeWith(encoding, bytes),
      encoding,
      warning: `not valid UTF-8; decoded as ${encoding} (declared charset)`,
    };
  }
  const guessed = guessSingleByte(bytes);
  const warning = declared
    ? `declared charset ${declared.label}, but the bytes are not valid UTF-8; decoded as ${guessed}`
    : `not valid UTF-8; decoded as ${guessed}`;
  return { text: decodeWith(guessed, bytes), encoding: guessed, warning };
}

/** Decodes file bytes; refuses empty and binary data. BOM stripped, line ends normalised to LF. */
export function decodeBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, message: EMPTY_MESSAGE };
  const picked = pickDecoding(bytes);
  if (looksBinary(picked.text)) return { ok: false, message: BINARY_MESSAGE };
  let text = picked.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, message: EMPTY_MESSAGE };
  const result: DecodeResult = { ok: true, text, encoding: picked.encoding };
  if (picked.warning) result.warning = picked.warning;
  return result;
}
