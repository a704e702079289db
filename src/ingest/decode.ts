// Bytes → text: byte-order marks, UTF-8, declared HTML charsets, a Cyrillic/Western guess, and
// detection of empty and binary inputs.

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

/** Charset declared by `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const re = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/gi;
  for (const m of head.matchAll(re)) {
    const decoder = knownDecoder(m[1]);
    if (decoder) return decoder.encoding;
  }
  return undefined;
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

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  // ignoreBOM keeps a mark in the text so that it is stripped exactly once below.
  return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
}

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
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    // fall through to single-byte encodings
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8' && !declared.startsWith('utf-16')) {
    return {
      text: decodeWith(declared, bytes),
      encoding: declared,
      warning: `not valid UTF-8; decoded as ${declared} (declared charset)`,
    };
  }
  const guessed = guessSingleByte(bytes);
  return {
    text: decodeWith(guessed, bytes),
    encoding: guessed,
    warning: `not valid UTF-8; decoded as ${guessed}`,
  };
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
