// Greedy one-to-one matching by score: the best-scoring pair first, each side
// used once. Ties keep the candidates' order, so the result is deterministic.

export interface Candidate<A, B> {
  left: A;
  right: B;
  score: number;
}

export function greedyPairs<A, B>(candidates: readonly Candidate<A, B>[]): Candidate<A, B>[] {
  const ordered = candidates.map((candidate, index) => ({ candidate, index })).sort((a, b) => b.candidate.score - a.candidate.score || a.index - b.index);
  const usedLeft = new Set<A>();
  const usedRight = new Set<B>();
  const chosen: Candidate<A, B>[] = [];
  for (const { candidate } of ordered) {
    if (usedLeft.has(candidate.left) || usedRight.has(candidate.right)) continue;
    usedLeft.add(candidate.left);
    usedRight.add(candidate.right);
    chosen.push(candidate);
  }
  return chosen;
}
