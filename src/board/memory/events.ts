// Board UI events (`selection:update`, `items:create`, `items:delete`,
// `experimental:items:update`) plus the in-memory board's own `memory:change`,
// which fires on every change so the demo can redraw.
type Handler = (payload: unknown) => void;

export class EventHub {
  private readonly handlers = new Map<string, Set<Handler>>();

  on(event: string, handler: Handler): Promise<void> {
    let set = this.handlers.get(event);
    if (set === undefined) this.handlers.set(event, (set = new Set()));
    set.add(handler);
    return Promise.resolve();
  }

  off(event: string, handler: Handler): Promise<void> {
    this.handlers.get(event)?.delete(handler);
    return Promise.resolve();
  }

  emit(event: string, payload: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) {
      try {
        handler(payload);
      } catch (error) {
        // A listener's error is the listener's: in Miro it never fails the
        // SDK call that caused the event. Rethrown outside, so it still shows.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    if (event !== 'memory:change') this.emit('memory:change', payload);
  }
}
