// Demo page settings from its URL, e.g. `demo.html?latency=0` for an instant board.
import { z } from '../model/zod.ts';

/** Per-call latency of the demo board: small, so progress bars are visible. */
export const DEFAULT_LATENCY_MS = 15;

const latencySchema = z.string().check(z.regex(/^\d{1,4}$/));

export interface DemoOptions {
  latencyMs: number;
  /** Why a URL setting was ignored, for the page to say. */
  warnings: string[];
}

export function demoOptions(search: string): DemoOptions {
  const raw = new URLSearchParams(search).get('latency');
  if (raw === null) return { latencyMs: DEFAULT_LATENCY_MS, warnings: [] };
  const parsed = latencySchema.safeParse(raw);
  if (!parsed.success) {
    return { latencyMs: DEFAULT_LATENCY_MS, warnings: [`latency=${raw} ignored: give whole milliseconds, 0 to 9999`] };
  }
  return { latencyMs: Number(parsed.data), warnings: [] };
}
