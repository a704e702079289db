// JSON and JSON-lines inputs → article records → InputDocuments.

import type { InputDocument } from '../model/input.ts';
import type { Problem } from '../model/report.ts';

export interface RecordsContext {
  /** Path shown in sources and problems. */
  path: string;
  /** Id of the file, used for records without an `id`. */
  fileId: string;
  encoding?: string;
  /** Named by the user: a file without article records is an error rather than a warning. */
  named: boolean;
}

export interface RecordsResult {
  documents: InputDocument[];
  problems: Problem[];
}

export const NO_RECORDS_MESSAGE = 'skipped: JSON has no article records (needs a text or html field)';

type Meta = NonNullable<InputDocument['meta']>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstString(obj: Record<string, unknown>, keys: string[]): string | undefined {
  for (const key of keys) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

function bylineOf(obj: Record<string, unknown>): string | undefined {
  for (const key of ['byline', 'author']) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (Array.isArray(v)) {
      const names = v
        .map((x) => (typeof x === 'string' ? x : isObject(x) && typeof x.name === 'string' ? x.name : ''))
        .map((x) => x.trim())
        .filter((x) => x !== '');
      if (names.length > 0) return names.join(', ');
    }
    if (isObject(v) && typeof v.name === 'string' && v.name.trim() !== '') return v.name.trim();
  }
  return undefined;
}

function contentOf(obj: Record<string, unknown>): { kind: 'html' | 'text'; content: string } | undefined {
  const html = obj.html;
  if (typeof html === 'string' && html.trim() !== '') return { kind: 'html', content: html };
  for (const key of ['text', 'content', 'body']) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim() !== '') return { kind: 'text', content: v };
  }
  return undefined;
}

/** True when the value is an object with html or text content. */
export function isArticleRecord(value: unknown): boolean {
  return isObject(value) && contentOf(value) !== undefined;
}

/** Maps one record to a document; undefined when it has no content. */
export function recordToDocument(
  value: unknown,
  fallbackId: string,
  source: string,
  encoding?: string,
): InputDocument | undefined {
  if (!isObject(value)) return undefined;
  const body = contentOf(value);
  if (!body) return undefined;
  const id = firstString(value, ['id']) ?? fallbackId;
  const meta: Meta = {};
  const url = firstString(value, ['url']);
  const title = firstString(value, ['title']);
  const published = firstString(value, ['published', 'date', 'datePublished']);
  const byline = bylineOf(value);
  const outlet = firstString(value, ['outlet', 'site', 'source_name']);
  if (url !== undefined) meta.url = url;
  if (title !== undefined) meta.title = title;
  if (published !== undefined) meta.published = published;
  if (byline !== undefined) meta.byline = byline;
  if (outlet !== undefined) meta.outlet = outlet;
  const doc: InputDocument = {
    id,
    source,
    kind: body.kind,
    content: body.content.replace(/\r\n?/g, '\n'),
  };
  if (encoding) doc.encoding = encoding;
  if (Object.keys(meta).length > 0) doc.meta = meta;
  return doc;
}

/** 1-based line and column of a 0-based character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastNl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastNl };
}

/** Short description of a JSON.parse error, with line:column when the engine reports a position. */
export function describeJsonError(text: string, err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(raw);
  const reason = raw
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'unexpected end of input');
  if (pos) {
    const { line, column } = lineColumn(text, Number(pos[1]));
    return `invalid JSON at line ${line}:${column}: ${reason}`;
  }
  if (/end of JSON input/.test(raw)) {
    const { line, column } = lineColumn(text, text.length);
    return `invalid JSON at line ${line}:${column}: unexpected end of input`;
  }
  return `invalid JSON: ${reason}`;
}

function noRecordsProblem(ctx: RecordsContext): Problem {
  return ctx.named
    ? {
        source: ctx.path,
        severity: 'error',
        message: 'JSON has no article records (needs a text or html field)',
      }
    : { source: ctx.path, severity: 'warning', message: NO_RECORDS_MESSAGE };
}

interface Candidate {
  value: unknown;
  /** 1-based record or line number; undefined for a single-object file. */
  n?: number;
}

function collect(candidates: Candidate[], ctx: RecordsContext, result: RecordsResult): void {
  if (!candidates.some((c) => isArticleRecord(c.value))) {
    result.problems.push(noRecordsProblem(ctx));
    return;
  }
  for (const c of candidates) {
    const source = c.n === undefined ? ctx.path : `${ctx.path}#${c.n}`;
    const fallbackId = c.n === undefined ? ctx.fileId : `${ctx.fileId}-${c.n}`;
    const doc = recordToDocument(c.value, fallbackId, source, ctx.encoding);
    if (doc) {
      result.documents.push(doc);
    } else {
      const what = isObject(c.value) ? 'record has neither html nor text' : 'entry is not a record object';
      result.problems.push({ source, severity: 'error', message: what });
    }
  }
}

/** A `.json` file: one record, an array of records, or `{ "articles": [...] }`. */
export function parseJsonFile(text: string, ctx: RecordsContext): RecordsResult {
  const result: RecordsResult = { documents: [], problems: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    result.problems.push({ source: ctx.path, severity: 'error', message: describeJsonError(text, err) });
    return result;
  }
  let candidates: Candidate[];
  if (Array.isArray(data)) candidates = data.map((value, i) => ({ value, n: i + 1 }));
  else if (isObject(data) && Array.isArray(data.articles) && !isArticleRecord(data))
    candidates = data.articles.map((value, i) => ({ value, n: i + 1 }));
  else candidates = [{ value: data }];
  collect(candidates, ctx, result);
  return result;
}

/** A `.jsonl` file: one record per non-empty line; bad lines are reported and skipped. */
export function parseJsonLines(text: string, ctx: RecordsContext): RecordsResult {
  const result: RecordsResult = { documents: [], problems: [] };
  const candidates: Candidate[] = [];
  const lines = text.split('\n');
  let badLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    try {
      candidates.push({ value: JSON.parse(line), n: i + 1 });
    } catch (err) {
      badLines++;
      const message = describeJsonError(line, err).replace(/ at line 1:(\d+)/, ' at column $1');
      result.problems.push({ source: `${ctx.path}:${i + 1}`, severity: 'error', message });
    }
  }
  if (candidates.length === 0 && badLines > 0) return result;
  collect(candidates, ctx, result);
  return result;
}

/** True when every non-empty line parses as JSON and there are at least two such lines. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.every((l) => {
    try {
      JSON.parse(l);
      return true;
    } catch {
      return false;
    }
  });
}
