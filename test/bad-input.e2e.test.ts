// Bad inputs are named on stderr, the rest of the batch is analyzed, and the exit code is 1.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../src/model/report.ts';
import { corroborate } from './helpers.ts';

const GOOD =
  'Harbour reopens after storm\n\nThe harbour in Port Lune reopened on Friday after a storm closed it for three days, the port authority said.\n\nAbout 40 boats were damaged, according to the harbour master.\n';

// "Шторм закрыл порт на три дня, сообщили власти." in windows-1251
const CP1251 = Buffer.from([
  0xd8, 0xf2, 0xee, 0xf0, 0xec, 0x20, 0xe7, 0xe0, 0xea, 0xf0, 0xfb, 0xeb, 0x20, 0xef, 0xee, 0xf0, 0xf2, 0x20,
  0xed, 0xe0, 0x20, 0xf2, 0xf0, 0xe8, 0x20, 0xe4, 0xed, 0xff, 0x2c, 0x20, 0xf1, 0xee, 0xee, 0xe1, 0xf9, 0xe8,
  0xeb, 0xe8, 0x20, 0xe2, 0xeb, 0xe0, 0xf1, 0xf2, 0xe8, 0x2e, 0x0a,
]);

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bad-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(
    join(dir, 'binary.html'),
    Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
    ]),
  );
  writeFileSync(join(dir, 'broken.json'), '{"id": "x", "text": "An article", }');
  writeFileSync(join(dir, 'cyrillic.txt'), CP1251);
  return dir;
}

test('each bad input is named with its problem; the good ones are analyzed; exit code 1', () => {
  const dir = setup();
  const out = join(dir, 'report.json');
  const run = corroborate(['analyze', dir, '--format', 'json', '--out', out]);
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, /empty\.txt: empty file/);
  assert.match(run.stderr, /binary\.html: binary/);
  assert.match(run.stderr, /broken\.json.*(JSON|syntax)/i);
  assert.match(run.stderr, /cyrillic\.txt: .*windows-1251/);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  const ids = report.articles.map((a) => a.id).sort();
  assert.deepEqual(ids, ['cyrillic', 'good']);
  assert.match(report.articles.find((a) => a.id === 'cyrillic')?.text ?? '', /Шторм закрыл порт/);
  assert.ok(report.articles.find((a) => a.id === 'good')?.text.includes('About 40 boats were damaged'));
  const sources = (report.problems ?? []).map((p) => p.source).join(' ');
  for (const name of ['empty.txt', 'binary.html', 'broken.json', 'cyrillic.txt'])
    assert.ok(sources.includes(name), name);
});

test('a clean batch exits 0; usage errors exit 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ok-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  const ok = corroborate(['analyze', join(dir, 'good.txt'), '--format', 'md']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /About 40 boats were damaged/);
  assert.equal(corroborate(['analyze']).status, 2);
  assert.equal(corroborate(['analyze', dir, '--format', 'pdf']).status, 2);
  assert.equal(corroborate(['frobnicate']).status, 2);
  const help = corroborate(['analyze', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--format/);
});

test('stdin is read with -', () => {
  const run = corroborate(['analyze', '-', '--format', 'json'], GOOD);
  assert.equal(run.status, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  assert.equal(report.articles[0].id, 'stdin');
  assert.equal(report.stories.length, 1);
});

test('a missing path is an error but does not stop the batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-missing-'));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  const run = corroborate(['analyze', join(dir, 'nope.txt'), join(dir, 'good.txt'), '--format', 'json']);
  assert.equal(run.status, 1);
  assert.match(run.stderr, /nope\.txt/);
  assert.equal((JSON.parse(run.stdout) as Report).articles.length, 1);
});

test('the library keeps two input documents with the same id apart', async () => {
  const { analyze } = await import('../src/index.ts');
  const doc = (content: string) => ({ id: 'dup', source: 'memory', kind: 'text' as const, content });
  const report = await analyze([doc(GOOD), doc(GOOD.replace('40 boats', '41 boats'))]);
  assert.deepEqual(report.articles.map((a) => a.id).sort(), ['dup', 'dup~2']);
  assert.ok((report.problems ?? []).some((p) => /duplicate id/.test(p.message)));
});
