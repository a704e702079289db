export type { IngestOptions, IngestResult } from './ingest.ts';
export { DEFAULT_MAX_FILE_BYTES, ingest, uniquifyIds } from './ingest.ts';
