// Which tags a plan needs, which already exist on the board (reused by title),
// and which cannot be had within Miro's limits (8 a sticky, 100 a board).
import type { BoardPlan } from '../layout/plan.ts';
import { MOMENT_OF_TRUTH_TAG, TAG_PREFIXES } from '../model/markers.ts';
import { MAX_TAG_TITLE_LENGTH, MAX_TAGS_PER_BOARD, MAX_TAGS_PER_ITEM as MAX_TAGS_PER_STICKY } from './limits.ts';
import type { BoardItem, TagProps } from './port.ts';

export interface TagNeeds {
  /** Title → id of a tag already on the board. */
  existing: Map<string, string>;
  /** Tags to create, in the order the plan first uses them. */
  toCreate: NewTag[];
  /** Per sticky plan key: the titles it keeps (at most 8, each existing or created). */
  perSticky: Map<string, string[]>;
  warnings: string[];
}

type TagColor = NonNullable<TagProps['color']>;
export type NewTag = TagProps & { title: string };

function colorFor(title: string): TagColor {
  if (title === MOMENT_OF_TRUTH_TAG) return 'red';
  if (title.startsWith(TAG_PREFIXES.channel)) return 'blue';
  if (title.startsWith(TAG_PREFIXES.owner)) return 'violet';
  if (title.startsWith(TAG_PREFIXES.evidence)) return 'dark_green';
  return 'gray';
}

function existingTags(items: readonly BoardItem[]): Map<string, string> {
  const byTitle = new Map<string, string>();
  for (const item of items) {
    const title = (item as { title?: unknown }).title;
    if (item.type === 'tag' && typeof title === 'string' && !byTitle.has(title)) byTitle.set(title, item.id);
  }
  return byTitle;
}

export function tagNeeds(plan: BoardPlan, boardItems: readonly BoardItem[]): TagNeeds {
  const existing = existingTags(boardItems);
  const room = Math.max(0, MAX_TAGS_PER_BOARD - boardItems.filter((item) => item.type === 'tag').length);
  const created = new Set<string>();
  const refused = new Set<string>();
  const perSticky = new Map<string, string[]>();
  const warnings: string[] = [];
  const fit = (title: string) => {
    if (title.length <= MAX_TAG_TITLE_LENGTH) return title;
    const cut = title.slice(0, MAX_TAG_TITLE_LENGTH).trim();
    const warning = `tag "${cut}…" cut to ${MAX_TAG_TITLE_LENGTH} characters (Miro's limit); the rest was: "${title.slice(cut.length).trim()}"`;
    if (!warnings.includes(warning)) warnings.push(warning);
    return cut;
  };
  for (const child of plan.children) {
    if (child.type !== 'sticky_note') continue;
    const unique = [...new Set(child.tagTitles.map(fit))];
    if (unique.length > MAX_TAGS_PER_STICKY) {
      warnings.push(`${child.key}: kept ${MAX_TAGS_PER_STICKY} of ${unique.length} tags (a sticky holds at most ${MAX_TAGS_PER_STICKY}); dropped ${unique.slice(MAX_TAGS_PER_STICKY).map((t) => `"${t}"`).join(', ')}`);
    }
    const kept: string[] = [];
    for (const title of unique.slice(0, MAX_TAGS_PER_STICKY)) {
      if (!existing.has(title) && !created.has(title)) {
        if (created.size >= room) {
          if (!refused.has(title)) warnings.push(`tag "${title}" not created: the board would hold more than ${MAX_TAGS_PER_BOARD} tags`);
          refused.add(title);
          continue;
        }
        created.add(title);
      }
      kept.push(title);
    }
    perSticky.set(child.key, kept);
  }
  return { existing, toCreate: [...created].map((title) => ({ title, color: colorFor(title) })), perSticky, warnings };
}
