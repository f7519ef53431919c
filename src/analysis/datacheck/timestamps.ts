// Timestamps as logs write them: ISO 8601 (a time without a zone is read as
// UTC, and the report says so) or epoch numbers, whose unit follows from their
// magnitude (< 1e11 seconds, < 1e14 milliseconds, else microseconds).
// Read character by character: a log has millions of them.

export interface ParsedTime {
  /** Milliseconds since the epoch, UTC. */
  ms: number;
  /** An ISO time without a zone, read as UTC. */
  naive: boolean;
}

const EPOCH = /^[+-]?\d+(\.\d+)?$/;
const DAY_MS = 86_400_000;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function fromEpoch(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude < 1e11) return value * 1000;
  if (magnitude < 1e14) return value;
  return value / 1000;
}

/** Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Digits at [from, from + count) as a number; -1 when any is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let at = from; at < from + count; at++) {
    const code = text.charCodeAt(at) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** The zone suffix at `at` in minutes east of UTC; null: no zone; NaN: not a zone. */
function zoneAt(text: string, at: number): number | null {
  const rest = text.slice(at).trim();
  if (rest === '') return null;
  if (rest === 'Z' || rest === 'z' || rest.toUpperCase() === 'UTC') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(rest);
  if (match === null) return Number.NaN;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function timeOfDay(text: string, at: number): { ms: number; end: number } | null {
  const hours = digits(text, at, 2);
  const minutes = text[at + 2] === ':' ? digits(text, at + 3, 2) : -1;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  let end = at + 5;
  let seconds = 0;
  if (text[end] === ':') {
    seconds = digits(text, end + 1, 2);
    if (seconds < 0 || seconds > 60) return null;
    end += 3;
  }
  let fraction = 0;
  if (text[end] === '.' || text[end] === ',') {
    let scale = 100;
    for (end++; end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57; end++, scale /= 10) fraction += (text.charCodeAt(end) - 48) * scale;
  }
  return { ms: ((hours * 60 + minutes) * 60 + seconds) * 1000 + Math.round(fraction), end };
}

function fromIso(text: string): ParsedTime | null {
  const year = digits(text, 0, 4);
  const month = text[4] === '-' ? digits(text, 5, 2) : -1;
  const day = text[7] === '-' ? digits(text, 8, 2) : -1;
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0))) return null;
  let ms = daysFromCivil(year, month, day) * DAY_MS;
  let end = 10;
  if (text[10] === 'T' || text[10] === 't' || text[10] === ' ') {
    const time = timeOfDay(text, 11);
    if (time === null) return null;
    ms += time.ms;
    end = time.end;
  }
  const zone = zoneAt(text, end);
  if (zone === null) return { ms, naive: true };
  return Number.isNaN(zone) ? null : { ms: ms - zone * 60_000, naive: false };
}

/** A timestamp cell → UTC milliseconds, or null when it is no time this reader knows. */
export function parseTimestamp(text: string): ParsedTime | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (EPOCH.test(trimmed)) {
    const value = Number(trimmed);
    return Number.isFinite(value) ? { ms: fromEpoch(value), naive: false } : null;
  }
  return trimmed.length >= 10 ? fromIso(trimmed) : null;
}
