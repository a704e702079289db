// Provenance: declared originals, cited outlets and agencies, copy/rewrite links, first report.
import type { Attribution } from '../annotate/attribution.ts';
import type { ProvenanceLink } from '../model/report.ts';

/** Wire agencies and broadcasters often credited by name alone. */
const WIRES = new Set(
  `reuters ap afp bloomberg yonhap xinhua tass interfax ukrinform efe ansa dpa kyodo pti upi irna isna ria bernama
  cnn bbc nbc abc cbs npr msnbc espn`.split(/\s+/),
);
const MEDIA_NAMES = /^(the\s+)?(associated press|fox news|usa today|al jazeera|yahoo!? news)$/i;
const MEDIA_WORDS =
  /\b(news|agency|press|times|post|journal|herald|gazette|tribune|radio|tv|television|fm|daily|ilbo|broadcast\w*|magazine|wire|channel|network)\b/i;
const OFFICIAL = /\b(police|ministry|department|office|council|government|court|army|minister|service)\b/i;

/** Whether an attribution credits a news outlet or agency (rather than an official or a country). */
export function isMediaSource(name: string, verb: Attribution['verb']): boolean {
  const lower = name.toLowerCase();
  if (MEDIA_NAMES.test(name) || WIRES.has(lower) || lower.split(/\s+/).some((w) => WIRES.has(w))) return true;
  if (MEDIA_WORDS.test(name)) return true;
  return verb === 'reports' && !OFFICIAL.test(name);
}

export interface ProvenanceInput {
  articleId: string;
  originalSource?: string;
  published?: string;
  /** Media credited in the article, canonical names. */
  cites: string[];
}

export interface DerivedLink {
  articleId: string;
  kind: 'copy-of' | 'rewrite-of';
  target: string;
  evidence: string;
}

export function buildProvenance(inputs: ProvenanceInput[], derived: DerivedLink[]): ProvenanceLink[] {
  const out: ProvenanceLink[] = [];
  for (const a of inputs) {
    if (a.originalSource) {
      out.push({
        articleId: a.articleId,
        kind: 'declared-original',
        target: a.originalSource,
        evidence: 'the article names its original source',
      });
    }
    for (const c of [...new Set(a.cites)]) {
      out.push({ articleId: a.articleId, kind: 'cites', target: c, evidence: 'credited in the text' });
    }
  }
  for (const d of derived)
    out.push({ articleId: d.articleId, kind: d.kind, target: d.target, evidence: d.evidence });
  const dated = inputs.filter((a) => a.published && !Number.isNaN(Date.parse(a.published)));
  if (dated.length >= 2) {
    const first = [...dated].sort(
      (x, y) => Date.parse(x.published as string) - Date.parse(y.published as string),
    )[0];
    out.push({
      articleId: first.articleId,
      kind: 'first-report',
      target: first.articleId,
      evidence: `earliest publication time in the story (${first.published}) of ${dated.length} dated articles`,
    });
  }
  return out;
}
