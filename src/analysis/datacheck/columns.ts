// Which column of an event log is which: detected by synonyms (the names the
// usual analytics, CRM and process-mining exports use), then confirmed or
// changed by the user. Indexes into the header row; -1 when absent.

export const COLUMN_ROLES = ['case', 'activity', 'time', 'channel', 'segment', 'score', 'feedback'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

export const REQUIRED_ROLES: readonly ColumnRole[] = ['case', 'activity', 'time'];

export const COLUMN_SYNONYMS: Readonly<Record<ColumnRole, readonly string[]>> = {
  case: ['case_id', 'case', 'customer_id', 'user_id', 'distinct_id', 'user_pseudo_id', 'amplitude_id', 'contact_id', 'case:concept:name'],
  activity: ['activity', 'event', 'event_name', 'event_type', 'touchpoint', 'page', 'concept:name'],
  time: ['timestamp', 'time', 'event_time', 'event_timestamp', 'created_at', 'date', 'time:timestamp'],
  channel: ['channel', 'platform', 'source', 'medium'],
  segment: ['segment', 'persona', 'cohort'],
  score: ['csat', 'ces', 'nps', 'rating', 'score', 'satisfaction', 'sentiment', 'sentiment_score'],
  feedback: ['comment', 'feedback', 'text', 'body', 'description', 'review', 'ticket_text', 'message'],
};

export type ColumnMap = Record<ColumnRole, number>;

/** `Event Name`, `event-name`, `EVENT_NAME` → `event_name`; Mixpanel's `$time` → `time`. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/^\$/, '')
    .replace(/[\s-]+/g, '_');
}

/** Each role's column: the first synonym (in the table's order of preference) that a header names. */
export function detectColumns(header: readonly string[]): ColumnMap {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const map = {} as ColumnMap;
  for (const role of COLUMN_ROLES) {
    let found = -1;
    for (const synonym of COLUMN_SYNONYMS[role]) {
      const index = keys.findIndex((key, at) => key === synonym && !taken.has(at));
      if (index >= 0) {
        found = index;
        break;
      }
    }
    if (found >= 0) taken.add(found);
    map[role] = found;
  }
  return map;
}

/** The required roles no column was found (or chosen) for. */
export function missingRoles(map: ColumnMap): ColumnRole[] {
  return REQUIRED_ROLES.filter((role) => map[role] < 0);
}
