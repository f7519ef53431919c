// The app's board storage, `miro.board.storage.collection(name)` (docs/miro-board.md,
// "Metadata and storage"): get/set/remove/onValue/offValue, 64 KB per key, each
// call a credited SDK call. `onValue` fires at once with the current value and
// then for every change, for every subscriber (in Miro: every collaborator's
// panel). Whether concurrent writers resolve as "last write wins" is
// unverified; here writes apply in call order, which is that answer.
import type { Collection, Json } from '@mirohq/websdk-types';
import { MAX_STORAGE_VALUE_BYTES } from '../limits.ts';
import type { CallGate } from './gate.ts';
import { BoardRuleError, jsonBytes, ruleText } from './rules.ts';

type ValueHandler = (value: Json | undefined, version: string) => void;

export class MemoryStorage {
  private readonly handlers = new Map<string, Set<ValueHandler>>();
  private version = 0;

  constructor(
    private readonly gate: CallGate,
    private readonly data: () => Map<string, Map<string, Json>>,
    /** Told after every write (the demo page keeps the collections across reloads). */
    private readonly onWrite: () => void = () => undefined,
  ) {}

  collection(name: string): Collection {
    const call = <T>(method: string, work: () => T) => this.gate.run(`storage.${method}`, undefined, work);
    return {
      get: <T extends Json>(key: string) => call('get', () => this.read(name, key) as T | undefined),
      set: (key: string, value: Json) => call('set', () => this.write(name, key, value)),
      remove: (key: string) => call('remove', () => this.write(name, key, undefined)),
      onValue: <T extends Json = Json>(key: string, handler: (value: T | undefined, version: string) => void) =>
        call('onValue', () => {
          const own = handler as ValueHandler;
          this.subscribers(name, key).add(own);
          own(this.read(name, key), String(this.version));
        }),
      offValue: <T extends Json = Json>(key: string, handler: (value: T | undefined, version: string) => void) =>
        call('offValue', () => void this.subscribers(name, key).delete(handler as ValueHandler)),
    };
  }

  private read(name: string, key: string): Json | undefined {
    const value = this.data().get(name)?.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  private write(name: string, key: string, value: Json | undefined): void {
    if (value !== undefined && jsonBytes(value) > MAX_STORAGE_VALUE_BYTES) throw new BoardRuleError(ruleText.storageLimit('storage'));
    const collections = this.data();
    let values = collections.get(name);
    if (value === undefined) values?.delete(key);
    else {
      if (values === undefined) collections.set(name, (values = new Map()));
      values.set(key, structuredClone(value));
    }
    if (values?.size === 0) collections.delete(name);
    this.version += 1;
    this.onWrite();
    for (const handler of [...this.subscribers(name, key)]) handler(this.read(name, key), String(this.version));
  }

  private subscribers(name: string, key: string): Set<ValueHandler> {
    // JSON of the pair: no separator a name or key could contain makes two pairs collide.
    const id = JSON.stringify([name, key]);
    let set = this.handlers.get(id);
    if (set === undefined) this.handlers.set(id, (set = new Set()));
    return set;
  }
}
