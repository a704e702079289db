// Page-dump fixtures: fictional news pages "select all, copy"-ed from several kinds of sites
// (wire agency, big newspaper, local TV, blog, tabloid, press release, British daily, live blog,
// aggregator and nonprofit republications, bare article text), each with its expectation in a
// sibling `.expected.json`. One test per fixture, listing every problem it finds.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { classifyDump, type DumpResult } from './text-dump.ts';

interface Expected {
  kind: string;
  /** A string must match exactly; null means the page states none and none may be guessed. */
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  outlet?: string | null;
  originalSource?: string | null;
  /** Every body paragraph of the article, in order, verbatim. */
  body: string[];
  /** Captions that must be kept (as caption blocks, credit and label cut). */
  captions?: string[];
  /** Lines that may be kept or dropped (subheadings, sign-offs). */
  mayKeep?: string[];
  /** Text that must not appear anywhere in the clean text. */
  removed: string[];
}

const DIR = new URL('../../test/fixtures/dumps/', import.meta.url);
const META = ['title', 'byline', 'published', 'outlet', 'originalSource'] as const;

function fixtureProblems(content: string, expected: Expected, r: DumpResult): string[] {
  const problems: string[] = [];
  const kept = r.blocks.map((b) => ({ kind: b.kind, text: r.text.slice(b.start, b.end) }));
  const body = kept.filter((b) => b.kind === 'body').map((b) => b.text);
  // every expected paragraph is a whole kept body block, in order
  let at = 0;
  for (const p of expected.body) {
    const i = body.indexOf(p, at);
    if (i < 0) {
      const where = body.includes(p)
        ? 'out of order'
        : kept.some((b) => b.text === p)
          ? 'not as body'
          : 'missing';
      problems.push(`body paragraph ${where}: ${p.slice(0, 70)}`);
    } else at = i + 1;
  }
  for (const c of expected.captions ?? []) {
    if (!kept.some((b) => b.kind === 'caption' && b.text === c))
      problems.push(`caption not kept: ${c.slice(0, 70)}`);
  }
  const allowed = new Set([...expected.body, ...(expected.captions ?? []), ...(expected.mayKeep ?? [])]);
  for (const b of kept) {
    if (!allowed.has(b.text)) problems.push(`unexpected ${b.kind} kept: ${b.text.slice(0, 70)}`);
  }
  for (const s of expected.removed) {
    if (r.text.includes(s)) problems.push(`leaked into the text: ${s}`);
  }
  for (const k of META) {
    if (!(k in expected)) continue;
    const want = expected[k] ?? undefined;
    if (r[k] !== want) problems.push(`${k}: got ${JSON.stringify(r[k])}, want ${JSON.stringify(want)}`);
  }
  // nothing silently dropped: each input line is kept, recorded as removed, or split between both
  const removedTexts = r.removed.map((x) => x.text).sort((a, b) => b.length - a.length);
  for (const raw of content.split('\n')) {
    const line = raw.trim();
    if (!line || r.text.includes(line) || removedTexts.includes(line)) continue;
    let rest = line;
    for (const x of removedTexts) if (x && rest.includes(x)) rest = rest.replace(x, ' ');
    rest = rest.replace(/\s+/g, ' ').trim();
    if (rest && !r.text.includes(rest)) problems.push(`dropped without a reason: ${line.slice(0, 70)}`);
  }
  return problems;
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

test('there are page-dump fixtures with expectations', () => {
  assert.ok(names.length >= 8, `${names.length} fixtures`);
});

for (const name of names) {
  const content = readFileSync(new URL(name, DIR), 'utf8');
  const expected = JSON.parse(
    readFileSync(new URL(name.replace(/\.txt$/, '.expected.json'), DIR), 'utf8'),
  ) as Expected;
  test(`dump fixture ${name} (${expected.kind})`, () => {
    const problems = fixtureProblems(content, expected, classifyDump(content));
    assert.deepEqual(problems, [], `${name}: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  });
}
