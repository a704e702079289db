// Turns what the user names (files, folders, globs, `-`) into a sorted, de-duplicated list of inputs.

import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { Problem } from '../model/report.ts';

export interface InputEntry {
  /** Display path as the user would recognise it, or `-` for stdin. */
  path: string;
  /** True when the file was named by the user rather than found in a folder or by a wildcard. */
  named: boolean;
  stdin?: true;
}

export interface ExpandResult {
  entries: InputEntry[];
  problems: Problem[];
}

const SUPPORTED = /\.(txt|html?|jsonl?)(\.gz)?$/i;
const GLOB_CHARS = /[*?[\]{}]/;

/** True when a file found in a folder should be read (by its name alone). */
export function isSupportedName(name: string): boolean {
  return SUPPORTED.test(name);
}

export function hasGlobChars(spec: string): boolean {
  return GLOB_CHARS.test(spec);
}

/** Short OS reason from a Node fs error, without the path Node appends. */
export function osReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const raw = typeof e?.message === 'string' ? e.message : String(err);
  const text = raw.replace(/^E[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '');
  return e?.code && !text.includes(e.code) ? `${text} (${e.code})` : text;
}

/** Plain code-unit comparison, so the order does not depend on the locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Collector {
  found: Map<string, InputEntry>;
  skipped: Map<string, string>;
  problems: Problem[];
  visitedDirs: Set<string>;
}

async function keyOf(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    return path.resolve(p);
  }
}

async function addFile(c: Collector, p: string, named: boolean): Promise<void> {
  const key = await keyOf(p);
  const prev = c.found.get(key);
  if (!prev) {
    c.found.set(key, { path: p, named });
    return;
  }
  prev.named ||= named;
  if (comparePaths(p, prev.path) < 0) prev.path = p;
}

async function addFound(c: Collector, p: string, allowAnyExtension: boolean): Promise<void> {
  if (allowAnyExtension || isSupportedName(p)) {
    await addFile(c, p, false);
    return;
  }
  const key = await keyOf(p);
  const prev = c.skipped.get(key);
  if (prev === undefined || comparePaths(p, prev) < 0) c.skipped.set(key, p);
}

function isHiddenOrVendored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function walk(c: Collector, dir: string): Promise<void> {
  const real = await keyOf(dir);
  if (c.visitedDirs.has(real)) return;
  c.visitedDirs.add(real);
  let names: { name: string; dir: boolean; file: boolean; link: boolean }[];
  try {
    const dirents = await readdir(dir, { withFileTypes: true });
    names = dirents.map((d) => ({
      name: d.name,
      dir: d.isDirectory(),
      file: d.isFile(),
      link: d.isSymbolicLink(),
    }));
  } catch (err) {
    c.problems.push({ source: dir, severity: 'error', message: `cannot read folder: ${osReason(err)}` });
    return;
  }
  names.sort((a, b) => comparePaths(a.name, b.name));
  for (const entry of names) {
    if (isHiddenOrVendored(entry.name)) continue;
    const p = path.join(dir, entry.name);
    let { dir: isDir, file: isFile } = entry;
    if (entry.link) {
      try {
        const st = await stat(p);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch (err) {
        c.problems.push({ source: p, severity: 'error', message: `cannot access: ${osReason(err)}` });
        continue;
      }
    }
    if (isDir) await walk(c, p);
    else if (isFile) await addFound(c, p, false);
  }
}

/** Splits a pattern into the leading folders without wildcards and the wildcard rest. */
export function splitPattern(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  let i = 0;
  while (i < parts.length - 1 && !hasGlobChars(parts[i])) i++;
  const baseParts = parts.slice(0, i);
  let base = baseParts.join('/');
  if (baseParts.length === 1 && baseParts[0] === '') base = '/';
  return { base: base === '' ? '.' : base, rest: parts.slice(i).join('/') };
}

async function expandGlob(c: Collector, spec: string): Promise<void> {
  const { base, rest } = splitPattern(spec);
  let matches: string[];
  try {
    matches = await glob(rest, {
      cwd: base,
      onlyFiles: true,
      dot: false,
      ignore: spec.includes('node_modules') ? [] : ['**/node_modules/**'],
    });
  } catch (err) {
    c.problems.push({ source: spec, severity: 'error', message: `invalid pattern: ${osReason(err)}` });
    return;
  }
  if (matches.length === 0) {
    c.problems.push({ source: spec, severity: 'error', message: 'no files match this pattern' });
    return;
  }
  // A pattern ending in a literal extension (`*.md`) asks for those files explicitly.
  const ext = path.extname(spec);
  const literalExtension = ext !== '' && !hasGlobChars(ext);
  matches.sort(comparePaths);
  for (const m of matches) await addFound(c, path.join(base, m), literalExtension);
}

/** Expands specs into inputs sorted by path; the same file named twice appears once. */
export async function expandSpecs(specs: readonly string[]): Promise<ExpandResult> {
  const c: Collector = { found: new Map(), skipped: new Map(), problems: [], visitedDirs: new Set() };
  let stdin = false;
  for (const spec of specs) {
    if (spec === '-') {
      stdin = true;
      continue;
    }
    if (spec.trim() === '') {
      c.problems.push({ source: spec, severity: 'error', message: 'empty path' });
      continue;
    }
    let st: Stats | undefined;
    let statError: unknown;
    try {
      st = await stat(spec);
    } catch (err) {
      statError = err;
    }
    if (st?.isDirectory()) {
      await walk(c, path.join(spec));
    } else if (st) {
      await addFile(c, path.join(spec), true);
    } else if (hasGlobChars(spec)) {
      await expandGlob(c, spec);
    } else {
      const code = (statError as NodeJS.ErrnoException)?.code;
      const message =
        code === 'ENOENT' || code === 'ENOTDIR'
          ? 'path does not exist'
          : `cannot access: ${osReason(statError)}`;
      c.problems.push({ source: spec, severity: 'error', message });
    }
  }

  const entries = [...c.found.values()].sort((a, b) => comparePaths(a.path, b.path));
  if (stdin) entries.unshift({ path: '-', named: true, stdin: true });
  const skipped = [...c.skipped.entries()]
    .filter(([key]) => !c.found.has(key))
    .map(([, p]) => p)
    .sort(comparePaths);
  for (const p of skipped) {
    c.problems.push({ source: p, severity: 'warning', message: 'skipped: unsupported extension' });
  }
  return { entries, problems: c.problems };
}
