// The one place the project picks its zod flavour. `zod/mini` keeps the panel's
// first-load bundle small (about 4 KB instead of 24 KB); it ships no error
// messages until a locale is loaded, so load English here, once.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

export { z };

/** "path: reason" lines for a failed parse, e.g. `journey.stages.0.name: Invalid input: expected string, received number`. */
export function describeIssues(error: z.core.$ZodError, root = ''): string[] {
  return error.issues.map((issue) => {
    const path = [root, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return `${path === '' ? '(root)' : path}: ${issue.message}`;
  });
}
