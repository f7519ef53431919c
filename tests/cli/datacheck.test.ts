// `journey-map datacheck`: the hand-made coffee map against a generated log;
// formats, exit codes, one-line failures, and no case id in any output.
import { describe, expect, it } from 'vitest';
import { parseLogText } from '../../src/analysis/datacheck/parse.ts';
import { preaggregate } from '../../src/analysis/datacheck/preaggregate.ts';
import { main } from '../../src/cli/main.ts';
import { COFFEE_MAPPING, coffeeBoard, coffeeLog } from '../datacheck/coffee-log.ts';
import { fakeIO } from './fake-io.ts';

const log = coffeeLog;
const files = () => ({ 'map.json': coffeeBoard(), 'events.csv': log(), 'm.json': JSON.stringify({ mapping: COFFEE_MAPPING }) });

describe('journey-map datacheck', () => {
  it('prints the dataCheck JSON and exits 1 on an error-level finding', async () => {
    const run = fakeIO(files());
    expect(await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json', '--format', 'json'], run.io)).toBe(1);
    const { dataCheck } = JSON.parse(run.out());
    expect(Object.keys(dataCheck)).toEqual(['source', 'window', 'segment', 'score', 'settings', 'rows', 'badRows', 'errors', 'instances', 'events', 'mappingCoverage', 'mapping', 'touchpoints', 'stages', 'hidden', 'deviations', 'findings', 'rateAs']);
    expect(dataCheck.mapping.map((entry: { activity: string; status: string; touchpointId: string }) => [entry.activity, entry.status, entry.touchpointId])).toEqual([
      ['instagram_ad_click', 'explicit', 'cs-1'],
      ['compare_plans', 'unmatched', null],
      ['checkout_account_prompt', 'saved', 'cs-2'],
      ['box_arrives_handwritten_note', 'auto', 'cs-5'],
    ]);
    expect([dataCheck.instances, dataCheck.events, dataCheck.window.from, dataCheck.window.to]).toEqual([200, 200 + 60 + 140 + 30, '2026-05-01', '2026-05-10']);
    expect(dataCheck.stages.map((stage: { reach: number | null }) => stage.reach)).toEqual([1, 0.7, 0.15, null]);
    expect(dataCheck.hidden).toEqual([{ activity: 'compare_plans', instances: 60, coverage: 0.3, stageId: 'cs-h0', afterId: 'cs-1' }]);
    expect(dataCheck.findings.map((finding: { rule: string; severity: string; itemIds: string[] }) => `${finding.severity} ${finding.rule} ${finding.itemIds}`)).toEqual([
      'error stage-drop-off cs-h2',
      'error valence-mismatch cs-5',
      'warning hidden-touchpoint cs-1',
    ]);
    expect(run.out()).not.toContain('@');
  });

  it('prints text, the Markdown section and one CSV row per touchpoint', async () => {
    const text = fakeIO(files());
    expect(await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json'], text.io)).toBe(1);
    expect(text.out().split('\n').slice(0, 3)).toEqual([
      'events.csv: 2026-05-01 to 2026-05-10 · 200 journeys · 430 events · mapping coverage 86%',
      '2 errors, 1 warnings, 0 info',
      'ERROR   stage-drop-off: Only 21% of journeys that reach "Sign up" go on to "First box" (95% interval 15%–29%, n=140) (cs-h2)',
    ]);
    const md = fakeIO(files());
    await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json', '--format', 'md'], md.io);
    expect(md.out()).toMatch(/^## Tested against data\n\nevents.csv: 2026-05-01 to 2026-05-10/);
    expect(md.out()).toContain('| Box arrives with a handwritten note | 15% | 30 | 2 | -2.0 (n=30) |');
    const csv = fakeIO(files());
    await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json', '--format', 'csv', '-o', 'out.csv'], csv.io);
    expect(csv.written['out.csv']?.split('\n').slice(0, 2)).toEqual([
      'stage,touchpoint,id,journeys,coverage,events,main_channel,map_valence,observed_mean,observed_low,observed_high,observed_n,words_mean,words_n',
      'Discover,Sees an Instagram ad,cs-1,200,1,200,social,1,,,,,,',
    ]);
    expect(csv.written['out.csv']?.trim().split('\n')).toHaveLength(4);
  });

  it('exits 0 when nothing is at error level, and takes --set and --window', async () => {
    const run = fakeIO(files());
    expect(await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json', '--set', 'dropError=0.1', '--set', 'valenceGap=5', '--window', '72h'], run.io)).toBe(0);
    expect(run.out()).toContain('dropError=0.1');
    expect(run.out()).toContain('windowDays=3');
  });

  it('reads the pre-aggregated CSVs and gives the same coverage and hidden touchpoints as the log', async () => {
    const { activities, follows } = preaggregate(parseLogText(log()).table, { windowDays: 30 });
    const aggregated = {
      ...files(),
      'activities.csv': ['activity,cases,events,mean,n,sd', ...activities.map((row) => `${row.activity},${row.cases},${row.events},${row.mean ?? ''},${row.n},${row.sd ?? ''}`)].join('\n'),
      'follows.csv': ['from,to,cases', ...follows.map((row) => `${row.from},${row.to},${row.cases}`)].join('\n'),
    };
    const fromLog = fakeIO(files());
    await main(['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'm.json', '--format', 'json'], fromLog.io);
    const fromAggregates = fakeIO(aggregated);
    expect(await main(['datacheck', 'map.json', '--log', 'activities.csv', '--follows', 'follows.csv', '--mapping', 'm.json', '--format', 'json'], fromAggregates.io)).toBe(0);
    const a = JSON.parse(fromLog.out()).dataCheck;
    const b = JSON.parse(fromAggregates.out()).dataCheck;
    const coverage = (check: { touchpoints: { id: string; instances: number; events: number }[] }) => check.touchpoints.map(({ id, instances, events }) => ({ id, instances, events }));
    expect(coverage(b)).toEqual(coverage(a));
    expect([b.instances, b.events, b.mappingCoverage, b.hidden]).toEqual([a.instances, a.events, a.mappingCoverage, a.hidden]);
    expect(b.stages.map((stage: { step: unknown }) => stage.step)).toEqual([null, null, null, null]);
    expect(b.findings.map((finding: { rule: string }) => finding.rule)).toEqual(['hidden-touchpoint']);
  });

  it("scores a feedback column with the app's sentiment lexicon, apart from survey scores", async () => {
    const lines = ['customer_id,event_name,timestamp,comment'];
    for (let c = 0; c < 40; c++) lines.push(`c${c},box_arrives_handwritten_note,2026-05-0${1 + (c % 9)}T10:00:00Z,"terrible, broken and awful"`);
    const run = fakeIO({ ...files(), 'words.csv': lines.join('\n') });
    expect(await main(['datacheck', 'map.json', '--log', 'words.csv', '--format', 'json'], run.io)).toBe(1);
    const { dataCheck } = JSON.parse(run.out());
    const box = dataCheck.touchpoints.find((metric: { id: string }) => metric.id === 'cs-5');
    expect([box.observed, box.words]).toEqual([null, { mean: -2, low: -2, high: -2, n: 40 }]);
    expect(dataCheck.findings.find((finding: { rule: string }) => finding.rule === 'valence-mismatch').message).toBe('"Box arrives with a handwritten note": the map says +2.0, customers\' words say −2.0 (95% interval −2.0 to −2.0, n=40)');
  });

  it.each([
    [['datacheck', 'map.json', '--log', 'agg.csv'], 'journey-map datacheck: agg.csv: no "*" row with the totals (all journey instances and events)\n'],
    [['datacheck', 'map.json'], 'journey-map datacheck: missing --log <events.csv>; see journey-map datacheck --help\n'],
    [['datacheck', 'map.json', '--log', 'events.csv', '--window', 'soon'], 'journey-map datacheck: --window: expected a duration like 30d or 12h, got "soon"\n'],
    [['datacheck', 'map.json', '--log', 'events.csv', '--set', 'speed=3'], 'journey-map datacheck: --set: unknown setting "speed"; settings: simultaneitySeconds, windowDays, autoMatch, suggestMatch, channelBonus, lowMappingCoverage, channelShare, unseenCoverage, hiddenCoverage, hiddenMinInstances, hiddenMax, deviationCoverage, deviationShare, dropWarning, dropError, valenceGap, minN, suppressN, maxBadRowShare, evidenceCoverage\n'],
    [['datacheck', 'map.json', '--log', 'bad.csv'], 'journey-map datacheck: bad.csv: 2 of 3 rows are bad (66.7%, more than 5%); first: row 3, column time: not a time: "never"; row 4, column case: no case id\n'],
    [['datacheck', 'map.json', '--log', 'cols.csv'], 'journey-map datacheck: cols.csv: no activity, time column; the header has: user_id, what\n'],
    [['datacheck', 'map.json', '--log', 'none.csv'], "journey-map datacheck: none.csv: ENOENT: no such file, open 'none.csv'\n"],
    [['datacheck', 'map.json', '--log', 'events.csv', '--mapping', 'bad-map.json'], 'journey-map datacheck: bad-map.json: expected { "mapping": { "<event name>": "<sticky id>" or null } }\n'],
    [['datacheck', 'map.json', '--log', 'events.csv', '--format', 'yaml'], 'journey-map datacheck: unknown format "yaml": use text, json, md, csv\n'],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const run = fakeIO({ ...files(), 'bad.csv': 'case,activity,time\nx,y,2026-01-01\nx,y,never\n,y,2026-01-01\n', 'cols.csv': 'user_id,what\n1,2\n', 'bad-map.json': '{"mapping":{"a":3}}', 'agg.csv': 'activity,cases,events\nx,1,2\n' });
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toBe(message);
  });
});
