// The comparison engine on hand-written maps: each matching rule, the moods and
// Δ, pain points addressed (each way), regressions, personas, lane sets.
import { describe, expect, it } from 'vitest';
import { compareJourneys, type Comparison, type CompareInput } from '../../../src/analysis/compare/compare.ts';
import type { Journey, Note } from '../../../src/model/journey.ts';
import { sampleJourney } from '../../support/journeys.ts';

function compared(input: CompareInput): Comparison {
  const result = compareJourneys(input);
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

function edited(change: (journey: Journey) => void): Journey {
  const journey = sampleJourney();
  change(journey);
  return journey;
}

const noteOf = (journey: Journey, id: string): Note => {
  const found = journey.notes.find((note) => note.id === id);
  if (found === undefined) throw new Error(`no note ${id}`);
  return found;
};

/** A copy with fresh note ids, as a future map the app made: no lineage given unless asked. */
function renamedIds(journey: Journey): Journey {
  return { ...structuredClone(journey), id: 'future', notes: journey.notes.map((note) => ({ ...note, id: `f-${note.id}` })) };
}

describe('stages', () => {
  it('pairs the same name, a similar name, and the same position as renamed', () => {
    const after = edited((journey) => {
      journey.stages = [
        { id: 'a', name: 'DISCOVER!', order: 0 },
        { id: 'b', name: 'Sign-ups', order: 1 },
        { id: 'c', name: 'Welcome pack', order: 2 },
      ];
      journey.notes = [];
    });
    const rows = compared({ before: sampleJourney(), after }).stages;
    expect(rows.map(({ name, previousName, status, beforeId, afterId }) => ({ name, previousName, status, beforeId, afterId }))).toEqual([
      { name: 'DISCOVER!', previousName: null, status: 'same', beforeId: 'discover', afterId: 'a' },
      { name: 'Sign-ups', previousName: 'Sign up', status: 'renamed', beforeId: 'sign-up', afterId: 'b' },
      { name: 'Welcome pack', previousName: 'First box', status: 'renamed', beforeId: 'first-box', afterId: 'c' },
    ]);
  });

  it('with a stage more, an unlike name at the same position is added, and a removed stage follows the matched stage before it', () => {
    const after = edited((journey) => {
      journey.stages = [
        { id: 'a', name: 'Discover', order: 0 },
        { id: 'x', name: 'Compare prices', order: 1 },
        { id: 'c', name: 'First box', order: 2 },
        { id: 'd', name: 'Renew', order: 3 },
      ];
      journey.notes = [];
    });
    const rows = compared({ before: sampleJourney(), after }).stages;
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['Discover', 'same'],
      ['Sign up', 'removed'],
      ['Compare prices', 'added'],
      ['First box', 'same'],
      ['Renew', 'added'],
    ]);
  });
});

describe('touchpoints', () => {
  it('matches reworded text in the same stage, flags mid-likeness as reworded, and finds moves', () => {
    const before = sampleJourney();
    const after = edited((journey) => {
      noteOf(journey, 'n2').text = 'Fills in a long forms'; // Dice ≥ 0.85: the same touchpoint
      noteOf(journey, 'n5').text = 'Box arrives late'; // 0.60–0.85: reworded, check
      noteOf(journey, 'n1').stageId = 'sign-up'; // same text, other stage: moved
    });
    const comparison = compared({ before, after: renamedIds(after) });
    expect(comparison.changes.map(({ change, beforeId, afterId, changes, reworded }) => ({ change, beforeId, afterId, changes, reworded }))).toEqual([
      { change: 'changed', beforeId: 'n2', afterId: 'f-n2', changes: ['text'], reworded: false },
      { change: 'changed', beforeId: 'n1', afterId: 'f-n1', changes: ['moved'], reworded: false },
      { change: 'changed', beforeId: 'n5', afterId: 'f-n5', changes: ['text'], reworded: true },
    ]);
  });

  it('lets unlike text go: removed and added', () => {
    const after = edited((journey) => {
      noteOf(journey, 'n5').text = 'Courier loses parcel';
    });
    const { changes, totals } = compared({ before: sampleJourney(), after: renamedIds(after) });
    expect(changes.map((change) => [change.change, change.beforeId, change.afterId, change.stage])).toEqual([
      ['removed', 'n5', null, 'First box'],
      ['added', null, 'f-n5', 'First box'],
    ]);
    expect(totals).toEqual({ added: 1, removed: 1, changed: 0, unratedBefore: 0, unratedAfter: 0 });
  });

  it('prefers lineage over text: a copied sticky rewritten entirely is still the same touchpoint', () => {
    const after = renamedIds(edited((journey) => void (noteOf(journey, 'n5').text = 'Courier loses parcel')));
    const lineage = Object.fromEntries(after.notes.map((note) => [note.id, note.id.slice(2)]));
    const { changes } = compared({ before: sampleJourney(), after, links: { lineage } });
    expect(changes.map((change) => [change.change, change.beforeId, change.changes])).toEqual([['changed', 'n5', ['text']]]);
  });
});

