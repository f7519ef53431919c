// Undo of a delete makes a new item (the SDK cannot bring one back), so it has
// a new id. Edits remember the ids they were made with; this map follows each
// to the item that stands for it now.
export class IdMap {
  private readonly now = new Map<string, string>();

  resolve(id: string): string {
    const seen = new Set<string>();
    let current = id;
    while (this.now.has(current) && !seen.has(current)) {
      seen.add(current);
      current = this.now.get(current) ?? current;
    }
    return current;
  }

  /** `oldId`'s item was made again as `newId`. */
  alias(oldId: string, newId: string): void {
    if (oldId !== newId) this.now.set(oldId, newId);
  }
}
