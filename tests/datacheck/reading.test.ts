// Reading event logs: column synonyms, timestamps, CSV/TSV/JSON Lines in chunks
// of any size, bad rows, and what may be shown of a value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../src/analysis/datacheck/columns.ts';
import { refusal } from '../../src/analysis/datacheck/log-reader.ts';
import { LogParser, parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { convertScore, labelScore, scaleOf } from '../../src/analysis/datacheck/scores.ts';
import { meanInterval, wilson } from '../../src/analysis/datacheck/stats.ts';
import { parseTimestamp } from '../../src/analysis/datacheck/timestamps.ts';

describe('column detection', () => {
  it('finds each role by its synonyms, whatever the case and separators', () => {
    const map = detectColumns(['\uFEFFDistinct ID', 'Event-Name', '$time', 'Platform', 'CSAT', 'Ticket Text', 'persona']);
    expect(map).toEqual({ case: 0, activity: 1, time: 2, channel: 3, segment: 6, score: 4, feedback: 5 });
    expect(detectColumns(['case:concept:name', 'concept:name', 'time:timestamp'])).toMatchObject({ case: 0, activity: 1, time: 2, channel: -1 });
  });

  it('names the missing required columns and the header it saw, e-mail-like names hidden', () => {
    expect(() => parseLogText('who@example.com,when\n1,2\n')).toThrow('no case, activity, time column; the header has: (e-mail address hidden), when');
  });
});

describe('timestamps', () => {
  it.each([
    ['2026-03-01T10:00:00Z', Date.UTC(2026, 2, 1, 10), false],
    ['2026-03-01T12:00:00+02:00', Date.UTC(2026, 2, 1, 10), false],
    ['2026-03-01 05:00:00-0500', Date.UTC(2026, 2, 1, 10), false],
    ['2026-03-01T10:00:00.250Z', Date.UTC(2026, 2, 1, 10, 0, 0, 250), false],
    ['2026-03-01T10:00', Date.UTC(2026, 2, 1, 10), true],
    ['2026-03-01', Date.UTC(2026, 2, 1), true],
    ['1772359200', Date.UTC(2026, 2, 1, 10), false],
    ['1772359200000', Date.UTC(2026, 2, 1, 10), false],
    ['1772359200000000', Date.UTC(2026, 2, 1, 10), false],
  ])('%s', (text, ms, naive) => {
    expect(parseTimestamp(text)).toEqual({ ms, naive });
  });

  it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-03-01T25:00', '2026-03-01T10:00+2', ''])('refuses %j', (text) => {
    expect(parseTimestamp(text)).toBeNull();
  });

  it('agrees with Date.parse on any zoned ISO time', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }), (date) => {
        expect(parseTimestamp(date.toISOString())?.ms).toBe(date.getTime());
      }),
    );
  });
});

const LOG = 'user_id,event,timestamp,channel,csat,comment\nu1,signup,2026-01-01T10:00:00Z,Web,5,"great, fast\nand easy"\nu1,login,2026-01-01T10:05:00Z,web,,\n';

