// Each gap rule: a journey where it fires (with its exact finding) and one where it stays quiet.
import { describe, expect, it } from 'vitest';
import type { Journey, Note } from '../../src/model/journey.ts';
import { RULES } from '../../src/analysis/registry.ts';
import type { CheckContext, Finding, RuleId } from '../../src/analysis/types.ts';

import { sampleJourney } from '../support/journeys.ts';

const CONTEXT: CheckContext = { today: '2026-11-22', strayItemIds: [], headerItemIds: ['persona-text'] };

function run(rule: RuleId, journey: Journey, context: CheckContext = CONTEXT): Finding[] {
  const found = RULES.find((entry) => entry.id === rule);
  if (found === undefined) throw new Error(`no rule ${rule}`);
  return found.check(journey, context);
}

function edit(change: (journey: Journey) => void): Journey {
  const journey = sampleJourney();
  change(journey);
  return journey;
}

const note = (journey: Journey, id: string): Note => {
  const found = journey.notes.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};

/** The sample with every touchpoint and opportunity complete, so per-note rules start quiet. */
function complete(): Journey {
  return edit((journey) => {
    for (const entry of journey.notes) Object.assign(entry, { channel: 'web', owner: 'product', evidence: 'survey', valence: entry.valence ?? 0 });
  });
}

describe('the registry', () => {
  it('holds each rule once, with a kebab-case id, its group and severity', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(Object.fromEntries(RULES.map((rule) => [rule.id, `${rule.group}/${rule.severity}`]))).toEqual({
      'stage-without-touchpoints': 'completeness/error',
      'negative-without-opportunity': 'completeness/error',
      'pain-point-without-opportunity': 'completeness/warning',
      'unrated-touchpoint': 'completeness/warning',
      'valence-conflict': 'completeness/warning',
      'missing-channel': 'completeness/info',
      'missing-owner': 'completeness/warning',
      'missing-evidence': 'completeness/warning',
      'persona-incomplete': 'completeness/warning',
      'objectives-count': 'completeness/info',
      'review-overdue': 'completeness/warning',
      'blueprint-unsupported-step': 'completeness/warning',
      'empty-lane': 'completeness/info',
      'stray-item': 'completeness/warning',
      'map-owner-missing': 'completeness/warning',
      'review-date-missing': 'completeness/info',
      'stage-stale': 'completeness/info',
      'placeholder-left': 'completeness/warning',
      'emotional-drop': 'insight/info',
      'lowest-point': 'insight/info',
      'moment-of-truth-negative': 'insight/info',
      'pain-cluster': 'insight/info',
    });
  });

  it('weighs completeness rules to 100 points in all, and never scores an insight', () => {
    const completeness = RULES.filter((rule) => rule.group === 'completeness');
    expect(completeness.every((rule) => rule.score !== undefined)).toBe(true);
    expect(completeness.reduce((sum, rule) => sum + (rule.score?.points ?? 0), 0)).toBe(100);
    expect(RULES.filter((rule) => rule.group === 'insight').every((rule) => rule.score === undefined && rule.fixes === undefined)).toBe(true);
  });

  it('explains every rule and counts its findings in words', () => {
    for (const rule of RULES) {
      expect(rule.explanation.why.length, rule.id).toBeGreaterThan(10);
      expect(rule.explanation.todo.length, rule.id).toBeGreaterThan(10);
    }
    expect(RULES.find((rule) => rule.id === 'missing-owner')?.explanation.count(16)).toBe('16 touchpoints and opportunities have no owner');
    expect(RULES.find((rule) => rule.id === 'stage-without-touchpoints')?.explanation.count(1)).toBe('1 stage has no touchpoint');
  });
});

describe('stage-without-touchpoints', () => {
  it('fires on a stage with nothing in the touchpoint lane, pointing at its header', () => {
    const journey = edit((draft) => draft.stages.push({ id: 'renew', name: 'Renew', order: 3 }));
    expect(run('stage-without-touchpoints', journey)).toEqual([
      { rule: 'stage-without-touchpoints', group: 'completeness', severity: 'error', message: 'Stage "Renew" has no touchpoint', stageId: 'renew', laneId: 'doing', itemIds: ['renew'] },
    ]);
  });
  it('stays quiet when every stage has a touchpoint', () => {
    expect(run('stage-without-touchpoints', sampleJourney())).toEqual([]);
  });
  it('names the missing lane when the map has none', () => {
    const journey = edit((draft) => {
      draft.lanes = draft.lanes.filter((lane) => lane.kind !== 'touchpoints');
      draft.notes = draft.notes.filter((entry) => entry.laneId !== 'doing');
    });
    expect(run('stage-without-touchpoints', journey).map((finding) => finding.message)).toEqual([
      'Stage "Discover": the map has no touchpoint lane',
      'Stage "Sign up": the map has no touchpoint lane',
      'Stage "First box": the map has no touchpoint lane',
    ]);
  });
});

