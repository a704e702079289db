#!/usr/bin/env node
// Runs the command line from the TypeScript sources. They are bundled once with esbuild into
// node_modules/.cache/corroborate (rebuilt whenever a source file is newer), which starts several
// times faster than compiling each module on load; tsx is the fallback.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const bundle = join(root, 'node_modules', '.cache', 'corroborate', 'cli.mjs');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

async function load() {
  try {
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource(src)) {
      const { buildSync } = await import('esbuild');
      mkdirSync(dirname(bundle), { recursive: true });
      // build beside, then rename: concurrent runs never read a half-written bundle
      const tmp = `${bundle}.${process.pid}.tmp.mjs`;
      buildSync({
        entryPoints: [join(src, 'cli', 'main.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        outfile: tmp,
        logLevel: 'error',
      });
      renameSync(tmp, bundle);
    }
    return await import(pathToFileURL(bundle).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    return await import('../src/cli/main.ts');
  }
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
