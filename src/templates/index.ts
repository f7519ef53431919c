// The presets a map starts from, each a complete example journey.
import type { Journey, JourneyKind } from '../model/journey.ts';
import { JOURNEY_KINDS } from '../model/journey.ts';
import { buildJourney, type PresetSpec } from './build.ts';
import { withKind } from './lanes.ts';
import { b2bSaasPreset } from './presets/b2b-saas.ts';
import { blankPreset } from './presets/blank.ts';
import { eCommercePreset } from './presets/e-commerce.ts';
import { serviceBlueprintPreset } from './presets/service-blueprint.ts';

export { KIND_LANES, lanesForKind, withKind } from './lanes.ts';

export interface Preset {
  id: string;
  label: string;
  /** One line for the picker and `--help`. */
  summary: string;
  journey: Journey;
}

const preset = (spec: PresetSpec, label: string, summary: string): Preset => ({ id: spec.id, label, summary, journey: buildJourney(spec) });

export const PRESETS: readonly Preset[] = [
  preset(blankPreset, 'Blank map', 'the five classic stages, empty lanes to fill in'),
  preset(b2bSaasPreset, 'B2B SaaS: trial to renewal', 'a scheduling tool from free trial to renewal'),
  preset(eCommercePreset, 'E-commerce: first order', 'running shoes from a social ad to a second order'),
  preset(serviceBlueprintPreset, 'Service blueprint', 'passport renewal with frontstage, backstage and support'),
];

export const KINDS: readonly JourneyKind[] = JOURNEY_KINDS;

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((entry) => entry.id === id);
}

/** The preset's journey, as a map of `kind` when given (a fresh copy each time). */
export function presetJourney(id: string, kind?: JourneyKind): Journey | undefined {
  const found = findPreset(id);
  if (found === undefined) return undefined;
  const journey = structuredClone(found.journey);
  return kind === undefined || kind === journey.kind ? journey : withKind(journey, kind);
}
