// The part of `miro.board` this app calls, as one interface with two
// implementations: the real SDK (`miro-board.ts`) and the in-memory board
// (`memory/`). Every prop and item type is cut from `@mirohq/websdk-types`, and
// `miro-board.ts` assigns the real `miro.board` to `BoardPort`, so a signature
// change in the SDK types breaks the type-check instead of the app.
import type {
  AppData,
  AppDataValue,
  Board,
  BoardUI,
  Collection,
  Connector,
  Frame,
  Rect,
  Shape,
  StickyNote,
  Tag,
  Text,
  UserInfo,
} from '@mirohq/websdk-types';

type ItemMethods = 'sync' | 'getMetadata' | 'setMetadata';
type Placed = 'id' | 'type' | 'x' | 'y' | 'parentId';

export type StickyNoteItem = Pick<StickyNote, Placed | 'width' | 'height' | 'shape' | 'content' | 'style' | 'tagIds' | ItemMethods>;
export type ShapeItem = Pick<Shape, Placed | 'width' | 'height' | 'shape' | 'content' | 'style' | 'rotation' | ItemMethods>;
export type TextItem = Pick<Text, Placed | 'width' | 'height' | 'content' | 'style' | 'rotation' | ItemMethods>;
export type ConnectorItem = Pick<Connector, 'id' | 'type' | 'parentId' | 'start' | 'end' | 'shape' | 'style' | ItemMethods>;
export type TagItem = Pick<Tag, 'id' | 'type' | 'title' | 'color' | 'sync'>;
/** Anything else the board holds (images, cards, groups, items of types newer than this app). */
export interface OtherItem {
  readonly id: string;
  readonly type: string;
}
export type FrameItem = Pick<Frame, Placed | 'width' | 'height' | 'title' | 'childrenIds' | 'style' | ItemMethods> & {
  /** Links `item` as a child; it keeps its place on the board, its x/y become frame-relative. */
  add(item: BoardItem): Promise<BoardItem>;
  /** Unlinks a child; it keeps its place on the board, its x/y become board coordinates. */
  remove(item: BoardItem): Promise<void>;
  getChildren(): Promise<BoardItem[]>;
};

/** Any item the board can hand back. `OtherItem` overlaps every type: narrow by `type` and the methods the code calls. */
export type BoardItem = StickyNoteItem | ShapeItem | TextItem | FrameItem | ConnectorItem | TagItem | OtherItem;

export function isFrameItem(item: BoardItem): item is FrameItem {
  return item.type === 'frame' && typeof (item as { add?: unknown }).add === 'function';
}

type PropsOf<K extends keyof Board> = Board[K] extends (props: infer P) => unknown ? NonNullable<P> : never;
export type FrameProps = PropsOf<'createFrame'>;
export type ShapeProps = PropsOf<'createShape'>;
export type TextProps = PropsOf<'createText'>;
export type StickyNoteProps = PropsOf<'createStickyNote'>;
export type TagProps = PropsOf<'createTag'>;
export type ConnectorProps = PropsOf<'createConnector'>;
export type GetFilter = { id: string[] | string } | { type?: string[] | string; tags?: string[] | string };

export type StorageCollection = Collection;

export interface BoardPort {
  createFrame(props: FrameProps): Promise<FrameItem>;
  createShape(props: ShapeProps): Promise<ShapeItem>;
  createText(props: TextProps): Promise<TextItem>;
  createStickyNote(props: StickyNoteProps): Promise<StickyNoteItem>;
  createTag(props: TagProps): Promise<TagItem>;
  createConnector(props: ConnectorProps): Promise<ConnectorItem>;
  get(filter?: GetFilter): Promise<BoardItem[]>;
  getById(id: string): Promise<BoardItem>;
  getSelection(): Promise<BoardItem[]>;
  /** Selects the items matching the filter (the Gaps tab points at a finding's items); no filter: every item. */
  select(filter?: GetFilter): Promise<BoardItem[]>;
  /** No filter: deselects every item. */
  deselect(filter?: GetFilter): Promise<BoardItem[]>;
  remove(item: OtherItem): Promise<void>;
  /** Where a box of this size fits near (x, y), keeping `offset` clear: the answer's x/y are its centre. */
  findEmptySpace(dimensions: Rect & { offset?: number }): Promise<Rect>;
  /** Z-order; both throw with a frame (frames are always at the back). */
  bringToFront(items: OtherItem | OtherItem[]): Promise<void>;
  sendToBack(items: OtherItem | OtherItem[]): Promise<void>;
  /** Who is using the app (checkpoints record who made them). */
  getUserInfo(): Promise<UserInfo>;
  getAppData(key: string): Promise<AppDataValue>;
  setAppData(key: string, value: AppDataValue): Promise<AppData>;
  /** The app's board storage: hints and caches shared by collaborators, never the only copy. */
  readonly storage: { collection(name: string): StorageCollection };
  readonly viewport: {
    get(): Promise<Rect>;
    zoomTo(items: OtherItem | OtherItem[]): Promise<void>;
  };
  readonly notifications: {
    showInfo(message: string): Promise<void>;
    showError(message: string): Promise<void>;
  };
  readonly ui: Pick<BoardUI, 'on' | 'off'>;
}
