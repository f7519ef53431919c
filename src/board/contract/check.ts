// The Board check: the contract cases and the probes run on one board, inside a
// scratch frame in empty space, then everything they made removed and verified
// gone. The panel runs it on the real board (cases safe there only); the tests
// run every case on the in-memory board under every parameter combination.
import { errorMessage } from '../errors.ts';
import type { BoardPort } from '../port.ts';
import { CONTRACT_CASES, ContractBreach } from './cases.ts';
import { PROBES } from './probes.ts';
import { cleanUp, openScratch, type Made } from './scratch.ts';

export type CaseOutcome = 'as documented' | 'differs' | 'not run';

export interface CaseResult {
  id: string;
  behaviour: string;
  reference: string;
  source: string;
  outcome: CaseOutcome;
  /** What this board did. */
  observed: string;
}

export interface ProbeAnswer {
  id: string;
  question: string;
  answer: string;
}

export interface BoardCheckReport {
  cases: CaseResult[];
  answers: ProbeAnswer[];
  /** Items the check made and could not remove (none on a clean run). */
  leftovers: string[];
}

export interface BoardCheckOptions {
  /** On a real board: run only the cases safe there. */
  realBoard: boolean;
  onProgress?(done: number, total: number): void;
}

export async function runBoardCheck(board: BoardPort, options: BoardCheckOptions): Promise<BoardCheckReport> {
  const made: Made = { items: new Map() };
  const cases: CaseResult[] = [];
  const answers: ProbeAnswer[] = [];
  const total = CONTRACT_CASES.length + PROBES.length;
  let leftovers: string[];
  try {
    const scratch = await openScratch(board, made);
    for (const entry of CONTRACT_CASES) {
      const { id, behaviour, reference, source } = entry;
      if (options.realBoard && !entry.realSafe) {
        cases.push({ id, behaviour, reference, source, outcome: 'not run', observed: 'not run on a real board (it would touch items the check did not make)' });
      } else {
        try {
          cases.push({ id, behaviour, reference, source, outcome: 'as documented', observed: await entry.run(scratch) });
        } catch (error) {
          const observed = error instanceof ContractBreach ? error.message : `failed: ${errorMessage(error)}`;
          cases.push({ id, behaviour, reference, source, outcome: 'differs', observed });
        }
      }
      options.onProgress?.(cases.length, total);
    }
    for (const probe of PROBES) {
      const answer = await probe.ask(scratch).catch((error: unknown) => `could not tell: ${errorMessage(error)}`);
      answers.push({ id: probe.id, question: probe.question, answer });
      options.onProgress?.(cases.length + answers.length, total);
    }
  } finally {
    // Always put the board back, whatever failed above.
    leftovers = await cleanUp(board, made);
  }
  return { cases, answers, leftovers };
}
