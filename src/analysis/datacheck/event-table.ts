// Events packed into typed arrays (a few bytes an event, no object per row), so
// millions fit in a panel's Web Worker. Case ids become integers as they are
// read; the strings themselves are dropped when reading ends (`seal`).

/** Names interned to small integers in first-seen order. */
export class Dictionary {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();

  id(name: string): number {
    let id = this.index.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.index.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.names.length;
  }
}

export interface EventColumns {
  caseOf: Int32Array;
  activityOf: Int32Array;
  channelOf: Int32Array;
  segmentOf: Int32Array;
  time: Float64Array;
  /** The score cell as read: a number on the column's own scale; NaN when none. */
  rawScore: Float32Array;
  /** A label score (good/bad, sentiment words) already on −2 … +2; NaN when none. */
  labelScore: Float32Array;
  /** The lexicon score of the feedback text, on −2 … +2; NaN when none. */
  textScore: Float32Array;
}

/** The sealed table: `length` events, dictionaries, and the number of cases (never their ids). */
export interface EventTable extends EventColumns {
  length: number;
  cases: number;
  activities: readonly string[];
  channels: readonly string[];
  segments: readonly string[];
}

function grow<T extends Float64Array | Float32Array | Int32Array>(array: T, size: number): T {
  const next = new (array.constructor as new (size: number) => T)(size);
  next.set(array);
  return next;
}

export interface EventInput {
  caseId: string;
  activity: string;
  time: number;
  channel?: string | undefined;
  segment?: string | undefined;
  rawScore?: number | undefined;
  labelScore?: number | undefined;
  textScore?: number | undefined;
}

export class EventTableBuilder {
  private length = 0;
  private columns: EventColumns;
  private caseIds: Dictionary | undefined = new Dictionary();
  private readonly activities = new Dictionary();
  private readonly channels = new Dictionary();
  private readonly segments = new Dictionary();

  constructor(capacity = 1024) {
    this.columns = {
      caseOf: new Int32Array(capacity),
      activityOf: new Int32Array(capacity),
      channelOf: new Int32Array(capacity),
      segmentOf: new Int32Array(capacity),
      time: new Float64Array(capacity),
      rawScore: new Float32Array(capacity),
      labelScore: new Float32Array(capacity),
      textScore: new Float32Array(capacity),
    };
  }

  add(event: EventInput): void {
    if (this.caseIds === undefined) throw new Error('the event table is sealed');
    if (this.length === this.columns.time.length) this.resize(this.length * 2);
    const at = this.length++;
    const c = this.columns;
    c.caseOf[at] = this.caseIds.id(event.caseId);
    c.activityOf[at] = this.activities.id(event.activity);
    c.channelOf[at] = event.channel === undefined || event.channel === '' ? -1 : this.channels.id(event.channel);
    c.segmentOf[at] = event.segment === undefined || event.segment === '' ? -1 : this.segments.id(event.segment);
    c.time[at] = event.time;
    c.rawScore[at] = event.rawScore ?? Number.NaN;
    c.labelScore[at] = event.labelScore ?? Number.NaN;
    c.textScore[at] = event.textScore ?? Number.NaN;
  }

  private resize(size: number): void {
    const c = this.columns;
    this.columns = {
      caseOf: grow(c.caseOf, size),
      activityOf: grow(c.activityOf, size),
      channelOf: grow(c.channelOf, size),
      segmentOf: grow(c.segmentOf, size),
      time: grow(c.time, size),
      rawScore: grow(c.rawScore, size),
      labelScore: grow(c.labelScore, size),
      textScore: grow(c.textScore, size),
    };
  }

  /** Ends reading: the case id strings are dropped here; only their count remains. */
  seal(): EventTable {
    const cases = this.caseIds?.size ?? 0;
    this.caseIds = undefined;
    return { ...this.columns, length: this.length, cases, activities: this.activities.names, channels: this.channels.names, segments: this.segments.names };
  }
}
