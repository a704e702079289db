#!/usr/bin/env node
// Article-extraction benchmark: Corroborate's extractor against @mozilla/readability (on linkedom)
// over the public article-extraction pages in ../shared. Reports, per extractor, quality
// (F1 / precision / recall / accuracy from ../shared/tools/score-extraction.mjs), speed (pages per
// second of the extraction loop alone) and peak memory (max RSS of its own process), and the
// Corroborate ÷ Readability ratios. Skips (exit 0) when the benchmark folder is absent.
//
// Fairness on a noisy machine: each extractor runs in a fresh child process
// (bench/extract-worker.ts), which reads and gunzips every page before the clock starts; the two
// extractors alternate, and their order flips every run (C R, R C, C R, …); the figures are medians
// over the runs, and the ratios are medians of the per-run ratios.
//
// usage: node bench/extract.mjs [--runs N] [--json] [--dir PATH] [--only corroborate|readability] [--keep]
//   --runs N   repetitions (default 3)
//   --json     print a machine-readable summary instead of the text report
//   --dir PATH benchmark folder holding html/ and ground-truth.json
//              (default ../shared/bench/article-extraction, beside the repository)
//   --only X   run one extractor only (no ratios)
//   --keep     keep the predictions (JSON lines) and print where they are
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const worker = join(root, 'bench', 'extract-worker.ts');
const EXTRACTORS = ['corroborate', 'readability'];
const LABEL = { corroborate: 'Corroborate', readability: 'Readability' };

function fail(message) {
  console.error(`bench/extract.mjs: ${message}`);
  process.exit(2);
}

