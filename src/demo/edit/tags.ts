// A sticky's tags: add one by title (the board's tag with that title, or a
// new one), remove one. Through the board interface, like every demo edit.
import type { StickyNoteItem } from '../../board/port.ts';
import type { Edit, EditContext } from './edits.ts';

async function sticky(context: EditContext, id: string): Promise<StickyNoteItem> {
  const item = await context.port.getById(context.ids.resolve(id));
  if (item.type !== 'sticky_note' || !('tagIds' in item)) throw new Error('Only sticky notes carry tags here');
  return item as StickyNoteItem;
}

async function setTagIds(context: EditContext, id: string, tagIds: string[]): Promise<void> {
  const item = await sticky(context, id);
  item.tagIds = tagIds;
  await item.sync();
}

async function tagIdFor(context: EditContext, title: string): Promise<string> {
  const tags = await context.port.get({ type: 'tag' });
  const found = tags.find((tag) => 'title' in tag && tag.title === title);
  return found?.id ?? (await context.port.createTag({ title })).id;
}

async function change(context: EditContext, id: string, next: (before: string[]) => string[], label: string): Promise<Edit | undefined> {
  const before = [...(await sticky(context, id)).tagIds];
  const after = next(before);
  if (after.length === before.length && after.every((tagId, index) => tagId === before[index])) return undefined;
  await setTagIds(context, id, after);
  return { label, undo: () => setTagIds(context, id, before), redo: () => setTagIds(context, id, after) };
}

export async function addTag(context: EditContext, id: string, title: string): Promise<Edit | undefined> {
  const trimmed = title.trim();
  if (trimmed === '') return undefined;
  const tagId = await tagIdFor(context, trimmed);
  return change(context, id, (before) => (before.includes(tagId) ? before : [...before, tagId]), `tag “${trimmed}”`);
}

export function removeTag(context: EditContext, id: string, tagId: string): Promise<Edit | undefined> {
  return change(context, id, (before) => before.filter((entry) => entry !== tagId), 'tag removal');
}
