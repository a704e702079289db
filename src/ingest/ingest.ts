// Ties expansion, reading, decompression, decoding and JSON records together. Bad inputs become
// problems naming the file; the rest of the batch goes on.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { InputDocument, InputKind } from '../model/input.ts';
import type { Problem } from '../model/report.ts';
import { decodeBytes } from './decode.ts';
import { expandSpecs, type InputEntry, osReason } from './expand.ts';
import { looksLikeJsonLines, parseJsonFile, parseJsonLines, type RecordsResult } from './records.ts';

export interface IngestOptions {
  /** Largest file accepted, raw and after gunzip. Default 50 MiB. */
  maxFileBytes?: number;
  /** Stream read for the `-` spec. Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
}

export interface IngestResult {
  documents: InputDocument[];
  problems: Problem[];
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
const CONCURRENCY = 8;
const gunzipAsync = promisify(gunzip);

type Format = 'html' | 'text' | 'json' | 'jsonl' | 'sniff';

/** File name without its extension(s): `a/b/003_x.txt` → `003_x`, `p.html.gz` → `p`. */
export function fileIdOf(p: string): string {
  const base = path.basename(p);
  const noGz = base.replace(/\.gz$/i, '');
  const id = noGz.slice(0, noGz.length - path.extname(noGz).length);
  return id === '' ? base : id;
}

/** Format chosen by the file name; `sniff` when the extension says nothing. */
export function formatOf(p: string): Format {
  const ext = path.extname(path.basename(p).replace(/\.gz$/i, '')).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.txt') return 'text';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl') return 'jsonl';
  return 'sniff';
}

export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1 && Number.isInteger(v / 1024)) {
    v /= 1024;
    u++;
  }
  return `${v} ${units[u]}`;
}

function looksLikeHtmlDocument(text: string): boolean {
  return /^\s*<(!doctype\s+html|html[\s>])/i.test(text);
}

type Loaded = { ok: true; bytes: Buffer } | { ok: false; message: string };

async function readBounded(stream: NodeJS.ReadableStream, max: number): Promise<Loaded> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    total += buf.length;
    if (total > max) return { ok: false, message: `larger than the size limit of ${formatBytes(max)}` };
    chunks.push(buf);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

async function readRaw(entry: InputEntry, max: number, stdin: NodeJS.ReadableStream): Promise<Loaded> {
  try {
    if (entry.stdin) return await readBounded(stdin, max);
    const st = await stat(entry.path);
    if (st.isDirectory()) return { ok: false, message: 'cannot read file: is a directory' };
    if (!st.isFile()) return await readBounded(createReadStream(entry.path), max);
    if (st.size > max) {
      return { ok: false, message: `larger than the size limit of ${formatBytes(max)} (${st.size} bytes)` };
    }
    const bytes = await readFile(entry.path);
    if (bytes.length > max)
      return { ok: false, message: `larger than the size limit of ${formatBytes(max)}` };
    return { ok: true, bytes };
  } catch (err) {
    return { ok: false, message: `cannot read file: ${osReason(err)}` };
  }
}

function isGzipped(entry: InputEntry, bytes: Buffer): boolean {
  if (entry.stdin) return bytes[0] === 0x1f && bytes[1] === 0x8b;
  return /\.gz$/i.test(entry.path);
}

async function load(entry: InputEntry, max: number, stdin: NodeJS.ReadableStream): Promise<Loaded> {
  const raw = await readRaw(entry, max, stdin);
  if (!raw.ok || !isGzipped(entry, raw.bytes)) return raw;
  if (raw.bytes.length === 0) return { ok: false, message: 'empty file' };
  try {
    return { ok: true, bytes: await gunzipAsync(raw.bytes, { maxOutputLength: max }) };
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return { ok: false, message: `decompressed data is larger than the size limit of ${formatBytes(max)}` };
    }
    return { ok: false, message: `cannot decompress gzip data: ${e?.message ?? String(err)}` };
  }
}