let opts;
try {
  opts = parseArgs({
    options: {
      runs: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
      dir: { type: 'string' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  fail(e.message);
}
if (opts.help) {
  console.log(
    'usage: node bench/extract.mjs [--runs N] [--json] [--dir PATH] [--only corroborate|readability] [--keep]',
  );
  process.exit(0);
}
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs wants a positive integer, got ${opts.runs}`);
if (opts.only && !EXTRACTORS.includes(opts.only))
  fail(`--only wants corroborate or readability, got ${opts.only}`);
const extractors = opts.only ? [opts.only] : EXTRACTORS;

const dirShown = opts.dir ?? '../shared/bench/article-extraction';
const dir = opts.dir ? resolve(opts.dir) : join(root, '..', 'shared', 'bench', 'article-extraction');
const htmlDir = join(dir, 'html');
const truth = join(dir, 'ground-truth.json');
if (!existsSync(htmlDir) || !existsSync(truth)) {
  const reason = `${dirShown} not found (no html/ and ground-truth.json there; the public benchmarks live in ../shared); skipping`;
  console.log(opts.json ? JSON.stringify({ skipped: true, reason }) : reason);
  process.exit(0);
}
// The scorer sits in ../shared/tools; with --dir elsewhere, look beside that benchmark tree too.
const scorer = [
  join(root, '..', 'shared', 'tools', 'score-extraction.mjs'),
  join(dir, '..', '..', 'tools', 'score-extraction.mjs'),
].find((p) => existsSync(p));
const pageCount = readdirSync(htmlDir).filter((f) => f.endsWith('.html.gz')).length;

const tmp = mkdtempSync(join(tmpdir(), 'corroborate-bench-extract-'));
const log = (s) => {
  if (!opts.json) process.stderr.write(s);
};

/** Runs one extractor in a fresh process; returns the worker's report plus its predictions file. */
function runWorker(name, run) {
  const out = join(tmp, `${name}-${run + 1}.jsonl`);
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', worker, name, htmlDir, out], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(r.stderr || r.error?.message);
    fail(`the ${name} worker failed (exit ${r.status})`);
  }
  const last = r.stdout.trim().split('\n').at(-1);
  const report = JSON.parse(last);
  if (r.stderr.trim()) log(r.stderr);
  return { ...report, out };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** results[name] = the worker reports of every run, in run order. */
const results = Object.fromEntries(extractors.map((n) => [n, []]));
for (let run = 0; run < runs; run++) {
  const order = run % 2 === 0 ? extractors : [...extractors].reverse();
  for (const name of order) {
    log(`run ${run + 1}/${runs}: ${name}… `);
    const r = runWorker(name, run);
    results[name].push(r);
    log(
      `${(r.pages / (r.ms / 1000)).toFixed(1)} pages/s, max RSS ${(r.maxRssBytes / 2 ** 20).toFixed(0)} MiB\n`,
    );
  }
}

function score(file) {
  if (!scorer) return undefined;
  const r = spawnSync(process.execPath, [scorer, file, truth], { encoding: 'utf8' });
  if (r.status !== 0) fail(`the scorer failed on ${file}: ${r.stderr}`);
  const line = r.stdout.trim();
  const get = (k) => Number(line.match(new RegExp(`\\b${k}=([\\d.]+)`))?.[1]);
  return {
    line,
    f1: get('F1'),
    precision: get('P'),
    recall: get('R'),
    accuracy: get('accuracy'),
    missing: get('missing'),
  };
}

const summary = {};
for (const name of extractors) {
  const rs = results[name];
  const ms = median(rs.map((r) => r.ms));
  const first = readFileSync(rs[0].out, 'utf8');
  summary[name] = {
    pages: rs[0].pages,
    errors: rs[0].errors,
    // the predictions should not change between runs; if they do, the quality is that of run 1
    deterministic: rs.every((r) => readFileSync(r.out, 'utf8') === first),
    quality: score(rs[0].out),
    msMedian: ms,
    pagesPerSecond: rs[0].pages / (ms / 1000),
    maxRssBytesMedian: median(rs.map((r) => r.maxRssBytes)),
    baselineRssBytesMedian: median(rs.map((r) => r.baselineRssBytes)),
    runs: rs.map(({ ms, maxRssBytes, baselineRssBytes }) => ({ ms, maxRssBytes, baselineRssBytes })),
  };
}
let ratios;
if (extractors.length === 2) {
  const c = results.corroborate;
  const r = results.readability;
  ratios = {
    // speed ratio = (pages / ms_c) ÷ (pages / ms_r)
    speed: median(c.map((x, i) => r[i].ms / x.ms)),
    peakMemory: median(c.map((x, i) => x.maxRssBytes / r[i].maxRssBytes)),
    memoryAboveBaseline: median(
      c.map((x, i) => (x.maxRssBytes - x.baselineRssBytes) / (r[i].maxRssBytes - r[i].baselineRssBytes)),
    ),
  };
}

const version = (pkg) => JSON.parse(readFileSync(join(root, pkg, 'package.json'), 'utf8')).version;
const versions = { corroborate: version('.'), readability: version('node_modules/@mozilla/readability') };
const command = ['node', 'bench/extract.mjs', ...process.argv.slice(2)].join(' ');
const date = new Date().toISOString().slice(0, 10);
const cores = cpus().length;

if (opts.keep) log(`predictions kept in ${tmp}\n`);
else rmSync(tmp, { recursive: true, force: true });

if (opts.json) {
  console.log(
    JSON.stringify(
      {
        command,
        date,
        cores,
        node: process.version,
        dir: relative(root, dir) || '.',
        pages: pageCount,
        runs,
        versions,
        extractors: summary,
        ratios,
        predictions: opts.keep ? tmp : undefined,
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

const mib = (b) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const f3 = (x) => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(3));
console.log(
  `\nArticle extraction: ${pageCount} pages in ${dirShown}, ${runs} run${runs > 1 ? 's' : ''}` +
    `${extractors.length > 1 ? ' (alternating order)' : ''}, medians`,
);
if (!scorer) console.log('(scorer ../shared/tools/score-extraction.mjs not found: no quality figures)');
for (const name of extractors) {
  const s = summary[name];
  console.log(
    `${LABEL[name].padEnd(12)} ${s.quality?.line ?? ''}\n${''.padEnd(12)} ` +
      `${s.pagesPerSecond.toFixed(1)} pages/s (extraction loop ${s.msMedian.toFixed(0)} ms), ` +
      `peak RSS ${mib(s.maxRssBytesMedian)} (${mib(s.baselineRssBytesMedian)} before extracting)` +
      `${s.errors ? `, ${s.errors} pages threw` : ''}${s.deterministic ? '' : ', output differs between runs'}`,
  );
}
if (ratios) {
  console.log(
    `Corroborate ÷ Readability (median of per-run ratios): speed ${ratios.speed.toFixed(2)}×, ` +
      `peak memory ${ratios.peakMemory.toFixed(2)}× (growth above baseline ${ratios.memoryAboveBaseline.toFixed(2)}×)`,
  );
}

const rows = extractors.map((name) => {
  const s = summary[name];
  const q = s.quality ?? {};
  const label =
    name === 'corroborate'
      ? `Corroborate ${versions.corroborate}`
      : `Readability ${versions.readability} (linkedom)`;
  return `| ${label} | ${f3(q.f1)} | ${f3(q.precision)} | ${f3(q.recall)} | ${f3(q.accuracy)} | ${s.pagesPerSecond.toFixed(1)} | ${mib(s.maxRssBytesMedian)} | ${mib(s.baselineRssBytesMedian)} |`;
});
console.log(
  [
    '',
    `Markdown (\`${command}\`, ${date}, ${cores} cores, Node ${process.version}, ${runs} run${runs > 1 ? 's' : ''}, medians):`,
    '',
    '| extractor | F1 | precision | recall | accuracy | pages/s | peak RSS | RSS before extracting |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(ratios
      ? [
          '',
          `Corroborate ÷ Readability: speed ${ratios.speed.toFixed(2)}×, peak memory ${ratios.peakMemory.toFixed(2)}× ` +
            '(medians of per-run ratios).',
        ]
      : []),
  ].join('\n'),
);
