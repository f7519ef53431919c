// Adds one tag (by title) to several stickies: the tag is found or created,
// each sticky gets its id and is synced, with bounded concurrency and retry on
// the rate limit. Any other failure takes the tag off the stickies it was put
// on and removes a tag this run created, so the board is left as it was.
import { DEFAULT_CONCURRENCY, mapBounded, retryOnRateLimit, type RetryOptions } from './calls.ts';
import { errorMessage } from './errors.ts';
import type { BoardPort, StickyNoteItem, TagItem } from './port.ts';

export interface TagItemsOptions {
  concurrency?: number;
  retry?: RetryOptions;
}

const isSticky = (item: { type: string }): item is StickyNoteItem => item.type === 'sticky_note';

/** Returns the ids of the stickies that got the tag (those that had it already are left alone). */
export async function addTagToItems(board: BoardPort, { title, itemIds }: { title: string; itemIds: readonly string[] }, options: TagItemsOptions = {}): Promise<string[]> {
  const call = <T>(work: () => Promise<T>) => retryOnRateLimit(work, options.retry);
  const limit = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (itemIds.length === 0) return [];
  const [tags, items] = await Promise.all([call(() => board.get({ type: 'tag' })), call(() => board.get({ id: [...itemIds] }))]);
  const existing = tags.find((tag): tag is TagItem => tag.type === 'tag' && (tag as TagItem).title === title);
  const created = existing === undefined ? await call(() => board.createTag({ title, color: 'green' })) : undefined;
  const tagId = (existing ?? created)?.id ?? '';
  const stickies = items.filter(isSticky).filter((sticky) => !sticky.tagIds.includes(tagId));
  const done: StickyNoteItem[] = [];
  try {
    await mapBounded(stickies, limit, async (sticky) => {
      sticky.tagIds = [...sticky.tagIds, tagId];
      await call(() => sticky.sync());
      done.push(sticky);
    });
    return done.map((sticky) => sticky.id);
  } catch (error) {
    const problems: string[] = [];
    const undo = async (work: () => Promise<unknown>) => {
      try {
        await call(work);
      } catch (failure) {
        problems.push(errorMessage(failure));
      }
    };
    await mapBounded(done, limit, (sticky) => undo(() => ((sticky.tagIds = sticky.tagIds.filter((id) => id !== tagId)), sticky.sync())));
    if (created !== undefined) await undo(() => board.remove(created));
    const restored = problems.length === 0 ? 'The board was put back as it was.' : `The board could not be fully put back: ${problems.join('; ')}.`;
    throw new Error(`Could not add the tag "${title}": ${errorMessage(error)}. ${restored}`, { cause: error });
  }
}
