// The "From data" frame as a board plan: one proposed sticky per hidden
// touchpoint ("Compare plans · 30% of customers · usually after Pricing page"),
// for a person to drag into the map where it belongs. Activities seen in fewer
// than `suppressN` journeys never reach the board. The first child is a text,
// so the annex hint has an item that can hold metadata (frames cannot).
import type { BoardPlan, PlanChild } from '../../layout/plan.ts';
import { textToHtml } from '../../model/html.ts';
import type { DataCheckResult } from './data-check.ts';
import type { DataMap } from './data-map.ts';

export const FROM_DATA_TITLE = 'From data';
/** The hint on the frame's first child: marks it as this map's "From data" frame, for "Clear data check". */
export const FROM_DATA_HINT_KEY = 'journeyMapFromData';

const PAD = 80;
const STICKY = 240;
const STEP = 300;
const PER_ROW = 5;
const INTRO_HEIGHT = 120;

/** "compare_plans", "comparePlans", "compare-plans" → "Compare plans": the sticky should read like the map's own. */
export function activityLabel(activity: string): string {
  const words = activity
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_\-./:]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
  const joined = words.join(' ');
  return joined === '' ? activity : joined.charAt(0).toUpperCase() + joined.slice(1);
}

/** The proposed stickies' texts, most common first; hidden touchpoints below the suppression threshold are left out. */
export function fromDataTexts(result: DataCheckResult, map: DataMap): string[] {
  const textOf = (id: string) => map.touchpoints.find((point) => point.id === id)?.text ?? null;
  return result.hidden
    .filter((entry) => entry.instances >= result.settings.suppressN)
    .map((entry) => {
      const after = entry.afterId === null ? null : textOf(entry.afterId);
      const parts = [activityLabel(entry.activity), `${Math.round(entry.coverage * 100)}% of customers`];
      if (after !== null) parts.push(`usually after ${after}`);
      return parts.join(' · ');
    });
}

/** The frame, or null when the data proposes nothing (nothing is written then). */
export function fromDataPlan(result: DataCheckResult, map: DataMap): BoardPlan | null {
  const texts = fromDataTexts(result, map);
  if (texts.length === 0) return null;
  const columns = Math.min(PER_ROW, texts.length);
  const rows = Math.ceil(texts.length / PER_ROW);
  const width = Math.max(800, PAD * 2 + STEP * columns);
  const intro: PlanChild = {
    type: 'text',
    kind: 'data-check',
    key: 'fd:intro',
    box: { x: width / 2, y: PAD + 40, width: width - 2 * PAD, height: 80 },
    content: textToHtml(`${FROM_DATA_TITLE}: what customers do that the map lacks.\nDrag a sticky into the map where it belongs.`),
    style: { fontSize: 24, textAlign: 'left', color: '#1a1a1a' },
  };
  const stickies: PlanChild[] = texts.map((content, index) => ({
    type: 'sticky_note',
    kind: 'sticky',
    key: `fd:sticky:${index}`,
    box: { x: PAD + STEP * (index % PER_ROW) + STEP / 2, y: PAD + INTRO_HEIGHT + STEP * Math.floor(index / PER_ROW) + STEP / 2, width: STICKY, height: STICKY },
    content: textToHtml(content),
    style: { fillColor: 'light_yellow' },
    tagTitles: [],
    noteId: `from-data-${index}`,
    stageId: '',
    laneId: '',
  }));
  return { frame: { title: `${FROM_DATA_TITLE}: proposed touchpoints`, width, height: PAD * 2 + INTRO_HEIGHT + STEP * rows }, children: [intro, ...stickies] };
}
