// Report format version 1 (see README "Report format"). All offsets are UTF-16 code-unit offsets
// into Article.text, end exclusive. Fields beyond the required ones are optional additions.

export interface RemovedText {
  text: string;
  reason: string;
}

export interface Article {
  id: string;
  source: string;
  title?: string;
  byline?: string | string[];
  published?: string;
  /** Last modification date declared by the page (HTML inputs), ISO. */
  modified?: string;
  outlet?: string;
  originalSource?: string;
  language?: string;
  url?: string;
  text: string;
  removed: RemovedText[];
  /** Kept paragraphs of `text`: only `body` ones carry claims; captions and headings can be cited. */
  blocks?: { kind: 'body' | 'caption' | 'heading'; start: number; end: number }[];
  /** Signals of a low-effort rewrite (generic conclusion, stock author box): signals, not verdicts. */
  signals?: { kind: string; note: string; evidence: string }[];
}

export interface Citation {
  articleId: string;
  start: number;
  end: number;
  quote: string;
}

export interface Conflict {
  kind?: 'numeric' | 'polarity' | 'attribution' | 'name-variant' | 'temporal';
  note: string;
  citations: Citation[];
}

export interface Claim {
  id: string;
  text: string;
  status: 'corroborated' | 'single-source' | 'contested';
  independentSources: number;
  support: Citation[];
  conflicts?: Conflict[];
  attribution?: string[];
}

export interface FigureValue {
  value: number;
  unit?: string;
  qualifier?: string;
  asOf?: string;
  support: Citation[];
}

export interface Figure {
  measure: string;
  status: 'consistent' | 'conflicting' | 'changing';
  values: FigureValue[];
}

export interface TimelineEntry {
  date: string;
  text: string;
  support: Citation[];
}

export interface StoryEntity {
  name: string;
  type: 'person' | 'organization' | 'place' | 'other';
  aliases: string[];
  articleIds: string[];
}

export interface ProvenanceLink {
  articleId: string;
  kind: 'declared-original' | 'cites' | 'rewrite-of' | 'copy-of' | 'first-report';
  target: string;
  evidence?: string;
}

export interface BriefSentence {
  text: string;
  support: Citation[];
}

export interface Story {
  id: string;
  title: string;
  articleIds: string[];
  brief: BriefSentence[];
  claims: Claim[];
  figures: Figure[];
  timeline: TimelineEntry[];
  entities: StoryEntity[];
  provenance: ProvenanceLink[];
}

/** A problem with one input: the file is named, the batch goes on. */
export interface Problem {
  source: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface Report {
  version: 1;
  generator?: string;
  articles: Article[];
  stories: Story[];
  problems?: Problem[];
}
