import { describe, expect, it } from 'vitest';
import { foldLine, icsText, reviewCalendar } from '../../src/io/review-calendar.ts';
import { reminderDue } from '../../src/panel/review/reminder.ts';

describe('reviewCalendar', () => {
  it('repeats on the cadence from the next review date, with an alarm a week before', () => {
    const ics = reviewCalendar({ frameId: 'f1', title: 'Checkout; new, improved\nv2', cadence: 'quarterly', lastReviewed: '2026-09-01', today: '2026-11-29', now: '2026-11-29T10:00:00.000Z' });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//journey-map//map review//EN',
      'BEGIN:VEVENT',
      'UID:review-f1@journey-map',
      'DTSTAMP:20261129T100000Z',
      'DTSTART;VALUE=DATE:20261201',
      'RRULE:FREQ=MONTHLY;INTERVAL=3',
      'SUMMARY:Review the journey map "Checkout\\; new\\, improved\\nv2"',
      'DESCRIPTION:Walk through the map with the team\\, update what changed\\, then',
      '  press "Mark reviewed" in the app.',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P7D',
      'DESCRIPTION:Journey map review in a week: Checkout\\; new\\, improved\\nv2',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
    expect(reviewCalendar({ frameId: 'f1', title: 'x', cadence: 'annual', lastReviewed: null, today: '2026-11-29', now: '2026-11-29T10:00:00.000Z' })).toContain('DTSTART;VALUE=DATE:20271129\r\nRRULE:FREQ=YEARLY\r\n');
  });

  it('escapes backslashes and folds at 75 octets without splitting a character', () => {
    expect(icsText('a\\b')).toBe('a\\\\b');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'é'.repeat(60)}`);
  });
});

describe('reminderDue', () => {
  it('once a day: not again the same day, again the next; junk in storage counts as never', () => {
    expect(reminderDue({ stored: null, today: '2026-11-29' })).toBe(true);
    expect(reminderDue({ stored: '2026-11-29', today: '2026-11-29' })).toBe(false);
    expect(reminderDue({ stored: '2026-11-28', today: '2026-11-29' })).toBe(true);
    expect(reminderDue({ stored: '{"x":1}', today: '2026-11-29' })).toBe(true);
  });
});
