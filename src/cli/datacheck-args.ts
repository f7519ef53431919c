// `journey-map datacheck` arguments: its own flags (--log, --mapping, --window,
// --set, --effort-high-is-worse), the rest as for `check`.
import { DATA_CHECK_DEFAULTS, parseSetting, type DataCheckSettings } from '../analysis/datacheck/defaults.ts';
import type { SavedMapping } from '../analysis/datacheck/matching.ts';
import { z } from '../model/zod.ts';
import { UsageError, valueAfter } from './io.ts';

export interface DataCheckArgs {
  log: string;
  mapping?: string;
  follows?: string;
  settings: DataCheckSettings;
  highIsWorse: boolean;
  /** Everything else, for parseSnapshotArgs. */
  rest: string[];
}

/** `30d`, `12h` or a bare number of days. */
export function parseWindow(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([dh]?)$/.exec(text.trim());
  if (match === null || Number(match[1]) <= 0) throw new UsageError(`--window: expected a duration like 30d or 12h, got "${text}"`);
  return match[2] === 'h' ? Number(match[1]) / 24 : Number(match[1]);
}

export function parseDataCheckArgs(args: readonly string[]): DataCheckArgs {
  const settings: DataCheckSettings = { ...DATA_CHECK_DEFAULTS };
  const rest: string[] = [];
  let log: string | undefined;
  let mapping: string | undefined;
  let follows: string | undefined;
  let highIsWorse = false;
  for (let at = 0; at < args.length; at++) {
    const arg = args[at] ?? '';
    if (arg === '--log') log = valueAfter(args, { at: at++, flag: arg });
    else if (arg === '--mapping') mapping = valueAfter(args, { at: at++, flag: arg });
    else if (arg === '--follows') follows = valueAfter(args, { at: at++, flag: arg });
    else if (arg === '--window') settings.windowDays = parseWindow(valueAfter(args, { at: at++, flag: arg }));
    else if (arg === '--effort-high-is-worse') highIsWorse = true;
    else if (arg === '--set') {
      const setting = parseSetting(valueAfter(args, { at: at++, flag: arg }));
      if (!setting.ok) throw new UsageError(`--set: ${setting.error}`);
      settings[setting.name] = setting.value;
    } else rest.push(arg);
  }
  if (log === undefined) throw new UsageError('missing --log <events.csv>; see journey-map datacheck --help');
  return { log, ...(mapping === undefined ? {} : { mapping }), ...(follows === undefined ? {} : { follows }), settings, highIsWorse, rest };
}

const mappingFileSchema = z.object({ mapping: z.record(z.string(), z.nullable(z.string())) });

/** A mapping file: `{ "mapping": { "<activity>": "<sticky id>" | null } }`. */
export function parseMappingFile(text: string, path: string): SavedMapping {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UsageError(`${path}: not JSON`);
  }
  const parsed = mappingFileSchema.safeParse(data);
  if (!parsed.success) throw new UsageError(`${path}: expected { "mapping": { "<event name>": "<sticky id>" or null } }`);
  return parsed.data.mapping;
}
