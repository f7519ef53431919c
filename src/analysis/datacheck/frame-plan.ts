// The "Data check" frame as a board plan, beside the map: the source and its
// numbers, one reach bar per stage in stage order ("62% · n=1,240 · ▼18 pts"),
// customers' curve (dashed) beside the map's own (frame-curve.ts), the hidden
// touchpoints and the worst order deviations as text. Counts below the
// suppression threshold never reach the board. Bars and curve points are
// shapes without text, so readback never takes the frame for a journey map.
import type { BoardPlan, PlanChild } from '../../layout/plan.ts';
import { append } from '../../model/arrays.ts';
import { textToHtml } from '../../model/html.ts';
import type { DataCheckResult } from './data-check.ts';
import type { DataMap } from './data-map.ts';
import { DATA_BLUE, dataCheckCurves } from './frame-curve.ts';
import { shownCount } from './privacy.ts';

export const DATA_CHECK_TITLE = 'Data check';
/** The frame's metadata hint: marks it as the data check of one map frame, for "Clear data check". */
export const DATA_CHECK_HINT_KEY = 'journeyMapDataCheck';

const COLUMN = 320;
const PAD = 80;
const BAR_MAX = 400;
const CURVE_HEIGHT = 400;
const INK = '#1a1a1a';

const pct = (share: number) => `${Math.round(share * 100)}%`;

function text({ key, lines, box }: { key: string; lines: string[]; box: { x: number; y: number; width: number } }): PlanChild {
  return { type: 'text', kind: 'data-check', key, box: { ...box, height: 40 * lines.length }, content: textToHtml(lines.join('\n')), style: { fontSize: 24, textAlign: 'left', color: INK } };
}

function stageLabel(result: DataCheckResult, index: number): string {
  const stage = result.stages[index];
  if (stage === undefined || stage.instances < result.settings.suppressN) return 'too few journeys to show';
  const previous = result.stages[index - 1];
  const drop = previous === undefined || previous.instances < result.settings.suppressN ? '' : ` · ▼${Math.max(0, Math.round((previous.reach - stage.reach) * 100))} pts`;
  return `${pct(stage.reach)} · n=${stage.instances.toLocaleString('en-US')}${drop}`;
}

function listLines(result: DataCheckResult, map: DataMap): string[] {
  const textOf = (id: string | null) => map.touchpoints.find((point) => point.id === id)?.text ?? '?';
  const hidden = result.hidden.filter((entry) => entry.instances >= result.settings.suppressN).map((entry) => `• ${entry.activity}: ${pct(entry.coverage)} of journeys${entry.afterId === null ? '' : `, usually after ${textOf(entry.afterId)}`}`);
  const deviations = result.deviations
    .filter((entry) => entry.both >= result.settings.minN && entry.share >= result.settings.deviationShare)
    .slice(0, 5)
    .map((entry) => `• ${textOf(entry.thenId)} before ${textOf(entry.firstId)} in ${pct(entry.share)} of ${entry.both.toLocaleString('en-US')} journeys`);
  return [
    'Customers also do (not on the map):',
    ...(hidden.length === 0 ? ['• nothing common enough to show'] : hidden),
    '',
    'Out of the map\'s order:',
    ...(deviations.length === 0 ? ['• no common deviation'] : deviations),
  ];
}

export function dataCheckFramePlan(result: DataCheckResult, map: DataMap): BoardPlan {
  const width = Math.max(1600, PAD * 2 + COLUMN * map.stages.length);
  const range = result.window.from === null ? 'pre-aggregated' : `${result.window.from} to ${result.window.to}`;
  const count = (n: number) => shownCount(n, result.settings.suppressN);
  const summary = [`${DATA_CHECK_TITLE}: ${result.source}`, `${range} · ${count(result.instances)} journeys · ${count(result.events)} events · mapping coverage ${pct(result.mappingCoverage)}`];
  const children: PlanChild[] = [text({ key: 'dc:summary', lines: summary, box: { x: width / 2, y: PAD + 40, width: width - 2 * PAD } })];
  const barsBottom = PAD + 200 + BAR_MAX;
  map.stages.forEach((stage, index) => {
    const x = PAD + COLUMN * index + COLUMN / 2;
    const reach = result.stages[index]?.instances ?? 0;
    const share = reach < result.settings.suppressN ? 0 : (result.stages[index]?.reach ?? 0);
    const height = Math.max(8, Math.round(BAR_MAX * share));
    children.push({ type: 'shape', kind: 'data-bar', key: `dc:bar:${stage.id}`, shape: 'rectangle', box: { x, y: barsBottom - height / 2, width: COLUMN - 80, height }, content: '', style: { fillColor: DATA_BLUE, borderColor: DATA_BLUE, color: INK, fontSize: 14, textAlign: 'center' } });
    children.push(text({ key: `dc:reach:${stage.id}`, lines: [stage.name, stageLabel(result, index)], box: { x, y: barsBottom + 70, width: COLUMN - 40 } }));
  });
  const curves = dataCheckCurves(result, map, { top: barsBottom + 160, height: CURVE_HEIGHT, columnX: (index) => PAD + COLUMN * index + COLUMN / 2 });
  let below = barsBottom + 140;
  if (curves !== null) {
    append(children, curves.points);
    const legendTop = barsBottom + 160 + CURVE_HEIGHT + 20;
    children.push(text({ key: 'dc:legend', lines: curves.legend, box: { x: width / 2, y: legendTop + 20 * curves.legend.length, width: width - 2 * PAD } }));
    below = legendTop + 40 * curves.legend.length + 20;
  }
  const lines = listLines(result, map);
  children.push(text({ key: 'dc:lists', lines, box: { x: width / 2, y: below + 40 + 20 * lines.length, width: width - 2 * PAD } }));
  // Connectors last: the writer creates a link once both its ends exist.
  if (curves !== null) append(children, curves.links);
  return { frame: { title: `${DATA_CHECK_TITLE}: ${result.source}`, width, height: below + 120 + 40 * lines.length }, children };
}
