// Credits per minute and per hour, as the Web SDK counts them (docs/miro-board.md
// "Rate limits"): 50 a call, 500 for the broad reads; over a limit the call
// fails with the documented text and spends nothing.
import type { Clock } from '../clock.ts';
import { BoardRuleError, CREDITS_PER_CALL, ruleText } from './rules.ts';

export interface CreditLimits {
  perMinute: number;
  perHour: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Spends within a sliding window: entries leave from the front as they age, keeping a running sum. */
class Window {
  private times: number[] = [];
  private costs: number[] = [];
  private start = 0;
  total = 0;

  constructor(private readonly length: number) {}

  /** Credits spent in the window ending at `now`. */
  spentAt(now: number): number {
    while (this.start < this.times.length && (this.times[this.start] ?? now) <= now - this.length) {
      this.total -= this.costs[this.start] ?? 0;
      this.start++;
    }
    if (this.start > 4096 && this.start * 2 > this.times.length) {
      this.times = this.times.slice(this.start);
      this.costs = this.costs.slice(this.start);
      this.start = 0;
    }
    return this.total;
  }

  add(now: number, cost: number): void {
    this.times.push(now);
    this.costs.push(cost);
    this.total += cost;
  }
}

export class CreditMeter {
  private readonly minute = new Window(MINUTE);
  private readonly hour = new Window(HOUR);

  constructor(
    private readonly clock: Clock,
    private readonly limits: CreditLimits,
  ) {}

  /** Spends one call's credits, or throws the rate-limit error (the minute's first: it is the one that clears). */
  spend(cost = CREDITS_PER_CALL): void {
    const now = this.clock.now();
    if (this.minute.spentAt(now) + cost > this.limits.perMinute) throw new BoardRuleError(ruleText.rateLimit(this.limits.perMinute, 'minute'));
    if (this.hour.spentAt(now) + cost > this.limits.perHour) throw new BoardRuleError(ruleText.rateLimit(this.limits.perHour, 'hour'));
    this.minute.add(now, cost);
    this.hour.add(now, cost);
  }
}
