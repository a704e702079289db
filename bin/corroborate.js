#!/usr/bin/env node
// Runs the command line from the TypeScript sources. They are bundled once with esbuild, with the
// packages they use, into node_modules/.cache/corroborate (rebuilt whenever a source file or a
// lock file is newer), which starts several times faster than compiling each module on load and
// saves resolving and loading each package's files; tsx is the fallback.
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
    // what the bundle is built from besides the sources: the packages (npm rewrites
    // node_modules/.package-lock.json on every install that changes one) and this file's settings
    const inputs = [
      join(root, 'package-lock.json'),
      join(root, 'node_modules', '.package-lock.json'),
      fileURLToPath(import.meta.url),
    ];
    const newest = Math.max(
      newestSource(src),
      ...inputs.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)),
    );
    if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) {
      const { buildSync } = await import('esbuild');
      mkdirSync(dirname(bundle), { recursive: true });
      // build beside, then rename: concurrent runs never read a half-written bundle
      const tmp = `${bundle}.${process.pid}.tmp.mjs`;
      buildSync({
        entryPoints: [join(src, 'cli', 'main.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        // the packages written as CommonJS load Node's own modules with require()
        banner: {
          js: "import { createRequire as __corroborateRequire } from 'node:module'; const require = __corroborateRequire(import.meta.url);",
        },
        outfile: tmp,
        logLevel: 'error',
      });
      renameSync(tmp, bundle);
    }
    return await import(pathToFileURL(bundle).href);
  } catch (error) {
    process.stderr.write(
      `corroborate: warning: the bundled command line could not be built or loaded (${error instanceof Error ? error.message.split('\n')[0] : error}); running from the sources, more slowly\n`,
    );
    const { register } = await import('tsx/esm/api');
    register();
    return await import('../src/cli/main.ts');
  }
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
