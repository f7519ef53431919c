export * from './journey.ts';
export * from './journey-file.ts';
export * from './valence.ts';
export { describeIssues } from './zod.ts';
