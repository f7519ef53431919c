// `runBoardContract(makeBoard)`: the Board check's cases (src/board/contract/),
// one vitest case each, on any board. A board that follows Miro's reference
// passes every case, removes everything the check made, and is left as it was.
import { expect, it } from 'vitest';
import { CONTRACT_CASES } from '../../src/board/contract/cases.ts';
import { runBoardCheck, type BoardCheckReport } from '../../src/board/contract/check.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';

export function runBoardContract(makeBoard: () => MemoryBoard, expectedAnswers: Record<string, string>): void {
  let run: Promise<{ report: BoardCheckReport; before: unknown; after: unknown }> | undefined;
  const once = () =>
    (run ??= (async () => {
      const board = makeBoard();
      const before = board.toSnapshot();
      const report = await runBoardCheck(board, { realBoard: false });
      return { report, before, after: board.toSnapshot() };
    })());
  for (const entry of CONTRACT_CASES) {
    it(`${entry.behaviour}: ${entry.reference} (${entry.source})`, async () => {
      const result = (await once()).report.cases.find((item) => item.id === entry.id);
      expect(result, result?.observed).toMatchObject({ outcome: 'as documented' });
    });
  }
  it('answers the unverified questions as the board was told', async () => {
    const answers = Object.fromEntries((await once()).report.answers.map((answer) => [answer.id, answer.answer]));
    expect(answers).toEqual(expectedAnswers);
  });
  it('removes everything it made and leaves the board exactly as it was', async () => {
    const { report, before, after } = await once();
    expect(report.leftovers).toEqual([]);
    expect(after).toEqual(before);
  });
}
