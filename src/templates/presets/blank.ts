// A blank map: the five classic stages and the kind's lanes, ready to fill in a
// workshop. Persona and objectives hold prompts, not data.
import type { PresetSpec } from '../build.ts';

export const blankPreset: PresetSpec = {
  id: 'blank',
  title: 'Customer journey map',
  kind: 'current-state',
  persona: {
    name: 'Persona name',
    description: 'who they are, in one line',
    goals: ['What they want to achieve'],
    motivations: ['Why it matters to them'],
    frustrations: ['What gets in their way'],
  },
  objectives: [
    'Agree on the journey as customers live it today',
    'Find the moments that hurt most',
    'Pick one opportunity per negative moment',
  ],
  review: { lastReviewed: null, cadence: 'quarterly' },
  stages: [{ name: 'Awareness' }, { name: 'Consideration' }, { name: 'Decision' }, { name: 'Purchase' }, { name: 'Loyalty' }],
};
