// Public API.

export { renderHtml } from './brief/render-html.ts';
export { renderMarkdown } from './brief/render-markdown.ts';
export {
  type ArticleProfile,
  createStreamClusterer,
  profileArticle,
  type StreamAssignment,
  type StreamClusterer,
  type StreamOptions,
  type StreamStats,
} from './cluster/index.ts';
export type * from './model/index.ts';
export { type AnalyzeOptions, analyze } from './pipeline/analyze.ts';
