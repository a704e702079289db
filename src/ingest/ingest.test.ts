import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Problem } from '../model/report.ts';
import { ingest } from './index.ts';
import { fileIdOf, formatBytes, formatOf, uniquifyIds } from './ingest.ts';

const RUSSIAN = 'Привет, мир! Это тестовая статья о событиях.';

function cp1251(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c < 0x80) out.push(c);
    else throw new Error(`no windows-1251 byte for ${ch}`);
  }
  return Buffer.from(out);
}

const roots: string[] = [];
after(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-ingest-'));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const p = path.join(root, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
  }
  return root;
}

const rel = (root: string) => (p: Problem) => [path.relative(root, p.source), p.severity, p.message];

test('folder walk with nested folders and mixed types, including .html.gz', async () => {
  const root = tree({
    '001_a.txt': 'Plain text story.\r\nSecond line.',
    'nested/002_b.html': '<html><body><p>B</p></body></html>',
    'nested/deeper/003_c.html.gz': gzipSync(Buffer.from('<p>C zipped</p>')),
    'nested/004_d.txt': '  <!DOCTYPE html><html><p>D</p></html>',
    'feeds/e.json': JSON.stringify([{ id: 'e1', text: 'E one' }, { text: 'E two' }]),
    'feeds/f.jsonl': '{"html":"<p>F</p>","title":"F"}\n',
    'feeds/gold.json': JSON.stringify({ stories: [{ id: 's1' }] }),
    'photo.jpg': 'not read',
    '.cache/x.txt': 'hidden',
  });
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => [d.id, path.relative(root, d.source), d.kind, d.content]),
    [
      ['001_a', '001_a.txt', 'text', 'Plain text story.\nSecond line.'],
      ['e1', 'feeds/e.json#1', 'text', 'E one'],
      ['e-2', 'feeds/e.json#2', 'text', 'E two'],
      ['f-1', 'feeds/f.jsonl#1', 'html', '<p>F</p>'],
      ['002_b', 'nested/002_b.html', 'html', '<html><body><p>B</p></body></html>'],
      ['004_d', 'nested/004_d.txt', 'html', '  <!DOCTYPE html><html><p>D</p></html>'],
      ['003_c', 'nested/deeper/003_c.html.gz', 'html', '<p>C zipped</p>'],
    ],
  );
  assert.ok(r.documents.every((d) => d.encoding === 'utf-8'));
  assert.deepEqual(r.problems.map(rel(root)), [
    ['photo.jpg', 'warning', 'skipped: unsupported extension'],
    ['feeds/gold.json', 'warning', 'skipped: JSON has no article records (needs a text or html field)'],
  ]);
});

test('a non-article JSON named explicitly is an error', async () => {
  const root = tree({ 'gold.json': '{"stories":[]}' });
  const r = await ingest([path.join(root, 'gold.json')]);
  assert.deepEqual(r.documents, []);
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].severity, 'error');
});

test('glob specs', async () => {
  const root = tree({ 'x/a.txt': 'A', 'y/b.txt': 'B', 'y/c.html': '<p>C</p>' });
  const r = await ingest([`${root}/*/*.txt`]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['a', 'b'],
  );
  assert.deepEqual(r.problems, []);
  const none = await ingest([`${root}/*.nothing`]);
  assert.deepEqual(none.documents, []);
  assert.equal(none.problems[0].severity, 'error');
  assert.equal(none.problems[0].source, `${root}/*.nothing`);
});

test('stdin is read from the given stream and sniffed', async () => {
  const text = await ingest(['-'], {
    stdin: Readable.from([Buffer.from('Story from '), Buffer.from('a pipe.')]),
  });
  assert.deepEqual(text.documents, [
    { id: 'stdin', source: '-', kind: 'text', content: 'Story from a pipe.', encoding: 'utf-8' },
  ]);
  const html = await ingest(['-'], { stdin: Readable.from([Buffer.from('\uFEFF  <p>hi</p>')]) });
  assert.equal(html.documents[0].kind, 'html');
  assert.equal(html.documents[0].content, '  <p>hi</p>');
  const json = await ingest(['-'], {
    stdin: Readable.from([Buffer.from('[{"text":"a"},{"html":"<b>b</b>"}]')]),
  });
  assert.deepEqual(
    json.documents.map((d) => [d.id, d.source, d.kind]),
    [
      ['stdin-1', '-#1', 'text'],
      ['stdin-2', '-#2', 'html'],
    ],
  );
  const jsonl = await ingest(['-'], { stdin: Readable.from([Buffer.from('{"text":"a"}\n{"text":"b"}\n')]) });
  assert.equal(jsonl.documents.length, 2);
  const gz = await ingest(['-'], { stdin: Readable.from([gzipSync(Buffer.from('zipped stdin'))]) });
  assert.equal(gz.documents[0].content, 'zipped stdin');
  const empty = await ingest(['-'], { stdin: Readable.from([]) });
  assert.deepEqual(empty.problems, [{ source: '-', severity: 'error', message: 'empty file' }]);
});

