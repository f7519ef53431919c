// Step 1 of the data check: normalising, scoring and mapping events to
// touchpoints, calibrated on a labelled set of event-name / sticky-text pairs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataMap } from '../../src/analysis/datacheck/data-map.ts';
import { DATA_CHECK_DEFAULTS } from '../../src/analysis/datacheck/defaults.ts';
import { mapActivities } from '../../src/analysis/datacheck/matching.ts';
import { bigramDice, normalise, similarity, tokenJaccard } from '../../src/analysis/datacheck/normalise.ts';

interface Pair {
  event: string;
  sticky: string;
  same: boolean;
}

const PAIRS: Pair[] = JSON.parse(readFileSync(join(import.meta.dirname, 'labelled-matches.json'), 'utf8'));

const score = (pair: Pair) => similarity(normalise(pair.event), normalise(pair.sticky));

function precisionAt(threshold: number): { accepted: number; precision: number; recall: number } {
  const accepted = PAIRS.filter((pair) => score(pair) >= threshold);
  const right = accepted.filter((pair) => pair.same).length;
  return { accepted: accepted.length, precision: right / accepted.length, recall: right / PAIRS.filter((pair) => pair.same).length };
}

describe('matching events to stickies', () => {
  it('keeps a labelled set of at least 50 pairs, both kinds', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(50);
    expect(PAIRS.filter((pair) => !pair.same).length).toBeGreaterThanOrEqual(20);
  });

  it('is precise at the automatic level (≥ 0.95) and offers most true pairs at the suggestion level', () => {
    const auto = precisionAt(DATA_CHECK_DEFAULTS.autoMatch);
    const suggested = precisionAt(DATA_CHECK_DEFAULTS.suggestMatch);
    console.log(`auto ≥ ${DATA_CHECK_DEFAULTS.autoMatch}: ${auto.accepted} pairs, precision ${auto.precision.toFixed(2)}, recall ${auto.recall.toFixed(2)}; suggest ≥ ${DATA_CHECK_DEFAULTS.suggestMatch}: precision ${suggested.precision.toFixed(2)}, recall ${suggested.recall.toFixed(2)}`);
    expect(auto.precision).toBeGreaterThanOrEqual(0.95);
    expect(auto.recall).toBeGreaterThanOrEqual(0.4);
    expect(suggested.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('splits camelCase, snake_case, kebab-case, dots and URL slashes; drops ids, numbers and stop words', () => {
    expect(normalise('checkoutStarted')).toEqual(['checkout', 'start']);
    expect(normalise('https://shop.example.com/pricing/plans?id=8f3a9c21d0')).toEqual(['pric', 'plan']);
    expect(normalise('step-2.payment_form')).toEqual(['step', 'payment', 'form']);
    expect(normalise('Signs up for the newsletter')).toEqual(['register', 'newsletter']);
    expect(normalise('Buys a basket')).toEqual(normalise('purchase cart'));
  });

  it('scores the larger of bigram Dice and token Jaccard', () => {
    expect(tokenJaccard(['a', 'b'], ['b', 'c'])).toBeCloseTo(1 / 3);
    expect(bigramDice(['night'], ['nacht'])).toBeCloseTo(0.25);
    expect(similarity([], [])).toBe(0);
  });
});

const MAP: DataMap = {
  frameId: 'f',
  palette: 'classic',
  persona: '',
  stages: [
    { id: 's0', name: 'Consider' },
    { id: 's1', name: 'Buy' },
  ],
  touchpoints: [
    { id: 'pricing', stage: 0, text: 'Pricing page', channel: 'web', valence: null, events: [], untracked: false },
    { id: 'pay', stage: 1, text: 'Pays', channel: 'web', valence: null, events: ['checkout_*', 'payment_done'], untracked: false },
    { id: 'cart', stage: 1, text: 'Adds to basket', channel: 'app', valence: null, events: [], untracked: false },
    { id: 'help0', stage: 0, text: 'Contacts support', channel: 'chat', valence: null, events: ['help'], untracked: false },
    { id: 'help1', stage: 1, text: 'Contacts support', channel: 'chat', valence: null, events: ['help'], untracked: false },
  ],
};

describe('mapping activities', () => {
  const run = (names: string[], saved = {}) => mapActivities(names.map((name) => ({ name, channel: null })), { map: MAP, saved, settings: DATA_CHECK_DEFAULTS });

  it('takes event tags first, with a trailing * as a prefix wildcard, ignoring case', () => {
    expect(run(['Checkout_Started', 'payment_done', 'payment_donex']).map((entry) => [entry.status, entry.touchpointId])).toEqual([
      ['explicit', 'pay'],
      ['explicit', 'pay'],
      ['unmatched', null],
    ]);
  });

  it('asks, never guesses, when a name fits touchpoints in two stages', () => {
    const [entry] = run(['help']);
    expect(entry).toEqual({ activity: 'help', status: 'ambiguous', touchpointId: null, candidates: [{ touchpointId: 'help0', score: 1 }, { touchpointId: 'help1', score: 1 }] });
    expect(run(['contact_support'])[0]?.status).toBe('ambiguous');
  });

  it('uses the saved mapping, including "no touchpoint", and re-suggests when the saved sticky is gone', () => {
    const entries = run(['view_pricing', 'add_to_cart', 'x_event'], { view_pricing: null, add_to_cart: 'deleted-sticky', x_event: 'pricing' });
    expect(entries.map((entry) => [entry.status, entry.touchpointId])).toEqual([
      ['saved', null],
      ['auto', 'cart'],
      ['saved', 'pricing'],
    ]);
  });

  it('accepts ≥ 0.80 automatically, suggests 0.55–0.80 for confirmation, adds 0.05 for the same channel', () => {
    const map = (channel: string | null) => mapActivities([{ name: 'adds_basket_now', channel }], { map: MAP, saved: {}, settings: DATA_CHECK_DEFAULTS })[0];
    expect(map(null)).toEqual({ activity: 'adds_basket_now', status: 'suggested', touchpointId: null, candidates: [{ touchpointId: 'cart', score: 0.778 }] });
    expect(map('app')).toEqual({ activity: 'adds_basket_now', status: 'auto', touchpointId: 'cart', candidates: [{ touchpointId: 'cart', score: 0.828 }] });
    expect(mapActivities([{ name: 'weather_widget', channel: null }], { map: MAP, saved: {}, settings: DATA_CHECK_DEFAULTS })[0]?.status).toBe('unmatched');
  });
});
