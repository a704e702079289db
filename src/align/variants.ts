// Name variants within a story that look like one name spelled two ways (Paek / Baek): same
// length, one letter apart, both used as names. Flagged, so a reader can check which is right;
// entity merging joins the longer ones too (annotate/entities/merge.ts), never silently.
import type { ArticleMention } from '../annotate/entities/merge.ts';
import type { Conflict } from '../model/report.ts';
import { cite } from './cite.ts';

function oneApart(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

export interface SpellingVariant {
  names: [string, string];
  conflict: Conflict;
}

export function spellingVariants(
  mentions: ArticleMention[],
  sentenceOf: (m: ArticleMention) => { start: number; end: number },
  texts: Map<string, string>,
): SpellingVariant[] {
  const byName = new Map<string, ArticleMention[]>();
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'other') continue;
    if (!/^\p{Lu}\p{Ll}{3,}$/u.test(m.name)) continue;
    if (!byName.has(m.name)) byName.set(m.name, []);
    byName.get(m.name)?.push(m);
  }
  const names = [...byName.keys()].sort();
  const out: SpellingVariant[] = [];
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const [a, b] = [names[i], names[j]];
      if (!oneApart(a.toLowerCase(), b.toLowerCase())) continue;
      const ma = (byName.get(a) as ArticleMention[])[0];
      const mb = (byName.get(b) as ArticleMention[])[0];
      const ca = cite(texts, { articleId: ma.articleId, ...sentenceOf(ma) });
      const cb = cite(texts, { articleId: mb.articleId, ...sentenceOf(mb) });
      out.push({
        names: [a, b],
        conflict: {
          kind: 'name-variant',
          note: `“${a}” and “${b}” look like one name spelled two ways; check which is right.`,
          citations: [ca, cb],
        },
      });
    }
  }
  return out;
}