function textDocument(entry: InputEntry, id: string, kind: InputKind, text: string, encoding: string) {
  return { id, source: entry.path, kind, content: text, encoding } satisfies InputDocument;
}

async function ingestEntry(
  entry: InputEntry,
  max: number,
  stdin: NodeJS.ReadableStream,
): Promise<RecordsResult> {
  const problems: Problem[] = [];
  const loaded = await load(entry, max, stdin);
  if (!loaded.ok)
    return { documents: [], problems: [{ source: entry.path, severity: 'error', message: loaded.message }] };
  const decoded = decodeBytes(loaded.bytes);
  if (!decoded.ok) {
    return { documents: [], problems: [{ source: entry.path, severity: 'error', message: decoded.message }] };
  }
  if (decoded.warning) problems.push({ source: entry.path, severity: 'warning', message: decoded.warning });
  const { text, encoding } = decoded;
  const id = entry.stdin ? 'stdin' : fileIdOf(entry.path);
  const ctx = { path: entry.path, fileId: id, encoding, named: entry.named };
  const withProblems = (r: RecordsResult): RecordsResult => ({
    documents: r.documents,
    problems: [...problems, ...r.problems],
  });

  let format = entry.stdin ? 'sniff' : formatOf(entry.path);
  if (format === 'sniff') {
    const start = text.trimStart();
    if (start.startsWith('<')) format = 'html';
    else if (start.startsWith('{') || start.startsWith('[')) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      if (parses) format = 'json';
      else if (looksLikeJsonLines(text)) format = 'jsonl';
      else {
        format = 'text';
        problems.push({
          source: entry.path,
          severity: 'warning',
          message: 'starts like JSON but is not valid JSON; read as plain text',
        });
      }
    } else format = 'text';
  }
  if (format === 'json') return withProblems(parseJsonFile(text, ctx));
  if (format === 'jsonl') return withProblems(parseJsonLines(text, ctx));
  const kind: InputKind = format === 'html' || looksLikeHtmlDocument(text) ? 'html' : 'text';
  return { documents: [textDocument(entry, id, kind, text, encoding)], problems };
}

/** Makes ids unique in order: a later duplicate `x` becomes `x~2`, `x~3`, … with a warning. */
export function uniquifyIds(documents: InputDocument[]): Problem[] {
  const used = new Set<string>();
  const problems: Problem[] = [];
  for (const doc of documents) {
    if (!used.has(doc.id)) {
      used.add(doc.id);
      continue;
    }
    let n = 2;
    while (used.has(`${doc.id}~${n}`)) n++;
    const renamed = `${doc.id}~${n}`;
    problems.push({
      source: doc.source,
      severity: 'warning',
      message: `duplicate id "${doc.id}"; renamed to "${renamed}"`,
    });
    doc.id = renamed;
    used.add(renamed);
  }
  return problems;
}

/** Reads what the user named into decoded documents; never throws for bad inputs. */
export async function ingest(specs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const requested = options.maxFileBytes;
  const max =
    requested !== undefined && Number.isFinite(requested) && requested >= 1
      ? Math.floor(requested)
      : DEFAULT_MAX_FILE_BYTES;
  const stdin = options.stdin ?? process.stdin;

  let expanded: Awaited<ReturnType<typeof expandSpecs>>;
  try {
    expanded = await expandSpecs(specs);
  } catch (err) {
    const message = `cannot expand inputs: ${osReason(err)}`;
    return { documents: [], problems: [{ source: specs.join(' '), severity: 'error', message }] };
  }
  const { entries } = expanded;

  const results: RecordsResult[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i];
      try {
        results[i] = await ingestEntry(entry, max, stdin);
      } catch (err) {
        const message = `cannot read input: ${err instanceof Error ? err.message : String(err)}`;
        results[i] = { documents: [], problems: [{ source: entry.path, severity: 'error', message }] };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));

  const documents = results.flatMap((r) => r.documents);
  const problems = [...expanded.problems, ...results.flatMap((r) => r.problems)];
  problems.push(...uniquifyIds(documents));
  return { documents, problems };
}
