// The stored fields of a new item, from the props the app passes to
// `createFrame`, `createShape`… Each builder enforces the SDK's rules for its
// item type (rules.ts holds the texts) and fills in the SDK's defaults.
import type { ConnectorProps, FrameProps, ShapeProps, StickyNoteProps, TagProps, TextProps } from '../port.ts';
import { textHeight } from './text-height.ts';
import { checkFrameSize, checkPosition, checkTag, checkTagIds, stickySize, type Fields, type TagRegistry } from './apply.ts';
import { BoardRuleError, FRAME_DEFAULT_STYLE, STICKY_DEFAULT_STYLE, ruleText, checkConnectorEnds, checkContent, checkHexColors, checkStickyColor } from './rules.ts';

export const FRAME_DEFAULT_SIZE = { width: 800, height: 600 } as const;
export const SHAPE_DEFAULT_SIZE = { width: 100, height: 100 } as const;
export const TEXT_DEFAULT_WIDTH = 300;

export function frameFields(props: FrameProps): Fields {
  checkPosition(props);
  checkHexColors(props.style);
  const width = props.width ?? FRAME_DEFAULT_SIZE.width;
  const height = props.height ?? FRAME_DEFAULT_SIZE.height;
  checkFrameSize(width, height);
  const style = { ...FRAME_DEFAULT_STYLE, ...props.style };
  return { type: 'frame', title: props.title ?? '', x: props.x ?? 0, y: props.y ?? 0, width, height, childrenIds: [], style };
}

export function shapeFields(props: ShapeProps): Fields {
  checkPosition(props);
  checkContent(props.content);
  checkHexColors(props.style);
  return {
    type: 'shape',
    shape: props.shape ?? 'rectangle',
    x: props.x ?? 0,
    y: props.y ?? 0,
    width: props.width ?? SHAPE_DEFAULT_SIZE.width,
    height: props.height ?? SHAPE_DEFAULT_SIZE.height,
    content: props.content ?? '',
    style: { ...props.style },
  };
}

export function textFields(props: TextProps): Fields {
  checkPosition(props);
  if ((props as Fields).height !== undefined) throw new BoardRuleError(ruleText.textHeight);
  checkContent(props.content);
  checkHexColors(props.style);
  const width = props.width ?? TEXT_DEFAULT_WIDTH;
  const height = textHeight({ content: props.content, width, fontSize: props.style?.fontSize });
  return { type: 'text', x: props.x ?? 0, y: props.y ?? 0, width, height, content: props.content ?? '', style: { ...props.style } };
}

export function stickyFields(props: StickyNoteProps, tags: TagRegistry): Fields {
  checkPosition(props);
  checkContent(props.content);
  checkStickyColor(props.style?.fillColor);
  const shape = props.shape === 'rectangle' ? 'rectangle' : 'square';
  const size = stickySize(shape, props.width, props.height);
  const tagIds = checkTagIds(props.tagIds, tags);
  const style = { ...STICKY_DEFAULT_STYLE, ...props.style };
  return { type: 'sticky_note', shape, x: props.x ?? 0, y: props.y ?? 0, ...size, content: props.content ?? '', style, tagIds };
}

export function tagFields(props: TagProps, tags: TagRegistry): Fields {
  const tag = checkTag(props, tags);
  return { type: 'tag', ...tag };
}

/** Both ends must name an item on the board (`exists` checks it; it throws "Item not found"). */
export function connectorFields(props: ConnectorProps, exists: (id: string) => void): Fields {
  checkConnectorEnds(props.start, props.end, exists);
  return { type: 'connector', shape: props.shape ?? 'curved', start: { ...props.start }, end: { ...props.end }, style: { ...props.style } };
}