describe('negative-without-opportunity', () => {
  it('fires on a negative touchpoint with no opportunity in its stage', () => {
    const journey = edit((draft) => (draft.notes = draft.notes.filter((entry) => entry.id !== 'n4')));
    expect(run('negative-without-opportunity', journey)).toEqual([
      { rule: 'negative-without-opportunity', group: 'completeness', severity: 'error', message: 'Stage "Sign up" has a negative touchpoint and no opportunity', stageId: 'sign-up', laneId: 'ideas', itemIds: ['n2'] },
    ]);
  });
  it('stays quiet when the stage has an opportunity', () => {
    expect(run('negative-without-opportunity', sampleJourney())).toEqual([]);
  });
});

describe('pain-point-without-opportunity', () => {
  it('fires on pain points with no opportunity', () => {
    const journey = edit((draft) => (draft.notes = draft.notes.filter((entry) => entry.id !== 'n4')));
    expect(run('pain-point-without-opportunity', journey)).toEqual([
      { rule: 'pain-point-without-opportunity', group: 'completeness', severity: 'warning', message: 'Stage "Sign up" has a pain point and no opportunity', stageId: 'sign-up', laneId: 'ideas', itemIds: ['n3'] },
    ]);
  });
  it('stays quiet when every pain has an answer', () => {
    expect(run('pain-point-without-opportunity', sampleJourney())).toEqual([]);
  });
});

describe('moment-of-truth-negative', () => {
  it('fires on a negative moment of truth', () => {
    expect(run('moment-of-truth-negative', sampleJourney())).toEqual([
      { rule: 'moment-of-truth-negative', group: 'insight', severity: 'info', message: 'Moment of truth "Fills in a long form" in "Sign up" is negative', stageId: 'sign-up', laneId: 'doing', itemIds: ['n2'] },
    ]);
  });
  it('stays quiet when the moment of truth is fine', () => {
    expect(run('moment-of-truth-negative', edit((draft) => (note(draft, 'n2').valence = 1)))).toEqual([]);
  });
});

describe('emotional-drop', () => {
  it('fires where a fall of 2 or more lands', () => {
    expect(run('emotional-drop', sampleJourney())).toEqual([
      { rule: 'emotional-drop', group: 'insight', severity: 'info', message: 'Mood drops from +1 in "Discover" to −1 in "Sign up"', stageId: 'sign-up', itemIds: ['n2'] },
    ]);
  });
  it('stays quiet on a fall of less than 2', () => {
    expect(run('emotional-drop', edit((draft) => (note(draft, 'n2').valence = 0)))).toEqual([]);
  });
});

describe('lowest-point', () => {
  it('names the stage with the lowest average', () => {
    expect(run('lowest-point', sampleJourney())).toEqual([
      { rule: 'lowest-point', group: 'insight', severity: 'info', message: '"Sign up" is the lowest point of the journey (average -1)', stageId: 'sign-up', itemIds: ['n2'] },
    ]);
  });
  it('stays quiet with fewer than two rated stages', () => {
    expect(run('lowest-point', edit((draft) => draft.notes.forEach((entry) => (entry.valence = entry.id === 'n1' ? 1 : null))))).toEqual([]);
  });
});

describe('per-touchpoint rules', () => {
  it('unrated-touchpoint fires on a touchpoint without valence and stays quiet otherwise', () => {
    const journey = edit((draft) => (note(draft, 'n5').valence = null));
    expect(run('unrated-touchpoint', journey)).toEqual([
      { rule: 'unrated-touchpoint', group: 'completeness', severity: 'warning', message: 'Touchpoint "Box arrives <on time>" in "First box" has no emotion', stageId: 'first-box', laneId: 'doing', itemIds: ['n5'] },
    ]);
    expect(run('unrated-touchpoint', sampleJourney())).toEqual([]);
  });
  it('missing-channel fires on a touchpoint without channel and stays quiet otherwise', () => {
    const journey = edit((draft) => (note(draft, 'n1').channel = null));
    expect(run('missing-channel', journey)).toEqual([
      { rule: 'missing-channel', group: 'completeness', severity: 'info', message: 'Touchpoint "Sees a friend\'s post" in "Discover" has no channel tag', stageId: 'discover', laneId: 'doing', itemIds: ['n1'] },
    ]);
    expect(run('missing-channel', sampleJourney())).toEqual([]);
  });
  it('missing-owner covers touchpoints and opportunities, not thoughts or pains', () => {
    const journey = edit((draft) => (note(draft, 'n4').owner = null));
    expect(run('missing-owner', journey).map((finding) => finding.itemIds[0])).toEqual(['n4', 'n5']);
    expect(run('missing-owner', journey)[0]?.message).toBe('"Sign up with email only" in "Sign up" has no owner tag');
    expect(run('missing-owner', complete())).toEqual([]);
  });
  it('missing-evidence fires on assumptions and stays quiet on researched touchpoints', () => {
    expect(run('missing-evidence', sampleJourney()).map((finding) => finding.itemIds[0])).toEqual(['n2']);
    expect(run('missing-evidence', complete())).toEqual([]);
  });
});