test('the same file named twice is read once', async () => {
  const root = tree({ 'a.txt': 'A' });
  const p = path.join(root, 'a.txt');
  const r = await ingest([p, p, root, `${root}/*.txt`]);
  assert.equal(r.documents.length, 1);
  assert.deepEqual(r.problems, []);
});

test('id collisions are made unique in path order with a warning', async () => {
  const root = tree({ 'b/x.txt': 'second', 'a/x.html': '<p>first</p>', 'c/x.txt.gz': gzipSync('third') });
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => [d.id, path.relative(root, d.source)]),
    [
      ['x', 'a/x.html'],
      ['x~2', 'b/x.txt'],
      ['x~3', 'c/x.txt.gz'],
    ],
  );
  assert.deepEqual(r.problems.map(rel(root)), [
    ['b/x.txt', 'warning', 'duplicate id "x"; renamed to "x~2"'],
    ['c/x.txt.gz', 'warning', 'duplicate id "x"; renamed to "x~3"'],
  ]);
});

test('empty, whitespace-only and binary files are errors; the rest goes on', async () => {
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
  ]);
  const random = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 131 + 7) % 256));
  const root = tree({
    'empty.txt': '',
    'blank.html': ' \n\t\r\n ',
    'image.txt': png,
    'noise.html': random,
    'good.txt': 'Good story.',
  });
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['good'],
  );
  assert.deepEqual(r.problems.map(rel(root)), [
    ['blank.html', 'error', 'empty file'],
    ['empty.txt', 'error', 'empty file'],
    ['image.txt', 'error', 'binary data, not text/HTML/JSON'],
    ['noise.html', 'error', 'binary data, not text/HTML/JSON'],
  ]);
});

test('JSON syntax error names the file and position; other inputs still ingested', async () => {
  const root = tree({ 'bad.json': '{\n  "text": "x",\n  oops\n}', 'ok.txt': 'fine' });
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['ok'],
  );
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].source, path.join(root, 'bad.json'));
  assert.equal(r.problems[0].severity, 'error');
  assert.match(r.problems[0].message, /^invalid JSON at line 3:3/);
});

test('JSONL with one bad line keeps the other lines', async () => {
  const root = tree({ 'feed.jsonl': '{"text":"one"}\n{"text":\n{"id":"three","text":"three"}\n' });
  const file = path.join(root, 'feed.jsonl');
  const r = await ingest([file]);
  assert.deepEqual(
    r.documents.map((d) => [d.id, d.source]),
    [
      ['feed-1', `${file}#1`],
      ['three', `${file}#3`],
    ],
  );
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].source, `${file}:2`);
  assert.equal(r.problems[0].severity, 'error');
});

test('legacy encodings: windows-1251, windows-1252, UTF-16LE with BOM, declared charset', async () => {
  const western = 'Café in München: über alles, résumé.';
  const root = tree({
    'ru.txt': cp1251(RUSSIAN),
    'de.txt': Buffer.from(western, 'latin1'),
    'u16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${RUSSIAN}\r\n`, 'utf16le')]),
    'meta.html': Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1251">'),
      Buffer.from('</head><body>'),
      cp1251(RUSSIAN),
      Buffer.from('</body></html>'),
    ]),
  });
  const r = await ingest([root]);
  const byId = new Map(r.documents.map((d) => [d.id, d]));
  assert.equal(byId.get('ru')?.content, RUSSIAN);
  assert.equal(byId.get('ru')?.encoding, 'windows-1251');
  assert.equal(byId.get('de')?.content, western);
  assert.equal(byId.get('de')?.encoding, 'windows-1252');
  assert.equal(byId.get('u16')?.content, `${RUSSIAN}\n`);
  assert.equal(byId.get('u16')?.encoding, 'utf-16le');
  assert.ok(byId.get('meta')?.content.includes(`<body>${RUSSIAN}</body>`));
  assert.equal(byId.get('meta')?.encoding, 'windows-1251');
  assert.deepEqual(r.problems.map(rel(root)), [
    ['de.txt', 'warning', 'not valid UTF-8; decoded as windows-1252'],
    ['meta.html', 'warning', 'not valid UTF-8; decoded as windows-1251 (declared charset)'],
    ['ru.txt', 'warning', 'not valid UTF-8; decoded as windows-1251'],
  ]);
});

test('truncated or corrupt gzip is an error', async () => {
  const zipped = gzipSync(Buffer.from('<p>some article text that compresses</p>'.repeat(20)));
  const root = tree({
    'cut.html.gz': zipped.subarray(0, zipped.length - 12),
    'fake.txt.gz': 'not gzip at all',
    'whole.html.gz': zipped,
  });
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['whole'],
  );
  assert.deepEqual(
    r.problems.map((p) => [path.basename(p.source), p.severity]),
    [
      ['cut.html.gz', 'error'],
      ['fake.txt.gz', 'error'],
    ],
  );
  assert.match(r.problems[0].message, /^cannot decompress gzip data: unexpected end of file/);
});

