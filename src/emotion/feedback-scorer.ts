// Customers' words (a feedback column) on the map's scale: the app's own
// sentiment lexicon and thresholds, as for a sticky's text.
import { levelForScore, loadTextScorer } from './sentiment.ts';

export async function loadFeedbackScorer(): Promise<(text: string) => number> {
  const score = await loadTextScorer();
  return (text) => levelForScore(score(text));
}
