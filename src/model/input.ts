// What ingest hands to extract: one decoded input document, not yet cleaned.

export type InputKind = 'text' | 'html';

export interface InputDocument {
  /** Stable id: file name without extension, or the record's `id` for JSON inputs. */
  id: string;
  /** Where it was read from: a path, `path#N` for the N-th JSON record, or `-` for stdin. */
  source: string;
  kind: InputKind;
  /** Decoded content (UTF-16 JS string). */
  content: string;
  /** Encoding the bytes were decoded from, e.g. `utf-8`, `windows-1251`. */
  encoding?: string;
  /** Metadata given alongside the content (JSON records). */
  meta?: { url?: string; title?: string; published?: string; byline?: string; outlet?: string };
}