describe('log parsing', () => {
  it('reads quoted fields across lines, lowercases channels and reports naive times', () => {
    const read = parseLogText(LOG);
    expect({ rows: read.rows, bad: read.badRows, cases: read.table.cases, activities: read.table.activities, channels: read.table.channels, naive: read.naiveTimes }).toEqual({ rows: 2, bad: 0, cases: 1, activities: ['signup', 'login'], channels: ['web'], naive: false });
    expect(read.score).toEqual({ name: 'csat', min: 5, max: 5 });
  });

  it('gives the same table whatever the chunk sizes (streaming)', () => {
    const whole = parseLogText(LOG);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: LOG.length }), { maxLength: 6 }), (cuts) => {
        const parser = new LogParser();
        let from = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          parser.push(LOG.slice(from, cut));
          from = Math.max(from, cut);
        }
        parser.push(LOG.slice(from));
        const read = parser.finish();
        expect([read.rows, [...read.table.time.slice(0, read.table.length)], read.table.activities]).toEqual([whole.rows, [...whole.table.time.slice(0, whole.table.length)], whole.table.activities]);
      }),
    );
  });

  it('sniffs tabs and semicolons, takes a BOM and CRLF', () => {
    expect(parseLogText('\uFEFFcase\tactivity\ttime\r\na\tb\t2026-01-01\r\n').table.activities).toEqual(['b']);
    expect(parseLogText('case;activity;time\na;b;2026-01-01\n').table.activities).toEqual(['b']);
  });

  it('reads JSON Lines in the Mixpanel and Amplitude shapes', () => {
    const mixpanel = '{"event":"Signed Up","properties":{"distinct_id":"u1","time":1772359200,"$os":"iOS"}}\n{"event":"Viewed","properties":{"distinct_id":"u1","time":1772359260}}\n';
    expect(parseLogText(mixpanel).table.activities).toEqual(['Signed Up', 'Viewed']);
    const amplitude = '{"user_id":"u1","event_type":"purchase","event_time":"2026-03-01 10:00:00.000","platform":"Web"}\nnot json\n';
    const read = parseLogText(amplitude);
    expect([read.table.activities, read.table.channels, read.badRows, read.errors]).toEqual([['purchase'], ['web'], 1, ['row 3, column user_id: no case id']]);
  });

  it('lists bad rows as "row N, column C: reason" and refuses a file with more than 5% of them', () => {
    const rows = ['case,activity,time', ...Array.from({ length: 18 }, (_, i) => `c${i},a,2026-01-01`), ',a,2026-01-01', 'c,,2026-01-01', 'c,a,ann@example.com'];
    const read = parseLogText(rows.join('\n'));
    expect(read.errors).toEqual(['row 20, column case: no case id', 'row 21, column activity: no activity', 'row 22, column time: not a time: "(e-mail address hidden)"']);
    expect(refusal(read, 0.05)).toBe('3 of 21 rows are bad (14.3%, more than 5%); first: row 20, column case: no case id; row 21, column activity: no activity; row 22, column time: not a time: "(e-mail address hidden)"');
    expect(refusal(read, 0.2)).toBeNull();
    expect(refusal(parseLogText('case,activity,time\n'), 0.05)).toBe('the log has a header but no rows');
  });
});

describe('scores and statistics', () => {
  it('converts each scale to −2 … +2', () => {
    const scale = (name: string, min: number, max: number) => scaleOf({ name, min, max, highIsWorse: false });
    expect(convertScore(5, { scale: scale('csat', 1, 5), highIsWorse: false })).toBe(2);
    expect(convertScore(1, { scale: scale('ces', 1, 7), highIsWorse: false })).toBe(-2);
    expect(convertScore(1, { scale: scale('ces', 1, 7), highIsWorse: true })).toBe(2);
    expect(convertScore(10, { scale: scale('nps', 0, 10), highIsWorse: false })).toBe(2);
    expect(convertScore(-0.5, { scale: scale('sentiment_score', -1, 1), highIsWorse: false })).toBe(-1);
    expect(scale('rating', 0, 100)).toBe('unknown');
    expect([labelScore('Very Negative'), labelScore('good'), labelScore('bad'), labelScore('neutral'), labelScore('meh')]).toEqual([-2, 1, -1, 0, undefined]);
  });

  it('computes Wilson intervals and mean intervals', () => {
    const [low, high] = wilson(40, 100);
    expect([low.toFixed(4), high.toFixed(4)]).toEqual(['0.3094', '0.4980']);
    expect(wilson(0, 0)).toEqual([0, 1]);
    const interval = meanInterval({ sum: 10, sumSquares: 30, n: 5 });
    expect(interval?.mean).toBe(2);
    expect(interval?.high).toBeCloseTo(2 + 1.959964 * Math.sqrt(2.5 / 5));
  });
});
