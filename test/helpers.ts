// Shared helpers for end-to-end tests: run the real CLI, locate ../shared.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'seeds', 'gold.json'));
export const SHARED_MISSING = `../shared not found next to the repository (${SHARED}); skipping`;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function corroborate(args: string[], input?: string | Buffer): Run {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'corroborate.js'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
