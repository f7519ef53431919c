// The way into the in-memory board: every SDK call is logged, then takes its
// latency (calls overlap, like network round trips), then may fail by
// injection or by the rate limit, and only then runs.
import type { Clock } from '../clock.ts';
import { CreditMeter, type CreditLimits } from './credits.ts';
import { BoardRuleError, CREDITS_PER_CALL, CREDITS_PER_READ, ruleText } from './rules.ts';

/** docs/miro-board.md "Rate limits": these reads cost 500 credits, every other call 50. */
const BROAD_READS = new Set(['get', 'getSelection', 'frame.getChildren', 'getConnectors']);

export interface CallRecord {
  index: number; // 1-based, in the order calls were made
  method: string;
  itemId?: string;
}

export type FailOn = number | ((call: CallRecord) => boolean);

export interface CallGateOptions {
  clock: Clock;
  limits: CreditLimits;
  latencyMs: number;
  failOn: FailOn | undefined;
}

export class CallGate {
  readonly calls: CallRecord[] = [];
  latencyMs: number;
  failOn: FailOn | undefined;
  readonly clock: Clock;
  private readonly credits: CreditMeter;

  constructor(options: CallGateOptions) {
    this.clock = options.clock;
    this.latencyMs = options.latencyMs;
    this.failOn = options.failOn;
    this.credits = new CreditMeter(options.clock, options.limits);
  }

  async run<T>(method: string, itemId: string | undefined, work: () => T): Promise<T> {
    const record: CallRecord = { index: this.calls.length + 1, method, ...(itemId === undefined ? {} : { itemId }) };
    this.calls.push(record);
    if (this.latencyMs > 0) await this.clock.sleep(this.latencyMs);
    const failOn = this.failOn;
    const injected = typeof failOn === 'number' ? failOn === record.index : failOn?.(record) === true;
    if (injected) throw new BoardRuleError(ruleText.injected(record.index, method));
    this.credits.spend(BROAD_READS.has(method) ? CREDITS_PER_READ : CREDITS_PER_CALL);
    return work();
  }
}
