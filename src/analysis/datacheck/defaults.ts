// Every number of the data check, named: the defaults of the specification
// (docs/data-check.md). Each is settable (panel, `journey-map datacheck --set`)
// and every report prints the values it ran with.

export interface DataCheckSettings {
  /** Events at most this far apart are simultaneous: never an order violation. */
  simultaneitySeconds: number;
  /** A gap longer than this starts a new journey instance. */
  windowDays: number;
  /** Suggested matches scoring at least this are accepted automatically. */
  autoMatch: number;
  /** Matches scoring at least this (below `autoMatch`) are offered for confirmation. */
  suggestMatch: number;
  /** Added to a match when the event's channel equals the sticky's `channel:` tag. */
  channelBonus: number;
  /** Mapping coverage below this raises `low-mapping-coverage`. */
  lowMappingCoverage: number;
  /** A tagged channel carrying less than this share of its touchpoint's events raises `channel-mismatch`. */
  channelShare: number;
  /** A mapped touchpoint seen in fewer than this share of instances is unseen. */
  unseenCoverage: number;
  /** An unmapped activity seen in at least this share of instances is a hidden touchpoint. */
  hiddenCoverage: number;
  /** …and in at least this many instances. */
  hiddenMinInstances: number;
  /** At most this many hidden touchpoints are reported, by coverage. */
  hiddenMax: number;
  /** Order deviations are looked for between touchpoints with at least this coverage. */
  deviationCoverage: number;
  /** Share of instances with B's first event before A's that raises `order-deviation`. */
  deviationShare: number;
  /** Step conversion below this raises `stage-drop-off` (warning). */
  dropWarning: number;
  /** Step conversion below this makes `stage-drop-off` an error. */
  dropError: number;
  /** Observed and assumed valence this far apart raise `valence-mismatch`. */
  valenceGap: number;
  /** Below this n a finding is never raised ("low n"). */
  minN: number;
  /** Below this n a count is shown as "<5" and never written to the board. */
  suppressN: number;
  /** A file with more than this share of bad rows is refused. */
  maxBadRowShare: number;
  /** `accept as evidence` tags touchpoints seen in at least this share of instances (n ≥ minN). */
  evidenceCoverage: number;
}

export const DATA_CHECK_DEFAULTS: Readonly<DataCheckSettings> = Object.freeze({
  simultaneitySeconds: 2,
  windowDays: 30,
  autoMatch: 0.8,
  suggestMatch: 0.55,
  channelBonus: 0.05,
  lowMappingCoverage: 0.5,
  channelShare: 0.2,
  unseenCoverage: 0.01,
  hiddenCoverage: 0.05,
  hiddenMinInstances: 10,
  hiddenMax: 10,
  deviationCoverage: 0.05,
  deviationShare: 0.2,
  dropWarning: 0.5,
  dropError: 0.25,
  valenceGap: 1,
  minN: 30,
  suppressN: 5,
  maxBadRowShare: 0.05,
  evidenceCoverage: 0.05,
});

export const SETTING_NAMES = Object.keys(DATA_CHECK_DEFAULTS) as (keyof DataCheckSettings)[];

/** `name=value` → a settings override; an unknown name or a non-number is the returned error text. */
export function parseSetting(text: string): { ok: true; name: keyof DataCheckSettings; value: number } | { ok: false; error: string } {
  const match = /^([a-zA-Z]+)=(.+)$/.exec(text.trim());
  if (match === null) return { ok: false, error: `expected name=value, got "${text}"` };
  const name = SETTING_NAMES.find((known) => known === match[1]);
  if (name === undefined) return { ok: false, error: `unknown setting "${match[1]}"; settings: ${SETTING_NAMES.join(', ')}` };
  const value = Number(match[2]);
  if (!Number.isFinite(value) || value < 0) return { ok: false, error: `${name}: expected a number ≥ 0, got "${match[2]}"` };
  return { ok: true, name, value };
}
