// Small boards for the emotion tests: a frame of workshop stickies, built as a
// snapshot (frame-relative children, as the SDK reports them).
import { MemoryBoard, type MemoryBoardOptions } from '../../src/board/memory/memory-board.ts';
import { SNAPSHOT_VERSION, type BoardSnapshot, type SnapshotItem } from '../../src/snapshot/snapshot.ts';

export interface StickySpec {
  text: string;
  color?: string;
  tags?: string[];
}

export function workshopSnapshot(stickies: readonly StickySpec[], extra: SnapshotItem[] = []): BoardSnapshot {
  const tagTitles = [...new Set(stickies.flatMap((sticky) => sticky.tags ?? []))];
  const tagId = (title: string) => `t${tagTitles.indexOf(title) + 1}`;
  const items: SnapshotItem[] = [
    { id: 'f1', type: 'frame', title: 'Workshop', x: 0, y: 0, width: 4000, height: 2000 },
    ...stickies.map((sticky, index) => ({
      id: `s${index + 1}`,
      type: 'sticky_note' as const,
      shape: 'square' as const,
      parentId: 'f1',
      x: 150 + (index % 15) * 250,
      y: 150 + Math.floor(index / 15) * 260,
      width: 199,
      height: 228,
      content: `<p>${sticky.text}</p>`,
      // The whole style the SDK reports, so a sync that changes nothing leaves the snapshot equal.
      style: { fillColor: sticky.color ?? 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' },
      tagIds: (sticky.tags ?? []).map(tagId),
    })),
    ...tagTitles.map((title) => ({ id: tagId(title), type: 'tag' as const, title, color: 'blue' })),
    ...extra,
  ];
  return { version: SNAPSHOT_VERSION, items, metadata: {} };
}

export function boardOf(snapshot: BoardSnapshot, options: MemoryBoardOptions = {}): MemoryBoard {
  return MemoryBoard.fromSnapshot(snapshot, options);
}

/** Sticky id → colour, as the board holds them now. */
export function colours(board: MemoryBoard): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const item of board.allItems()) if (item.type === 'sticky_note') out[item.id] = (item as { style?: { fillColor?: string } }).style?.fillColor;
  return out;
}

export const WORKSHOP: StickySpec[] = [
  { text: 'Charged twice at checkout, furious' },
  { text: 'Pricing page is unclear' },
  { text: 'Opens the app' },
  { text: 'Helpful tooltip' },
  { text: 'Love the one-click reorder, amazing' },
  { text: '😟 Fine I guess' },
  { text: 'Support chat', tags: ['emotion: very positive'] },
  { text: 'Already rated', color: 'red' },
];
