// Step 1: which events are which touchpoints. In order: `event:` tags
// (certain), the saved mapping (certain), then suggestions by text similarity:
// ≥ autoMatch accepted automatically (marked, undoable), ≥ suggestMatch offered
// for confirmation, below that unmatched. A name that fits touchpoints in two
// stages is asked, never guessed.
import type { DataMap } from './data-map.ts';
import { fitsEventTag } from './data-map.ts';
import type { DataCheckSettings } from './defaults.ts';
import { normalise, similarity } from './normalise.ts';

export type MatchStatus = 'explicit' | 'saved' | 'auto' | 'suggested' | 'ambiguous' | 'unmatched';

export interface MappingEntry {
  activity: string;
  status: MatchStatus;
  /** The touchpoint the events count for; null when they count for none (yet). */
  touchpointId: string | null;
  /** The best candidate for `suggested`, and each stage's best for `ambiguous`. */
  candidates: { touchpointId: string; score: number }[];
}

/** Activity → touchpoint id, or null for "confirmed: no touchpoint". */
export type SavedMapping = Readonly<Record<string, string | null>>;

export interface ActivityFacts {
  name: string;
  /** The channel most of its events carry, lowercased; null when none. */
  channel: string | null;
}

type Settings = Pick<DataCheckSettings, 'autoMatch' | 'suggestMatch' | 'channelBonus'>;

function explicitMatch(activity: string, map: DataMap): MappingEntry | null {
  const hits = map.touchpoints.filter((point) => point.events.some((tag) => fitsEventTag(activity, tag)));
  if (hits.length === 0) return null;
  const stages = new Set(hits.map((point) => point.stage));
  const candidates = hits.map((point) => ({ touchpointId: point.id, score: 1 }));
  if (stages.size > 1) return { activity, status: 'ambiguous', touchpointId: null, candidates };
  return { activity, status: 'explicit', touchpointId: hits[0]?.id ?? null, candidates };
}

/** Scores of one activity against every touchpoint, best first. */
export function scoreCandidates(activity: ActivityFacts, { map, settings }: { map: DataMap; settings: Settings }): { touchpointId: string; stage: number; score: number }[] {
  const words = normalise(activity.name);
  return map.touchpoints
    .map((point) => {
      const bonus = activity.channel !== null && activity.channel === point.channel ? settings.channelBonus : 0;
      return { touchpointId: point.id, stage: point.stage, score: Math.min(1, similarity(words, normalise(point.text)) + bonus) };
    })
    .sort((a, b) => b.score - a.score);
}

function suggestedMatch(activity: ActivityFacts, { map, settings }: { map: DataMap; settings: Settings }): MappingEntry {
  const scored = scoreCandidates(activity, { map, settings });
  const best = scored[0];
  if (best === undefined || best.score < settings.suggestMatch) return { activity: activity.name, status: 'unmatched', touchpointId: null, candidates: [] };
  // Another stage's touchpoint at the same level of certainty: ask.
  const level = best.score >= settings.autoMatch ? settings.autoMatch : settings.suggestMatch;
  const rival = scored.find((entry) => entry.stage !== best.stage && entry.score >= level && best.score - entry.score < 0.1);
  const pick = ({ touchpointId, score }: { touchpointId: string; score: number }) => ({ touchpointId, score: Math.round(score * 1000) / 1000 });
  if (rival !== undefined) return { activity: activity.name, status: 'ambiguous', touchpointId: null, candidates: [pick(best), pick(rival)] };
  if (best.score >= settings.autoMatch) return { activity: activity.name, status: 'auto', touchpointId: best.touchpointId, candidates: [pick(best)] };
  return { activity: activity.name, status: 'suggested', touchpointId: null, candidates: [pick(best)] };
}

/** The mapping of every activity; `saved` holds earlier confirmations (per frame). */
export function mapActivities(activities: readonly ActivityFacts[], { map, saved, settings }: { map: DataMap; saved: SavedMapping; settings: Settings }): MappingEntry[] {
  const known = new Set(map.touchpoints.map((point) => point.id));
  return activities.map((activity) => {
    const explicit = explicitMatch(activity.name, map);
    if (explicit !== null) return explicit;
    if (Object.hasOwn(saved, activity.name)) {
      const target = saved[activity.name] ?? null;
      // A saved target whose sticky is gone is suggested afresh.
      if (target === null || known.has(target)) return { activity: activity.name, status: 'saved', touchpointId: target, candidates: [] };
    }
    return suggestedMatch(activity, { map, settings });
  });
}

/** Activity index → touchpoint index (-1: counts for none), for the aggregation. */
export function touchpointIndexOf(entries: readonly MappingEntry[], { activities, map }: { activities: readonly string[]; map: DataMap }): Int32Array {
  const pointIndex = new Map(map.touchpoints.map((point, index) => [point.id, index]));
  const byName = new Map(entries.map((entry) => [entry.activity, entry.touchpointId]));
  return Int32Array.from(activities, (name) => pointIndex.get(byName.get(name) ?? '') ?? -1);
}
