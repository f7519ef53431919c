// Which map a drop from the panel inserts: a preset's element names its
// preset, the preview stands for the map being edited, anything else is no map.
import { describe, expect, it } from 'vitest';
import { droppedJourney } from '../../src/panel/insert/useDropInsert.ts';
import { PRESETS, presetJourney } from '../../src/templates/index.ts';

const element = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null });
const draft = presetJourney(PRESETS[0]?.id ?? 'blank');

describe('droppedJourney', () => {
  it('gives the named preset for a preset chip', () => {
    const id = PRESETS[2]?.id ?? '';
    if (draft === undefined) throw new Error('no draft');
    expect(droppedJourney(element({ 'data-preset': id }), draft)).toEqual(presetJourney(id));
  });

  it('gives the draft for the preview, nothing for an unknown preset or a foreign element', () => {
    if (draft === undefined) throw new Error('no draft');
    expect(droppedJourney(element({ 'data-draft': '' }), draft)).toBe(draft);
    expect(droppedJourney(element({ 'data-preset': 'no-such-preset' }), draft)).toBeUndefined();
    expect(droppedJourney(element({}), draft)).toBeUndefined();
    expect(droppedJourney(null, draft)).toBeUndefined();
    expect(droppedJourney({}, draft)).toBeUndefined();
  });
});
