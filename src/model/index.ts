export * from './journey.ts';
export * from './journey-file.ts';
export * from './valence.ts';
export { describeIssues } from './zod.ts';
export * from './header-text.ts';
export * from './html.ts';
