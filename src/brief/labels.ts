// Wording shared by the Markdown and HTML renderers.
import type { ProvenanceLink } from '../model/report.ts';

/** How a provenance link reads after the article's marker: "[3] is a rewrite of [2]". */
export const PROVENANCE_LABEL: Record<ProvenanceLink['kind'], string> = {
  'declared-original': 'declares its original source as',
  cites: 'cites',
  'rewrite-of': 'is a rewrite of',
  'copy-of': 'is a copy of',
  'first-report': 'is the first report',
};
