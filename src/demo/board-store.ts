// The demo's window onto its in-memory board: a React external store that
// re-reads the board on every change (items, selection, viewport,
// notifications), so the drawing follows whatever the panel does. The drawing
// of the items is made again only when they change; on a big board it is made
// in slices with task boundaries between them, and the last drawing stays on
// screen meanwhile, so the page never freezes for it (docs/performance.md).
import type { Rect } from '@mirohq/websdk-types';
import type { MemoryBoard, NotificationRecord } from '../board/memory/memory-board.ts';
import { inSlices, SLICE_ITEMS } from '../model/next-task.ts';
import { SceneBuilder, type Drawable } from './scene.ts';
import { countItems } from './snapshot-file.ts';

export interface DemoBoardState {
  scene: Drawable[];
  selected: ReadonlySet<string>;
  viewport: Rect;
  notifications: readonly NotificationRecord[];
  itemCount: number;
}

/** The drawing of the items as they were at one items version of the board. */
interface ItemsDrawing {
  version: number;
  scene: Drawable[];
  itemCount: number;
}

/** Each drawable with its content as text: an unchanged item keeps its object, so memoised renderers skip it. */
type Drawn = Map<string, { key: string; drawable: Drawable }>;

export class BoardStore {
  private state: DemoBoardState | null = null;
  private drawing: ItemsDrawing | null = null;
  private drawn: Drawn = new Map();
  /** The redraw in progress, if any: one at a time, and it draws the newest version when it ends. */
  private redrawing: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(readonly board: MemoryBoard) {
    // The store lives exactly as long as its board, so this subscription never outlives either.
    board.subscribe(() => this.changed());
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): DemoBoardState => {
    this.state ??= this.read();
    return this.state;
  };

  /** Draws the items as they are now, a slice at a time; resolves when `getState` shows them. */
  redraw(): Promise<void> {
    this.redrawing ??= this.drawInSlices().finally(() => (this.redrawing = null));
    return this.redrawing;
  }

  private changed(): void {
    this.state = null;
    for (const listener of [...this.listeners]) listener();
  }

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

  private currentDrawing(): ItemsDrawing {
    const version = this.board.itemsVersion();
    if (this.drawing?.version === version) return this.drawing;
    // A big board keeps its last drawing until the new one is made in slices; a small one is drawn at once.
    if (this.drawing !== null && this.drawing.itemCount > SLICE_ITEMS) {
      void this.redraw();
      return this.drawing;
    }
    const items = this.board.itemsToRead();
    const builder = new SceneBuilder(items);
    builder.add(items);
    const drawn: Drawn = new Map();
    this.drawing = { version, scene: this.reuseUnchanged(builder.scene(), drawn), itemCount: countItems(items) };
    this.drawn = drawn;
    return this.drawing;
  }

  private async drawInSlices(): Promise<void> {
    while (this.drawing?.version !== this.board.itemsVersion()) {
      const version = this.board.itemsVersion();
      const items = this.board.itemsToRead();
      const builder = new SceneBuilder(items);
      await inSlices(items, (slice) => builder.add(slice));
      const drawn: Drawn = new Map();
      const scene: Drawable[] = [];
      await inSlices(builder.scene(), (slice) => {
        for (const drawable of this.reuseUnchanged(slice, drawn)) scene.push(drawable);
      });
      // Items changed while this drawing was made: draw again, from the newest items.
      if (version !== this.board.itemsVersion()) continue;
      this.drawing = { version, scene, itemCount: countItems(items) };
      this.drawn = drawn;
      this.changed();
    }
  }

  /** The drawables, each replaced by its last drawing when its content is the same; `drawn` records them for the next time. */
  private reuseUnchanged(scene: readonly Drawable[], drawn: Drawn): Drawable[] {
    return scene.map((drawable) => {
      const key = JSON.stringify(drawable);
      const previous = this.drawn.get(drawable.id);
      const kept = previous?.key === key ? previous.drawable : drawable;
      drawn.set(drawable.id, { key, drawable: kept });
      return kept;
    });
  }
}
