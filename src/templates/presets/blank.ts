// A blank map: the five classic stages and the kind's lanes, ready to fill in a
// workshop. Persona and objectives hold the app's placeholders (model/placeholders.ts),
// which the gap check reads as unfilled.
import { PLACEHOLDER } from '../../model/placeholders.ts';
import type { PresetSpec } from '../build.ts';

export const blankPreset: PresetSpec = {
  id: 'blank',
  title: 'Customer journey map',
  kind: 'current-state',
  persona: {
    name: PLACEHOLDER.personaName,
    description: PLACEHOLDER.personaDescription,
    goals: [PLACEHOLDER.goal],
    motivations: [PLACEHOLDER.motivation],
    frustrations: [PLACEHOLDER.frustration],
  },
  objectives: [...PLACEHOLDER.objectives],
  review: { lastReviewed: null, cadence: 'quarterly' },
  stages: [{ name: 'Awareness' }, { name: 'Consideration' }, { name: 'Decision' }, { name: 'Purchase' }, { name: 'Loyalty' }],
};
