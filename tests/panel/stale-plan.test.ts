// A plan applies only to the board it was computed from: a sticky changed
// between Preview and Apply (or between a run and its Undo) is left as it is
// and reported, never overwritten blindly. So is a fix-it that changes a sticky
// edited since the check (found by tests/demo/races.property.test.ts).
import { describe, expect, it } from 'vitest';
import { applyUpdates, previewRecolour, undoLast } from '../../src/panel/emotions/actions.ts';
import { boardOf, colours, workshopSnapshot } from '../emotion/boards.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { gapCheck } from '../../src/analysis/gap-check.ts';
import { readBoard } from '../../src/board/reader.ts';
import { writePlan } from '../../src/board/writer.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { htmlToText } from '../../src/model/html.ts';
import { applyFixOffer } from '../../src/panel/gaps/fix-apply.ts';
import { fixOffers, type FixOffer } from '../../src/panel/gaps/fix-plan.ts';
import { sampleJourney } from '../support/journeys.ts';

const report = () => undefined;

async function edit(board: MemoryBoard, id: string, fields: Record<string, unknown>): Promise<void> {
  const [item] = await board.get({ id });
  Object.assign(item as object, fields);
  await (item as { sync(): Promise<unknown> }).sync();
}

describe('stale plans', () => {
  const stickies = [{ text: 'Love it, amazing' }, { text: 'Charged twice, furious' }];

  it('Preview, then Mark a sticky 😡, then Apply: the marked sticky keeps its new colour', async () => {
    const board = boardOf(workshopSnapshot(stickies));
    const preview = await previewRecolour(board, { scope: 'frame', lanes: 'all', recompute: false });
    expect(preview.recolour.updates.map((update) => update.id)).toEqual(['s1', 's2']);
    await edit(board, 's1', { content: '<p>😡 Love it, amazing</p>', style: { fillColor: 'red', textAlign: 'center', textAlignVertical: 'middle' } });
    const result = await applyUpdates(board, preview.recolour.updates, { report, done: 'Recoloured' });
    expect(colours(board)).toEqual({ s1: 'red', s2: 'red' });
    expect(result.message).toBe('Recoloured: 1 item changed. 1 sticky was changed on the board since the plan was made and kept as edited.');
  });

  it('Undo skips a sticky edited since the run', async () => {
    const board = boardOf(workshopSnapshot(stickies));
    const preview = await previewRecolour(board, { scope: 'frame', lanes: 'all', recompute: false });
    const run = await applyUpdates(board, preview.recolour.updates, { report, done: 'Recoloured' });
    await edit(board, 's2', { style: { fillColor: 'violet', textAlign: 'center', textAlignVertical: 'middle' } });
    const undo = await undoLast(board, run.applied, report);
    expect(colours(board)).toEqual({ s1: 'light_yellow', s2: 'violet' });
    expect(undo.message).toBe('Undone: 1 item changed. 1 sticky was changed on the board since the plan was made and kept as edited.');
  });
});

describe('a fix-it that changes a sticky', () => {
  /** The sample map with "😍 Fills in a long form" on a −1 sticky: the check offers to set the marker or the colour. */
  async function conflictOffers() {
    const board = new MemoryBoard();
    const { frameId } = await writePlan(board, layoutJourney(sampleJourney()));
    const sticky = board.allItems().find((item) => String((item as { content?: unknown }).content).includes('long form'));
    if (sticky === undefined) throw new Error('no long-form sticky');
    board.externalUpdate(sticky.id, { content: '<p>😍 Fills in a long form</p>' });
    const { snapshot } = await readBoard(board);
    const report = gapCheck(snapshot, { today: '2026-11-29', frameId });
    if (!report.ok) throw new Error(report.message);
    const offers = report.findings.filter((finding) => finding.rule === 'valence-conflict').flatMap((finding) => fixOffers(finding, { report, snapshot }));
    return { board, id: sticky.id, offers };
  }

  it.each(['Marker to match colour', 'Colour to match marker'])('"%s" after the sticky was edited leaves it as edited and says so', async (label) => {
    const { board, id, offers } = await conflictOffers();
    const offer = offers.find((entry) => entry.label === label);
    if (offer === undefined) throw new Error(`no "${label}" offer`);
    board.externalUpdate(id, { content: '<p>Gives up on the long form</p>' });
    const edited = board.item(id);
    const result = await applyFixOffer(board, offer);
    expect(board.item(id)).toEqual(edited);
    expect(result).toEqual({ added: null, message: `${label}: not done; the sticky was changed on the board since the check, and is kept as edited.` });
  });

  it('"Marker to match colour" on the sticky as checked sets the marker and keeps its words', async () => {
    const { board, id, offers } = await conflictOffers();
    const offer = offers.find((entry) => entry.label === 'Marker to match colour');
    if (offer === undefined) throw new Error('no marker offer');
    expect(await applyFixOffer(board, offer)).toEqual({ added: null, message: 'Marker to match colour: done.' });
    expect(htmlToText(String((board.item(id) as { content?: unknown }).content))).toBe('😟 Fills in a long form');
  });

  it('says so when the sticky was deleted meanwhile', async () => {
    const { board, id, offers } = await conflictOffers();
    board.externalRemove(id);
    expect(await applyFixOffer(board, offers[0] as FixOffer)).toEqual({ added: null, message: `${(offers[0] as FixOffer).label}: not done; the sticky was deleted meanwhile.` });
  });
});
