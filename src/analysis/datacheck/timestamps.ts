// Timestamps as logs write them: ISO 8601 (a time without a zone is read as
// UTC, and the report says so) or epoch numbers, whose unit follows from their
// magnitude (< 1e11 seconds, < 1e14 milliseconds, else microseconds).

export interface ParsedTime {
  /** Milliseconds since the epoch, UTC. */
  ms: number;
  /** An ISO time without a zone, read as UTC. */
  naive: boolean;
}

const EPOCH = /^[+-]?\d+(\.\d+)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?$/i;

function fromEpoch(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < 1e11) return value * 1000;
  if (magnitude < 1e14) return value;
  return value / 1000;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z' || zone.toUpperCase() === 'UTC') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

function fromIso(match: RegExpExecArray): ParsedTime | null {
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), fraction === '' ? 0 : Math.round(Number(fraction) * 1000));
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March: a day that does not exist is a bad value.
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  return zone === undefined ? { ms, naive: true } : { ms: ms - offsetMinutes(zone) * 60_000, naive: false };
}

/** A timestamp cell → UTC milliseconds, or null when it is no time this reader knows. */
export function parseTimestamp(text: string): ParsedTime | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (EPOCH.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? { ms: fromEpoch(value), naive: false } : null;
  }
  const match = ISO.exec(trimmed);
  return match === null ? null : fromIso(match);
}
