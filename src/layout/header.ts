// The header above the grid: persona, objectives, the review line and the
// legend, with the text of src/model/header-text.ts (what the readback parses).
import { legendLines, objectivesLines, personaLines, reviewLine } from '../model/header-text.ts';
import { textToHtml } from '../model/html.ts';
import type { Journey } from '../model/journey.ts';
import { PALETTE_COLORS, UNRATED_COLOR, VALENCE_EMOJI, VALENCE_LABELS, VALENCE_LEVELS, type StickyColor } from '../model/valence.ts';
import { STICKY_HEX } from '../model/sticky-hex.ts';
import { INK } from './colors.ts';
import { GAP, PAD } from './geometry.ts';
import type { PlanItem, PlanShape, PlanText } from './plan.ts';
import { maxOf } from '../model/arrays.ts';

export const PERSONA_WIDTH = 900;
export const OBJECTIVES_WIDTH = 700;
export const LEGEND_WIDTH = 320;
export const SWATCH_HEIGHT = 46;
export const SWATCH_GAP = 10;
const BODY_FONT = 20;
const TITLE_FONT = 24;

/**
 * A generous height for a text item: the board sizes text items itself, so the
 * layout reserves room for every line wrapping at ~0.6 em per character.
 */
export function textHeight(lines: readonly string[], { width, fontSize }: { width: number; fontSize: number }): number {
  const wrapped = lines.reduce((sum, line) => sum + Math.max(1, Math.ceil((textToHtml(line).length * fontSize * 0.6) / width)), 0);
  return Math.ceil(wrapped * fontSize * 1.5);
}

function textItem(options: { key: PlanText['kind']; lines: string[]; left: number; top: number; width: number; fontSize: number }): PlanText {
  const height = textHeight(options.lines, options);
  return {
    type: 'text',
    kind: options.key,
    key: options.key,
    box: { x: options.left + options.width / 2, y: options.top + height / 2, width: options.width, height },
    content: textToHtml(options.lines.join('\n')),
    style: { fontSize: options.fontSize, textAlign: 'left', color: INK },
  };
}

function swatch({ key, color, label, top, left }: { key: string; color: StickyColor; label: string; top: number; left: number }): PlanShape {
  return {
    type: 'shape',
    kind: 'legend-swatch',
    key: `legend:${key}`,
    shape: 'round_rectangle',
    box: { x: left + LEGEND_WIDTH / 2, y: top + SWATCH_HEIGHT / 2, width: LEGEND_WIDTH, height: SWATCH_HEIGHT },
    content: textToHtml(label),
    style: { fillColor: STICKY_HEX[color], borderColor: INK, color: INK, fontSize: 16, textAlign: 'left' },
  };
}

/** The legend: its title, then one swatch per level (+2 first) and the unrated default. */
function legend(journey: Journey, left: number): PlanItem[] {
  const title = textItem({ key: 'legend', lines: legendLines(journey.palette), left, top: PAD, width: LEGEND_WIDTH, fontSize: BODY_FONT });
  let top = PAD + title.box.height + SWATCH_GAP;
  const swatches: PlanShape[] = [];
  for (const level of [...VALENCE_LEVELS].reverse()) {
    const label = `${VALENCE_EMOJI[`${level}`]} ${VALENCE_LABELS[`${level}`]}`;
    swatches.push(swatch({ key: String(level), color: PALETTE_COLORS[journey.palette][`${level}`], label, top, left }));
    top += SWATCH_HEIGHT + SWATCH_GAP;
  }
  swatches.push(swatch({ key: 'unrated', color: UNRATED_COLOR, label: 'Unrated (default colour)', top, left }));
  return [title, ...swatches];
}

export interface Header {
  items: PlanItem[];
  right: number;
  bottom: number;
}

export function headerFor(journey: Journey): Header {
  const persona = textItem({ key: 'persona', lines: personaLines(journey.persona), left: PAD, top: PAD, width: PERSONA_WIDTH, fontSize: TITLE_FONT });
  const objectivesLeft = PAD + PERSONA_WIDTH + GAP;
  const objectives = textItem({ key: 'objectives', lines: objectivesLines(journey.objectives), left: objectivesLeft, top: PAD, width: OBJECTIVES_WIDTH, fontSize: BODY_FONT });
  const reviewTop = PAD + Math.max(persona.box.height, objectives.box.height) + GAP / 2;
  const review = textItem({ key: 'review', lines: [reviewLine(journey.kind, journey.review)], left: PAD, top: reviewTop, width: PERSONA_WIDTH + GAP + OBJECTIVES_WIDTH, fontSize: BODY_FONT });
  const legendLeft = objectivesLeft + OBJECTIVES_WIDTH + GAP * 2;
  const legendItems = legend(journey, legendLeft);
  const items = [persona, objectives, review, ...legendItems];
  return { items, right: legendLeft + LEGEND_WIDTH, bottom: maxOf(items.map((item) => item.box.y + item.box.height / 2)) };
}