describe('moods', () => {
  it('gives each stage its mean before and after and the Δ, unrated touchpoints apart', () => {
    const after = edited((journey) => {
      noteOf(journey, 'n2').valence = 1;
      journey.notes.push({ ...noteOf(journey, 'n2'), id: 'n7', text: 'Gets a welcome email', valence: 2 });
      journey.notes.push({ ...noteOf(journey, 'n2'), id: 'n8', text: 'Picks a roast', valence: null });
      noteOf(journey, 'n5').valence = 1;
    });
    const rows = compared({ before: sampleJourney(), after }).stages;
    expect(rows.map((row) => [row.name, row.before, row.after, row.delta])).toEqual([
      ['Discover', { mean: 1, rated: 1, unrated: 0 }, { mean: 1, rated: 1, unrated: 0 }, 0],
      ['Sign up', { mean: -1, rated: 1, unrated: 0 }, { mean: 1.5, rated: 2, unrated: 1 }, 2.5],
      ['First box', { mean: 2, rated: 1, unrated: 0 }, { mean: 1, rated: 1, unrated: 0 }, -1],
    ]);
    expect(rows[1]).toMatchObject({ added: 2, removed: 0, changed: 1, changedBy: { text: 0, valence: 1, channel: 0, owner: 0, moved: 0 } });
  });
});

describe('pain points and regressions', () => {
  // The sample's pains: n2 (a -1 touchpoint in Sign up) and n3 (the pain-point sticky in Sign up).
  it('counts a touchpoint that rose by 1 to ≥ 0 as addressed, the untouched pain sticky not', () => {
    const after = edited((journey) => void (noteOf(journey, 'n2').valence = 0));
    const { pains } = compared({ before: sampleJourney(), after });
    expect(pains).toEqual({
      total: 2,
      addressed: 1,
      outcomes: [
        { id: 'n2', text: 'Fills in a long form', stage: 'Sign up', addressedBy: 'valence-rose' },
        { id: 'n3', text: 'Too many fields & no guest checkout', stage: 'Sign up', addressedBy: null },
      ],
    });
  });

  it('counts an opportunity tagged "addresses: …" or joined by a connector, and a removal where the mood held', () => {
    const byTag = compared({ before: sampleJourney(), after: sampleJourney(), links: { addresses: { n4: ['too many fields and no guest checkout'] } } });
    expect(byTag.pains.outcomes.map((pain) => pain.addressedBy)).toEqual([null, 'opportunity-tag']);
    const byConnector = compared({ before: sampleJourney(), after: sampleJourney(), links: { connectors: [['n2', 'n4']] } });
    expect(byConnector.pains.outcomes.map((pain) => pain.addressedBy)).toEqual(['connector', null]);
    const removed = compared({ before: sampleJourney(), after: edited((journey) => void (journey.notes = journey.notes.filter((note) => note.id !== 'n3'))) });
    expect(removed.pains.outcomes.map((pain) => pain.addressedBy)).toEqual([null, 'removed-mood-held']);
  });

  it('does not count a removal that leaves the stage worse off', () => {
    const after = edited((journey) => {
      journey.notes = journey.notes.filter((note) => note.id !== 'n2');
      journey.notes.push({ ...noteOf(sampleJourney(), 'n2'), id: 'n9', text: 'Payment page crashes', valence: -2 });
    });
    const { pains, regressions } = compared({ before: sampleJourney(), after });
    expect(pains.outcomes.map((pain) => pain.addressedBy)).toEqual([null, null]);
    expect(regressions).toEqual([{ kind: 'new-negative', beforeId: null, afterId: 'n9', text: 'Payment page crashes', stage: 'Sign up', valenceBefore: null, valenceAfter: -2 }]);
  });

  it('reports a matched touchpoint whose valence fell', () => {
    const after = edited((journey) => void (noteOf(journey, 'n5').valence = 0));
    expect(compared({ before: sampleJourney(), after }).regressions).toEqual([
      { kind: 'valence-fell', beforeId: 'n5', afterId: 'n5', text: 'Box arrives <on time>', stage: 'First box', valenceBefore: 2, valenceAfter: 0 },
    ]);
  });
});

describe('what is compared at all', () => {
  it('refuses maps for different personas unless forced', () => {
    const after = edited((journey) => void (journey.persona.name = 'Alex'));
    expect(compareJourneys({ before: sampleJourney(), after })).toEqual({ ok: false, reason: 'personas-differ', message: 'the maps are for different personas ("Sam" and "Alex")' });
    expect(compared({ before: sampleJourney(), after, force: true }).personasDiffer).toBe(true);
  });

  it('compares only the lane kinds both maps have', () => {
    const after = edited((journey) => {
      journey.lanes = journey.lanes.filter((lane) => lane.kind !== 'thoughts');
      journey.lanes.push({ id: 'back', name: 'Backstage', kind: 'backstage' });
      journey.notes = journey.notes.filter((note) => note.laneId !== 'thinking');
      journey.notes.push({ ...noteOf(journey, 'n1'), id: 'b1', laneId: 'back', text: 'Warehouse packs the box' });
    });
    const comparison = compared({ before: sampleJourney(), after });
    expect(comparison.lanes.onlyBefore).toEqual(['Thoughts']);
    expect(comparison.lanes.onlyAfter).toEqual(['Backstage']);
    expect(comparison.changes).toEqual([]);
  });

  it('takes the thresholds it is given', () => {
    const after = renamedIds(edited((journey) => void (noteOf(journey, 'n2').text = 'Fills in a long forms')));
    const strict = compared({ before: sampleJourney(), after, thresholds: { sameStageDice: 0.99, rewordedDice: 0.99, movedDice: 0.99 } });
    expect(strict.changes.map((change) => change.change)).toEqual(['removed', 'added']);
  });
});
