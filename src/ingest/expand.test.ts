import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { expandSpecs, isSupportedName, osReason, splitPattern } from './expand.ts';

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-expand-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

test('folder walk is recursive, sorted, skips dot entries and node_modules, warns on other extensions', async () => {
  const root = tree({
    'z.txt': 'z',
    'b/2.html.gz': 'x',
    'b/1.HTM': 'x',
    'a/deep/er/c.jsonl': 'x',
    'a/d.json': 'x',
    'notes.md': 'x',
    'image.png': 'x',
    '.hidden.txt': 'x',
    '.git/config.txt': 'x',
    'node_modules/pkg/readme.txt': 'x',
  });
  const r = await expandSpecs([root]);
  assert.deepEqual(
    r.entries.map((e) => path.relative(root, e.path)),
    ['a/d.json', 'a/deep/er/c.jsonl', 'b/1.HTM', 'b/2.html.gz', 'z.txt'],
  );
  assert.ok(r.entries.every((e) => !e.named));
  assert.deepEqual(
    r.problems.map((p) => [path.relative(root, p.source), p.severity, p.message]),
    [
      ['image.png', 'warning', 'skipped: unsupported extension'],
      ['notes.md', 'warning', 'skipped: unsupported extension'],
    ],
  );
});

test('the same file named twice, or named and found in a folder, appears once and counts as named', async () => {
  const root = tree({ 'a.txt': 'a', 'b.txt': 'b', 'x.md': 'm' });
  const a = path.join(root, 'a.txt');
  const r = await expandSpecs([a, root, `${root}/./a.txt`, path.join(root, 'x.md'), root]);
  assert.deepEqual(
    r.entries.map((e) => [path.basename(e.path), e.named]),
    [
      ['a.txt', true],
      ['b.txt', false],
      ['x.md', true],
    ],
  );
  // x.md was named explicitly, so no skip warning for it.
  assert.deepEqual(r.problems, []);
});

test('stdin comes first and only once', async () => {
  const root = tree({ 'a.txt': 'a' });
  const r = await expandSpecs([root, '-', '-']);
  assert.deepEqual(
    r.entries.map((e) => e.path),
    ['-', path.join(root, 'a.txt')],
  );
  assert.equal(r.entries[0].stdin, true);
});

test('globs expand, with an error when nothing matches', async () => {
  const root = tree({ 'a.txt': 'a', 'sub/b.txt': 'b', 'sub/c.html': 'c', 'sub/d.md': 'd', 'x.json': '{}' });
  const r = await expandSpecs([`${root}/**/*.txt`, `${root}/**/*.{html,md}`, `${root}/nothing-*.txt`]);
  assert.deepEqual(
    r.entries.map((e) => path.relative(root, e.path)),
    ['a.txt', 'sub/b.txt', 'sub/c.html'],
  );
  assert.deepEqual(
    r.problems.map((p) => [p.source, p.severity, p.message]),
    [
      [`${root}/nothing-*.txt`, 'error', 'no files match this pattern'],
      [path.join(root, 'sub/d.md'), 'warning', 'skipped: unsupported extension'],
    ],
  );
  const explicit = await expandSpecs([`${root}/sub/*.md`]);
  assert.deepEqual(
    explicit.entries.map((e) => path.basename(e.path)),
    ['d.md'],
  );
});

test('globs relative to the working directory', async () => {
  const root = tree({ 'one.txt': '1', 'two.txt': '2' });
  const cwd = process.cwd();
  process.chdir(path.join(root));
  try {
    const r = await expandSpecs(['*.txt']);
    assert.deepEqual(
      r.entries.map((e) => e.path),
      ['one.txt', 'two.txt'],
    );
  } finally {
    process.chdir(cwd);
  }
});

test('a nonexistent path is an error naming it', async () => {
  const root = tree({ 'a.txt': 'a' });
  const missing = path.join(root, 'missing.txt');
  const r = await expandSpecs([missing, path.join(root, 'a.txt')]);
  assert.equal(r.entries.length, 1);
  assert.deepEqual(r.problems, [{ source: missing, severity: 'error', message: 'path does not exist' }]);
});

test('helpers: supported names, pattern split, OS reasons', () => {
  assert.equal(isSupportedName('a/p.html.gz'), true);
  assert.equal(isSupportedName('x.JSONL'), true);
  assert.equal(isSupportedName('x.txt.bak'), false);
  assert.equal(isSupportedName('x.gz'), false);
  assert.deepEqual(splitPattern('/tmp/a/**/*.txt'), { base: '/tmp/a', rest: '**/*.txt' });
  assert.deepEqual(splitPattern('*.txt'), { base: '.', rest: '*.txt' });
  assert.deepEqual(splitPattern('../x/{a,b}/*.txt'), { base: '../x', rest: '{a,b}/*.txt' });
  assert.deepEqual(splitPattern('/*.txt'), { base: '/', rest: '*.txt' });
  const err = Object.assign(new Error("EACCES: permission denied, open '/x/y.txt'"), { code: 'EACCES' });
  assert.equal(osReason(err), 'permission denied (EACCES)');
});