test('size limit applies to raw files, gunzipped data and stdin', async () => {
  const root = tree({
    'big.txt': 'x'.repeat(300),
    'bomb.txt.gz': gzipSync(Buffer.alloc(100_000, 0x61)),
    'small.txt': 'x'.repeat(200),
  });
  const r = await ingest([root], { maxFileBytes: 200 });
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['small'],
  );
  assert.deepEqual(r.problems.map(rel(root)), [
    ['big.txt', 'error', 'larger than the size limit of 200 bytes (300 bytes)'],
    ['bomb.txt.gz', 'error', 'decompressed data is larger than the size limit of 200 bytes'],
  ]);
  const s = await ingest(['-'], { maxFileBytes: 10, stdin: Readable.from([Buffer.from('0123456789abc')]) });
  assert.deepEqual(s.problems, [
    { source: '-', severity: 'error', message: 'larger than the size limit of 10 bytes' },
  ]);
});

test('nonexistent path is an error naming it; existing inputs still read', async () => {
  const root = tree({ 'a.txt': 'A' });
  const missing = path.join(root, 'nope', 'b.txt');
  const r = await ingest([missing, path.join(root, 'a.txt')]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['a'],
  );
  assert.deepEqual(r.problems, [{ source: missing, severity: 'error', message: 'path does not exist' }]);
});

test('unreadable file gives the OS reason', { skip: process.getuid?.() === 0 }, async () => {
  const root = tree({ 'locked.txt': 'secret', 'open.txt': 'fine' });
  fs.chmodSync(path.join(root, 'locked.txt'), 0o000);
  try {
    const r = await ingest([root]);
    assert.deepEqual(
      r.documents.map((d) => d.id),
      ['open'],
    );
    assert.match(r.problems[0].message, /^cannot read file: permission denied/);
  } finally {
    fs.chmodSync(path.join(root, 'locked.txt'), 0o644);
  }
});

test('a dangling link inside a folder is an error with the OS reason', async () => {
  const root = tree({ 'ok.txt': 'fine' });
  fs.symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'link.txt'));
  const r = await ingest([root]);
  assert.deepEqual(
    r.documents.map((d) => d.id),
    ['ok'],
  );
  assert.deepEqual(r.problems.map(rel(root)), [
    ['link.txt', 'error', 'cannot access: no such file or directory (ENOENT)'],
  ]);
});

test('explicitly named files with unknown extensions are sniffed', async () => {
  const root = tree({
    'page.md': '\n  <article>Hi</article>',
    'data.dat': '{"text":"from json","outlet":"Wire"}',
    'notes.md': 'Just notes.',
    'wire.log': '[Reuters] A story that starts with a bracket.',
  });
  const r = await ingest(['page.md', 'data.dat', 'notes.md', 'wire.log'].map((f) => path.join(root, f)));
  assert.deepEqual(
    r.documents.map((d) => [d.id, d.kind, d.meta?.outlet]),
    [
      ['data', 'text', 'Wire'],
      ['notes', 'text', undefined],
      ['page', 'html', undefined],
      ['wire', 'text', undefined],
    ],
  );
  assert.deepEqual(r.problems.map(rel(root)), [
    ['wire.log', 'warning', 'starts like JSON but is not valid JSON; read as plain text'],
  ]);
});

test('helpers: ids, formats, byte sizes, uniquifying', () => {
  assert.equal(fileIdOf('a/b/003_x.txt'), '003_x');
  assert.equal(fileIdOf('p.html.gz'), 'p');
  assert.equal(fileIdOf('report.2024.txt'), 'report.2024');
  assert.equal(fileIdOf('.hidden'), '.hidden');
  assert.equal(formatOf('x.HTM.gz'), 'html');
  assert.equal(formatOf('x.txt'), 'text');
  assert.equal(formatOf('x.jsonl'), 'jsonl');
  assert.equal(formatOf('x.md'), 'sniff');
  assert.equal(formatBytes(50 * 1024 * 1024), '50 MiB');
  assert.equal(formatBytes(1000), '1000 bytes');
  const docs = [
    { id: 'a', source: '1', kind: 'text' as const, content: 'x' },
    { id: 'a', source: '2', kind: 'text' as const, content: 'x' },
    { id: 'a~2', source: '3', kind: 'text' as const, content: 'x' },
  ];
  const problems = uniquifyIds(docs);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['a', 'a~2', 'a~2~2'],
  );
  assert.equal(problems.length, 2);
  assert.deepEqual(uniquifyIds([{ id: 'b', source: 's', kind: 'text', content: 'y' }]), []);
});
