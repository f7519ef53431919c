// `journey-map compare`: a current map and its edited future state on one
// snapshot, or two files (a checkpoint and a snapshot); formats and bad input.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { makeCheckpoint } from '../../src/analysis/review/checkpoint.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import { boardWithFuture, editSampleFuture, noteWithText, SAMPLE_TEXTS } from '../support/future-map.ts';
import { fakeIO } from './fake-io.ts';

async function editedBoard() {
  const pair = await boardWithFuture();
  await editSampleFuture(pair);
  return { ...pair, files: { 'board.json': serializeSnapshot(pair.board.toSnapshot()) } };
}

describe('journey-map compare', () => {
  it('lists the findings on the future map: an untouched copy leaves every pain point unaddressed', async () => {
    const { board, currentId, futureId } = await boardWithFuture();
    const files = { 'board.json': serializeSnapshot(board.toSnapshot()) };
    const json = fakeIO(files);
    expect(await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--format', 'json'], json.io)).toBe(0);
    const { findings } = JSON.parse(json.out()) as { findings: { rule: string; severity: string; group: string }[] };
    expect(findings.map((finding) => [finding.rule, finding.severity, finding.group])).toEqual([
      ['future-unaddressed-pain', 'warning', 'comparison'],
      ['future-unaddressed-pain', 'warning', 'comparison'],
    ]);
    const text = fakeIO(files);
    await main(['compare', 'board.json', '--from', currentId, '--to', futureId], text.io);
    const lines = text.out().split('\n');
    expect(lines.slice(lines.indexOf('Findings on the future map:'), -1)).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('  WARNING future-unaddressed-pain: '))).toHaveLength(2);
    const md = fakeIO(files);
    await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--format', 'md'], md.io);
    expect(md.out()).toContain('## Findings on the future map\n\n- warning `future-unaddressed-pain`: ');
    // Compared the other way round, the later map is the current state: no future-map findings.
    const reverse = fakeIO(files);
    await main(['compare', 'board.json', '--from', futureId, '--to', currentId, '--format', 'json'], reverse.io);
    expect(JSON.parse(reverse.out()).findings).toEqual([]);
  });

  it('reports exactly the edits on the future map, with the Δ per stage, as JSON', async () => {
    const { files, currentId, futureId, board, lineage } = await editedBoard();
    const run = fakeIO(files);
    expect(await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--format', 'json'], run.io)).toBe(0);
    const { from, to, comparison } = JSON.parse(run.out());
    expect([from.title, to.title]).toEqual(['Coffee subscription', 'Future state: Coffee subscription']);
    expect(comparison.changes.map((change: { change: string; stage: string; text: string; changes: string[] }) => [change.change, change.stage, change.text, change.changes])).toEqual([
      ['removed', 'Sign up', 'Too many fields & no guest checkout', []],
      ['changed', 'Sign up', "Sees a friend's post", ['moved']],
      ['changed', 'Sign up', 'Fills in a long form', ['valence']],
      ['added', 'First box', 'Tracks the box by text message', []],
    ]);
    expect(comparison.stages.map((stage: { name: string; before: { mean: number | null }; after: { mean: number | null }; delta: number | null }) => [stage.name, stage.before.mean, stage.after.mean, stage.delta])).toEqual([
      ['Discover', 1, null, null],
      ['Sign up', -1, 1, 2],
      ['First box', 2, 2, 0],
    ]);
    expect(comparison.pains).toMatchObject({ total: 2, addressed: 2 });
    const pair = { board, currentId, futureId, lineage };
    expect(lineage[comparison.changes[2].afterId]).toBe(noteWithText(pair, { frameId: currentId, text: SAMPLE_TEXTS.n2 }));
    expect(run.err()).toBe('');
  });

  it('prints a text summary, a Markdown table and one CSV row per change', async () => {
    const { files, currentId, futureId } = await editedBoard();
    const text = fakeIO(files);
    await main(['compare', 'board.json', '--from', currentId, '--to', futureId], text.io);
    expect(text.out().split('\n').slice(0, 4)).toEqual([
      'Coffee subscription → Future state: Coffee subscription',
      '2 of 2 pain points addressed · 1 added, 1 removed, 2 changed · 0 regressions',
      'Discover [same]: +1.0 → – no Δ',
      'Sign up [same]: −1.0 → +1.0 ▲ +2.0',
    ]);
    const md = fakeIO(files);
    await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--format', 'md'], md.io);
    expect(md.out()).toContain('| Sign up | −1.0 | +1.0 | ▲ +2.0 | 0 | 1 | 2 | 0 → 0 |');
    const csv = fakeIO(files);
    await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--format', 'csv', '-o', 'out.csv'], csv.io);
    const rows = (csv.written['out.csv'] ?? '').trim().split('\n');
    expect(rows[0]).toBe('stage,change,lane,text,before_id,after_id,valence_before,valence_after,what_changed,reworded');
    expect(rows).toHaveLength(5);
  });

  it('compares a checkpoint file with a snapshot: the same frame, edited since', async () => {
    const { board, currentId } = await boardWithFuture();
    const read = readJourney(board.toSnapshot(), { frameId: currentId });
    if (!read.ok) throw new Error(read.message);
    const checkpoint = makeCheckpoint({ at: '2026-11-29T10:00:00.000Z', by: 'Sam', note: '', kind: 'review', frameId: currentId, journey: read.journey, findings: [], modified: {} });
    board.externalUpdate(noteWithText({ board, currentId, futureId: '', lineage: {} }, { frameId: currentId, text: SAMPLE_TEXTS.n5 }), { content: '<p>😟 Box arrives &lt;on time&gt;</p>', style: { fillColor: 'orange' } });
    const run = fakeIO({ 'checkpoint.json': JSON.stringify(checkpoint), 'now.json': serializeSnapshot(board.toSnapshot()) });
    expect(await main(['compare', 'checkpoint.json', 'now.json', '--to', currentId, '--format', 'json'], run.io)).toBe(0);
    const { comparison } = JSON.parse(run.out());
    expect(comparison.changes.map((change: { text: string; valenceBefore: number; valenceAfter: number }) => [change.text, change.valenceBefore, change.valenceAfter])).toEqual([['Box arrives <on time>', 2, -1]]);
    expect(comparison.regressions).toHaveLength(1);
  });

  it.each([
    [['compare'], 'journey-map compare: missing <snapshot.json> or --board ID; see journey-map compare --help\n'],
    [['compare', 'board.json'], 'journey-map compare: with one snapshot, --from and --to name the two frames to compare\n'],
    [['compare', 'a', 'b', 'c'], 'journey-map compare: one snapshot, or two to compare (got 3)\n'],
    [['compare', 'board.json', '--from', 'x', '--to'], 'journey-map compare: --to needs a value\n'],
    [['compare', 'board.json', '--from', 'nope', '--to', 'nope2'], 'journey-map compare: from: no frame has id "nope"; journey frames: FRAMES\n'],
    [['compare', 'bad.json', '--from', 'a', '--to', 'b'], 'journey-map compare: bad.json: not valid JSON: Unexpected token \'o\', "not json" is not valid JSON\n'],
    [['compare', 'cp.json', 'board.json'], 'journey-map compare: cp.json: not a checkpoint (version: Invalid input: expected 1; at: Invalid input: expected string, received undefined; by: Invalid input: expected string, received undefined)\n'],
    [['compare', 'board.json', '--from', 'a', '--to', 'b', '--format', 'xml'], 'journey-map compare: unknown format "xml": use text, json, md, csv\n'],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const { files, currentId, futureId } = await editedBoard();
    const run = fakeIO({ ...files, 'bad.json': 'not json', 'cp.json': '{"format":"journey-map-checkpoint"}' });
    expect(await main(args, run.io)).toBe(2);
    expect(run.err()).toBe(message.replace('FRAMES', `${currentId} "Coffee subscription", ${futureId} "Future state: Coffee subscription"`));
  });

  it('refuses maps for different personas unless --force', async () => {
    const { board, currentId, futureId } = await boardWithFuture();
    const persona = board.allItems().find((item) => item.parentId === futureId && String((item as { content?: unknown }).content).includes('Persona: Sam'));
    board.externalUpdate(persona?.id ?? '', { content: '<p>Persona: Alex — student</p>' });
    const files = { 'board.json': serializeSnapshot(board.toSnapshot()) };
    const refused = fakeIO(files);
    expect(await main(['compare', 'board.json', '--from', currentId, '--to', futureId], refused.io)).toBe(2);
    expect(refused.err()).toBe('journey-map compare: the maps are for different personas ("Sam" and "Alex"); pass --force to compare them anyway\n');
    expect(await main(['compare', 'board.json', '--from', currentId, '--to', futureId, '--force'], fakeIO(files).io)).toBe(0);
  });
});
