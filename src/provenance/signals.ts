// Signals of a low-effort rewrite, shown per source. They are signals, not verdicts: a real
// newsroom can end on a summary, and a real author can have a short biography.
import type { Block } from '../extract/blocks.ts';
import type { Article } from '../model/report.ts';

export interface Signal {
  kind: 'generic-conclusion' | 'generic-author-box' | 'declared-original';
  note: string;
  /** What shows it: a quote from the article or its removed text, or the declared source. */
  evidence: string;
}

const CONCLUSION_OPENERS =
  /^(in summary|in conclusion|to sum up|overall|ultimately|all in all|as the situation (continues to )?(evolve|unfold)s?)\b/i;
const GENERIC_PHRASES = [
  /highlights? the complexit/i,
  /underscores? the/i,
  /remains? to be seen/i,
  /the international community/i,
  /warrants? careful consideration/i,
  /(intricate|delicate|precarious) (balance|interplay|relationships?)/i,
  /broader (implications|geopolitical|context)/i,
  /continues? to evolve/i,
  /(significant|important) development/i,
  /complex interplay/i,
];
const GENERIC_BIO = [
  /is a (skilled|seasoned|passionate|dedicated|talented|experienced) (journalist|writer|reporter)/i,
  /known for (his|her|their) (in-depth|insightful|compelling)/i,
  /(a|with a) passion for/i,
  /has spent years/i,
  /(eloquent|engaging) writing/i,
  /reputable (news )?outlets/i,
];

const excerpt = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);

export function rewriteSignals(article: Article, blocks: Block[]): Signal[] {
  const signals: Signal[] = [];
  const body = blocks.filter((b) => b.kind === 'body');
  const last = body[body.length - 1];
  if (last && body.length >= 3) {
    const para = article.text.slice(last.start, last.end);
    const phrases = GENERIC_PHRASES.filter((re) => re.test(para)).length;
    if (CONCLUSION_OPENERS.test(para) || phrases >= 2) {
      signals.push({
        kind: 'generic-conclusion',
        note: 'ends with a generic concluding paragraph that adds no new fact',
        evidence: excerpt(para),
      });
    }
  }
  const bio = article.removed.filter((r) => r.reason === 'author box').map((r) => r.text);
  const generic = bio.find((t) => GENERIC_BIO.filter((re) => re.test(t)).length >= 2);
  if (generic) {
    signals.push({
      kind: 'generic-author-box',
      note: 'author biography written in stock phrases, with no verifiable detail',
      evidence: excerpt(generic),
    });
  }
  if (article.originalSource) {
    signals.push({
      kind: 'declared-original',
      note: `says its content comes from ${article.originalSource}`,
      evidence: `Original source: ${article.originalSource}`,
    });
  }
  return signals;
}
