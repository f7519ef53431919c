// The model as its versioned JSON file (what the panel's JSON import reads back).
import { toJourneyFile } from '../model/journey-file.ts';
import type { Journey } from '../model/journey.ts';

export function journeyJson(journey: Journey): string {
  return `${JSON.stringify(toJourneyFile(journey), null, 2)}\n`;
}
