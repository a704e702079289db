export {
  type ClusterInput,
  type ClusterOptions,
  clusterArticles,
  type StoryCluster,
} from './cluster-articles.ts';
export {
  type ArticleProfile,
  createStreamClusterer,
  profileArticle,
  type StreamAssignment,
  type StreamClusterer,
  type StreamOptions,
  type StreamStats,
} from './stream.ts';
export {
  contentStems,
  profileText,
  STOPWORDS,
  stem,
  type TermProfile,
  type Token,
  tokenize,
} from './terms.ts';
