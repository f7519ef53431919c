// The demo's window onto its in-memory board: a React external store that
// re-reads the board on every change (items, selection, viewport,
// notifications), so the drawing follows whatever the panel does.
import type { Rect } from '@mirohq/websdk-types';
import type { MemoryBoard, NotificationRecord } from '../board/memory/memory-board.ts';
import { buildScene, type Drawable } from './scene.ts';
import { countItems } from './snapshot-file.ts';

export interface DemoBoardState {
  scene: Drawable[];
  selected: ReadonlySet<string>;
  viewport: Rect;
  notifications: readonly NotificationRecord[];
  itemCount: number;
}

export class BoardStore {
  private state: DemoBoardState | null = null;
  /** Last drawing of each item, by its content: unchanged items keep their object, so memoised renderers skip them. */
  private drawn = new Map<string, { key: string; drawable: Drawable }>();
  private readonly listeners = new Set<() => void>();

  constructor(readonly board: MemoryBoard) {
    // The store lives exactly as long as its board, so this subscription never outlives either.
    board.subscribe(() => {
      this.state = null;
      for (const listener of [...this.listeners]) listener();
    });
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DemoBoardState => {
    this.state ??= this.read();
    return this.state;
  };

  /** The drawing of the items and the version of the board it shows: a pan, a selection or a storage write leaves it as it is. */
  private drawing: { version: number; scene: Drawable[]; itemCount: number } | null = null;

  private read(): DemoBoardState {
    const { scene, itemCount } = this.currentDrawing();
    return {
      scene,
      itemCount,
      selected: new Set(this.board.selectedIds()),
      viewport: this.board.viewportNow(),
      notifications: [...this.board.notificationLog],
    };
  }

  private currentDrawing(): { scene: Drawable[]; itemCount: number } {
    const version = this.board.itemsVersion();
    if (this.drawing?.version !== version) {
      const items = this.board.allItems();
      this.drawing = { version, scene: this.reuseUnchanged(buildScene(items)), itemCount: countItems(items) };
    }
    return this.drawing;
  }

  private reuseUnchanged(scene: Drawable[]): Drawable[] {
    const drawn = new Map<string, { key: string; drawable: Drawable }>();
    const reused = scene.map((drawable) => {
      const key = JSON.stringify(drawable);
      const previous = this.drawn.get(drawable.id);
      const kept = previous?.key === key ? previous.drawable : drawable;
      drawn.set(drawable.id, { key, drawable: kept });
      return kept;
    });
    this.drawn = drawn;
    return reused;
  }
}
