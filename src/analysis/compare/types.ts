// What comparing two maps hands back (docs/compare-review.md, "The comparison engine").
import type { Journey, LaneKind, Note, Valence } from '../../model/journey.ts';
import type { CompareThresholds } from './thresholds.ts';

/** What the board says beyond the journey, for one side of the comparison. */
export interface SideLinks {
  /** After-map note id → the id of the sticky the app copied it from (item metadata). */
  lineage?: Readonly<Record<string, string>>;
  /** Note id → the values of its `addresses: …` tags. */
  addresses?: Readonly<Record<string, readonly string[]>>;
  /** Pairs of item ids joined by a connector. */
  connectors?: readonly (readonly [string, string])[];
}

export interface CompareInput {
  before: Journey;
  after: Journey;
  /** The after map's links (lineage, `addresses:` tags, connectors). */
  links?: SideLinks;
  /** Compare maps made for different personas all the same. */
  force?: boolean;
  thresholds?: Partial<CompareThresholds>;
}

export type StageStatus = 'same' | 'renamed' | 'added' | 'removed';

export interface StagePair {
  beforeId: string | null;
  afterId: string | null;
  status: StageStatus;
}

export interface LanePair {
  kind: LaneKind;
  beforeId: string;
  afterId: string;
  name: string;
}

export const CHANGE_KINDS = ['text', 'valence', 'channel', 'owner', 'moved'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type MatchedBy = 'lineage' | 'id' | 'text' | 'moved';

export interface NotePair {
  before: Note;
  after: Note;
  by: MatchedBy;
  /** Matched on text between the reworded and same-stage thresholds: "reworded, check". */
  reworded: boolean;
  changes: ChangeKind[];
}

export interface TouchpointChange {
  change: 'added' | 'removed' | 'changed';
  /** The index of the row of `stages` it is counted in: the after stage's, or the before stage's for a removal. */
  row: number;
  /** That row's stage name. */
  stage: string;
  beforeId: string | null;
  afterId: string | null;
  text: string;
  lane: LaneKind;
  changes: ChangeKind[];
  valenceBefore: Valence;
  valenceAfter: Valence;
  reworded: boolean;
}

export interface Mood {
  /** Mean valence of the rated touchpoints; null with none rated. */
  mean: number | null;
  rated: number;
  unrated: number;
}

export interface StageComparison {
  name: string;
  previousName: string | null;
  status: StageStatus;
  beforeId: string | null;
  afterId: string | null;
  before: Mood;
  after: Mood;
  /** After mean − before mean; null unless both sides have rated touchpoints. */
  delta: number | null;
  added: number;
  removed: number;
  changed: number;
  changedBy: Record<ChangeKind, number>;
}

export type AddressedBy = 'valence-rose' | 'opportunity-tag' | 'connector' | 'removed-mood-held';

export interface PainOutcome {
  id: string;
  text: string;
  stage: string;
  /** How it was addressed; null when it was not. */
  addressedBy: AddressedBy | null;
}

export interface Regression {
  kind: 'valence-fell' | 'new-negative';
  beforeId: string | null;
  afterId: string;
  text: string;
  stage: string;
  valenceBefore: Valence;
  valenceAfter: Valence;
}

export interface Comparison {
  before: { id: string; title: string; kind: Journey['kind'] };
  after: { id: string; title: string; kind: Journey['kind']; palette: Journey['palette'] };
  /** Persona names differed and the comparison was forced. */
  personasDiffer: boolean;
  stages: StageComparison[];
  lanes: { shared: LanePair[]; onlyBefore: string[]; onlyAfter: string[] };
  changes: TouchpointChange[];
  pains: { total: number; addressed: number; outcomes: PainOutcome[] };
  regressions: Regression[];
  totals: { added: number; removed: number; changed: number; unratedBefore: number; unratedAfter: number };
}

export type CompareResult = { ok: true; comparison: Comparison } | { ok: false; reason: 'personas-differ'; message: string };
