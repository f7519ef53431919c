/**
 * Resolves in a later task, so the browser can paint and handle input between
 * the steps of a long job (a gap check or a load of a 60,000-sticky board):
 * each step is still one task, but the page is not frozen for their sum.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
