// "Add to calendar": the map's next review as an iCalendar event (RFC 5545)
// repeating on the map's cadence, with an alarm a week before. Board text is
// escaped (backslash, semicolon, comma, newline) and long lines folded at 75
// octets, so a title can never add a property of its own.
import { addMonths, CADENCE_MONTHS } from '../analysis/rules/review-overdue.ts';
import type { ReviewCadence } from '../model/journey.ts';

export interface ReviewEvent {
  frameId: string;
  title: string;
  cadence: ReviewCadence;
  /** The last review (YYYY-MM-DD); null for "never": the first review is then one cadence from today. */
  lastReviewed: string | null;
  /** Today, YYYY-MM-DD, and now as an ISO time (the event's DTSTAMP). */
  today: string;
  now: string;
}

/** RFC 5545 TEXT escaping. */
export function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

const RULES: Record<ReviewCadence, string> = { quarterly: 'FREQ=MONTHLY;INTERVAL=3', biannual: 'FREQ=MONTHLY;INTERVAL=6', annual: 'FREQ=YEARLY' };

const basicDate = (day: string) => day.replace(/-/g, '');
const basicTime = (iso: string) => `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;

export function nextReview({ cadence, lastReviewed, today }: Pick<ReviewEvent, 'cadence' | 'lastReviewed' | 'today'>): string {
  return addMonths(lastReviewed ?? today, CADENCE_MONTHS[cadence]);
}

export function reviewCalendar(event: ReviewEvent): string {
  const start = nextReview(event);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//journey-map//map review//EN',
    'BEGIN:VEVENT',
    `UID:${icsText(`review-${event.frameId}@journey-map`)}`,
    `DTSTAMP:${basicTime(event.now)}`,
    `DTSTART;VALUE=DATE:${basicDate(start)}`,
    `RRULE:${RULES[event.cadence]}`,
    `SUMMARY:${icsText(`Review the journey map "${event.title}"`)}`,
    `DESCRIPTION:${icsText(`Walk through the map with the team, update what changed, then press "Mark reviewed" in the app.`)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P7D',
    `DESCRIPTION:${icsText(`Journey map review in a week: ${event.title}`)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