describe('header rules', () => {
  it('persona-incomplete names what is missing and points at the header', () => {
    const journey = edit((draft) => Object.assign(draft.persona, { name: ' ', goals: [], frustrations: [] }));
    expect(run('persona-incomplete', journey)).toEqual([{ rule: 'persona-incomplete', group: 'completeness', severity: 'warning', message: 'The persona lacks a name, goals and frustrations', itemIds: ['persona-text'] }]);
    expect(run('persona-incomplete', sampleJourney())).toEqual([]);
  });
  it('objectives-count fires below 3 and above 5, quiet from 3 to 5', () => {
    expect(run('objectives-count', edit((draft) => (draft.objectives = ['one'])))[0]?.message).toBe('The map has 1 objective; 3 to 5 keep it focused');
    expect(run('objectives-count', edit((draft) => (draft.objectives = ['a', 'b', 'c', 'd', 'e', 'f'])))[0]?.message).toBe('The map has 6 objectives; 3 to 5 keep it focused');
    expect(run('objectives-count', sampleJourney())).toEqual([]);
  });
  it('review-overdue compares the last review plus the cadence with today', () => {
    const journey = sampleJourney(); // reviewed 2026-09-01, quarterly: due 2026-12-01
    expect(run('review-overdue', journey, { ...CONTEXT, today: '2026-12-01' })).toEqual([]);
    expect(run('review-overdue', journey, { ...CONTEXT, today: '2026-12-02' })).toEqual([
      { rule: 'review-overdue', group: 'completeness', severity: 'warning', message: 'Last reviewed 2026-09-01; reviewed quarterly, it was due by 2026-12-01', itemIds: ['persona-text'] },
    ]);
    expect(run('review-overdue', edit((draft) => (draft.review.cadence = null)), { ...CONTEXT, today: '2030-01-01' })).toEqual([]);
  });
});

describe('blueprint-unsupported-step', () => {
  function blueprint(withBackstage: boolean): Journey {
    return edit((draft) => {
      draft.kind = 'service-blueprint';
      draft.lanes.push({ id: 'front', name: 'Frontstage', kind: 'frontstage' }, { id: 'back', name: 'Backstage', kind: 'backstage' });
      const base = { text: 'x', valence: null, channel: null, owner: null, evidence: null, momentOfTruth: false };
      draft.notes.push({ ...base, id: 'f1', stageId: 'discover', laneId: 'front' });
      if (withBackstage) draft.notes.push({ ...base, id: 'b1', stageId: 'discover', laneId: 'back' });
    });
  }
  it('fires on frontstage work with nothing behind it', () => {
    expect(run('blueprint-unsupported-step', blueprint(false))).toEqual([
      { rule: 'blueprint-unsupported-step', group: 'completeness', severity: 'warning', message: 'Stage "Discover" has frontstage work and nothing backstage or in support', stageId: 'discover', laneId: 'back', itemIds: ['f1'] },
    ]);
  });
  it('stays quiet with backstage support, and on maps of other kinds', () => {
    expect(run('blueprint-unsupported-step', blueprint(true))).toEqual([]);
    expect(run('blueprint-unsupported-step', { ...blueprint(false), kind: 'current-state' })).toEqual([]);
  });
});

describe('empty-lane and stray-item', () => {
  it('empty-lane fires on a lane with no sticky, but not on an emotions lane holding the curve', () => {
    const journey = edit((draft) => draft.lanes.push({ id: 'more', name: 'Notes', kind: 'other' }, { id: 'curve', name: 'Emotions', kind: 'emotions' }));
    expect(run('empty-lane', journey, { ...CONTEXT, curveLaneIds: ['curve'] })).toEqual([{ rule: 'empty-lane', group: 'completeness', severity: 'info', message: 'Lane "Notes" holds nothing filled in', laneId: 'more', itemIds: ['more'] }]);
    expect(run('empty-lane', sampleJourney())).toEqual([]);
  });
  it('empty-lane fires on an emotions lane with neither a sticky nor a curve point, advising Refresh curve', () => {
    const journey = edit((draft) => draft.lanes.push({ id: 'curve', name: 'Emotions', kind: 'emotions' }));
    expect(run('empty-lane', journey, { ...CONTEXT, curveLaneIds: [] })).toEqual([
      { rule: 'empty-lane', group: 'completeness', severity: 'info', message: 'Lane "Emotions" holds neither a sticky nor a curve point: Refresh curve (Emotions tab) draws it from the touchpoints', laneId: 'curve', itemIds: ['curve'] },
    ]);
  });
  it('stray-item reports each sticky readback could not place', () => {
    expect(run('stray-item', sampleJourney(), { ...CONTEXT, strayItemIds: ['s1'] })).toEqual([
      { rule: 'stray-item', group: 'completeness', severity: 'warning', message: 'Sticky s1 is in the frame but in no stage and lane', itemIds: ['s1'] },
    ]);
    expect(run('stray-item', sampleJourney())).toEqual([]);
  });
});
