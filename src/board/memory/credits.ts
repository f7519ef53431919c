// Credits per minute and per hour, as the Web SDK counts them (MIRO-SDK.md):
// each call spends 50; over a limit the call fails and spends nothing.
import type { Clock } from '../clock.ts';
import { BoardRuleError, CREDITS_PER_CALL, ruleText } from './rules.ts';

export interface CreditLimits {
  perMinute: number;
  perHour: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class CreditMeter {
  // Timestamps of spending calls, oldest first. Two moving starts (the hour's
  // and the minute's) keep each spend O(1) amortised over a long benchmark.
  private spent: number[] = [];
  private hourStart = 0;
  private minuteStart = 0;

  constructor(
    private readonly clock: Clock,
    private readonly limits: CreditLimits,
  ) {}

  /** Spends one call's credits, or throws the rate-limit error. */
  spend(cost = CREDITS_PER_CALL): void {
    const now = this.clock.now();
    this.hourStart = this.advance(this.hourStart, now - HOUR);
    this.minuteStart = this.advance(Math.max(this.minuteStart, this.hourStart), now - MINUTE);
    const inLastMinute = (this.spent.length - this.minuteStart) * cost;
    const inLastHour = (this.spent.length - this.hourStart) * cost;
    if (inLastMinute + cost > this.limits.perMinute) throw new BoardRuleError(ruleText.rateLimit(this.limits.perMinute, 'minute'));
    if (inLastHour + cost > this.limits.perHour) throw new BoardRuleError(ruleText.rateLimit(this.limits.perHour, 'hour'));
    this.spent.push(now);
    if (this.hourStart > 4096 && this.hourStart * 2 > this.spent.length) this.compact();
  }

  /** The first index at or after `from` whose timestamp is still inside the window (after `cutoff`). */
  private advance(from: number, cutoff: number): number {
    let index = from;
    while (index < this.spent.length && (this.spent[index] ?? cutoff) <= cutoff) index++;
    return index;
  }

  private compact(): void {
    this.spent = this.spent.slice(this.hourStart);
    this.minuteStart -= this.hourStart;
    this.hourStart = 0;
  }
}
