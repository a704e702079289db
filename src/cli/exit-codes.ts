/** Process exit codes: 0 all inputs analyzed, 1 some input failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_PARTIAL = 1;
export const EXIT_USAGE = 2;

import type { Problem } from '../model/report.ts';

export function exitCodeFor(problems: Problem[]): number {
  return problems.some((p) => p.severity === 'error') ? EXIT_PARTIAL : EXIT_OK;
}
