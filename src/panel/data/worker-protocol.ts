// Messages between the Data tab and its worker (structured clones, same app).
import type { CheckOutcome, CheckRequest } from './check-file.ts';

export type WorkerRequest = { type: 'start'; request: CheckRequest } | { type: 'rerun'; request: Omit<CheckRequest, 'file' | 'columns'> };

export type WorkerReply = { type: 'progress'; done: number; total: number } | { type: 'done'; outcome: CheckOutcome };
