// The journey being edited in the Insert tab, and every edit as a pure step.
import type { Journey, Lane, Persona } from '../../model/journey.ts';
import { laneKindFromName } from '../../model/lane-kinds.ts';

export type ListName = 'stages' | 'lanes';

export type DraftAction =
  | { type: 'reset'; journey: Journey }
  | { type: 'title'; title: string }
  | { type: 'persona'; field: 'name' | 'description'; value: string }
  | { type: 'persona-list'; field: 'goals' | 'motivations' | 'frustrations'; values: string[] }
  | { type: 'objectives'; values: string[] }
  | { type: 'palette'; palette: Journey['palette'] }
  | { type: 'rename'; list: ListName; id: string; name: string }
  | { type: 'add'; list: ListName }
  | { type: 'remove'; list: ListName; id: string }
  | { type: 'move'; list: ListName; id: string; by: -1 | 1 };

/** Text lines of a textarea as list entries: trimmed, blank lines dropped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function freshId(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((entry) => entry.id));
  let index = taken.length + 1;
  while (ids.has(`${prefix}-${index}`)) index++;
  return `${prefix}-${index}`;
}

function moved<T>(list: readonly T[], { index, by }: { index: number; by: -1 | 1 }): T[] {
  const target = index + by;
  if (index < 0 || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}

/** Stage order follows the list: left to right as shown. */
const renumbered = (journey: Journey): Journey => ({ ...journey, stages: journey.stages.map((stage, order) => ({ ...stage, order })) });

function renameLane(lane: Lane, name: string): Lane {
  // A lane the app could not place keeps looking for its kind in its name; a known lane keeps its kind.
  return { ...lane, name, kind: lane.kind === 'other' ? laneKindFromName(name) : lane.kind };
}

function listStep(journey: Journey, action: Extract<DraftAction, { list: ListName }>): Journey {
  const list = journey[action.list];
  switch (action.type) {
    case 'rename':
      return action.list === 'stages'
        ? { ...journey, stages: journey.stages.map((stage) => (stage.id === action.id ? { ...stage, name: action.name } : stage)) }
        : { ...journey, lanes: journey.lanes.map((lane) => (lane.id === action.id ? renameLane(lane, action.name) : lane)) };
    case 'add':
      return action.list === 'stages'
        ? renumbered({ ...journey, stages: [...journey.stages, { id: freshId('stage', list), name: 'New stage', order: list.length }] })
        : { ...journey, lanes: [...journey.lanes, { id: freshId('lane', list), name: 'New lane', kind: 'other' }] };
    case 'remove': {
      const key = action.list === 'stages' ? 'stageId' : 'laneId';
      const rest = { ...journey, notes: journey.notes.filter((note) => note[key] !== action.id) };
      return action.list === 'stages' ? renumbered({ ...rest, stages: journey.stages.filter((stage) => stage.id !== action.id) }) : { ...rest, lanes: journey.lanes.filter((lane) => lane.id !== action.id) };
    }
    case 'move': {
      const index = list.findIndex((entry) => entry.id === action.id);
      return action.list === 'stages' ? renumbered({ ...journey, stages: moved(journey.stages, { index, by: action.by }) }) : { ...journey, lanes: moved(journey.lanes, { index, by: action.by }) };
    }
  }
}

export function draftReducer(journey: Journey, action: DraftAction): Journey {
  switch (action.type) {
    case 'reset':
      return renumbered({ ...action.journey, stages: [...action.journey.stages].sort((a, b) => a.order - b.order) });
    case 'title':
      return { ...journey, title: action.title };
    case 'persona':
    case 'persona-list': {
      const value = action.type === 'persona' ? action.value : action.values;
      const persona: Persona = { ...journey.persona, [action.field]: value };
      return { ...journey, persona };
    }
    case 'objectives':
      return { ...journey, objectives: action.values };
    case 'palette':
      return { ...journey, palette: action.palette };
    default:
      return listStep(journey, action);
  }
}
