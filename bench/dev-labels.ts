// The gold stories of the ECB+ dev set: labels.tsv (doc, topic, story) as article id → story id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Article id → gold story id, from `labels.tsv` in the dev set's folder. */
export function devStories(devDir: string): Map<string, string> {
  return new Map(
    readFileSync(join(devDir, 'labels.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map((f) => [f[0], f[2]] as [string, string]),
  );
}
