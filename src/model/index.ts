export type * from './input.ts';
export type * from './report.ts';
