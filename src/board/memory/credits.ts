// Credits per minute and per hour, as the Web SDK counts them (MIRO-SDK.md):
// each call spends 50; over a limit the call fails and spends nothing.
import type { Clock } from './clock.ts';
import { BoardRuleError, CREDITS_PER_CALL, ruleText } from './rules.ts';

export interface CreditLimits {
  perMinute: number;
  perHour: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export class CreditMeter {
  private spent: number[] = []; // timestamps of spending calls, oldest first

  constructor(
    private readonly clock: Clock,
    private readonly limits: CreditLimits,
  ) {}

  /** Spends one call's credits, or throws the rate-limit error. */
  spend(cost = CREDITS_PER_CALL): void {
    const now = this.clock.now();
    while (this.spent.length > 0 && (this.spent[0] ?? now) <= now - HOUR) this.spent.shift();
    const inLastMinute = this.spent.filter((at) => at > now - MINUTE).length * cost;
    if (inLastMinute + cost > this.limits.perMinute) throw new BoardRuleError(ruleText.rateLimit(this.limits.perMinute, 'minute'));
    if (this.spent.length * cost + cost > this.limits.perHour) throw new BoardRuleError(ruleText.rateLimit(this.limits.perHour, 'hour'));
    this.spent.push(now);
  }
}
