// One extractor over the article-extraction pages, in a process of its own so that its peak
// memory is its own. Spawned by bench/extract.mjs; not meant to be run by hand.
// usage: node --import tsx bench/extract-worker.ts corroborate|readability PAGES_DIR OUT.jsonl
// Reads and gunzips every page first, then times only the extraction loop. Writes JSON lines
// {id, articleBody} to OUT.jsonl and prints one JSON line on stdout:
// {extractor, pages, errors, ms, baselineRssBytes, maxRssBytes}.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

type Extractor = (id: string, source: string, html: string) => string;

const [name, dir, out] = process.argv.slice(2);
if (!name || !dir || !out) {
  console.error('usage: extract-worker.ts corroborate|readability PAGES_DIR OUT.jsonl');
  process.exit(2);
}

async function load(which: string): Promise<Extractor> {
  if (which === 'corroborate') {
    // the extractor as the command line runs it: bundled by esbuild like bin/corroborate.js does
    const { buildSync } = await import('esbuild');
    // inside the repository, so that its packages resolve from node_modules
    const cache = join(import.meta.dirname, '..', 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    const tmp = mkdtempSync(join(cache, 'bench-extract-'));
    const bundle = join(tmp, 'extract.mjs');
    buildSync({
      stdin: {
        contents:
          "export { extract } from './src/extract/extract.ts'; export { bodyText } from './src/extract/blocks.ts';",
        resolveDir: join(import.meta.dirname, '..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile: bundle,
      logLevel: 'error',
    });
    const { extract, bodyText } = (await import(
      pathToFileURL(bundle).href
    )) as typeof import('../src/extract/extract.ts') & typeof import('../src/extract/blocks.ts');
    rmSync(tmp, { recursive: true, force: true });
    // the body without captions: the `articleBody` of `corroborate extract` records
    return (id, source, html) => {
      const a = extract({ id, source, kind: 'html', content: html });
      return bodyText(a.text, a.blocks);
    };
  }
  if (which === 'readability') {
    const { Readability } = await import('@mozilla/readability');
    const { parseHTML } = await import('linkedom');
    return (_id, _source, html) => new Readability(parseHTML(html).document).parse()?.textContent ?? '';
  }
  throw new Error(`unknown extractor: ${which}`);
}

const run = await load(name);

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html.gz'))
  .sort()
  .map((file) => {
    const source = join(dir, file);
    return {
      id: file.replace(/\.html\.gz$/, ''),
      source,
      html: gunzipSync(readFileSync(source)).toString('utf8'),
    };
  });

// Settle the heap (when --expose-gc is given) so the baseline is the loaded pages plus code.
(globalThis as { gc?: () => void }).gc?.();
const baselineRssBytes = process.memoryUsage().rss;

const bodies: string[] = new Array(pages.length);
let errors = 0;
const start = performance.now();
for (let i = 0; i < pages.length; i++) {
  const p = pages[i];
  try {
    bodies[i] = run(p.id, p.source, p.html);
  } catch (e) {
    if (errors++ < 3) console.error(`${name}: ${p.id}: ${(e as Error).message}`);
    bodies[i] = '';
  }
}
const ms = performance.now() - start;

writeFileSync(
  out,
  `${pages.map((p, i) => JSON.stringify({ id: p.id, articleBody: bodies[i] })).join('\n')}\n`,
);
process.stdout.write(
  `${JSON.stringify({
    extractor: name,
    pages: pages.length,
    errors,
    ms,
    baselineRssBytes,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
