export {
  type ClusterInput,
  type ClusterOptions,
  clusterArticles,
  type StoryCluster,
} from './cluster-articles.ts';
export {
  contentStems,
  profileText,
  STOPWORDS,
  stem,
  type TermProfile,
  type Token,
  tokenize,
} from './terms.ts';
