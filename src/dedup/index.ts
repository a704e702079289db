export { alignSentences, dice, type SentencePair, tokenSet } from './align-sentences.ts';
export { type DedupInput, type DedupOptions, type DuplicateLink, findDuplicates } from './find-duplicates.ts';
export {
  bandKeys,
  estimateJaccard,
  fmix32,
  fnv1a32,
  minhashSignature,
  normalisedWords,
  shingleHashes,
} from './minhash.ts';
export { splitSentences } from './sentences.ts';
