// `journey-map template <preset> [--kind K] [-o out.json]`: the board snapshot
// that inserting the preset into an empty board gives, made by the same layout
// and writer as the panel, on the in-memory board.
import { writePlan } from '../board/writer.ts';
import { MemoryBoard } from '../board/memory/memory-board.ts';
import { serializeSnapshot } from '../snapshot/snapshot.ts';
import { layoutJourney } from '../layout/layout.ts';
import { journeyKindSchema, JOURNEY_KINDS, type JourneyKind } from '../model/journey.ts';
import { PRESETS, presetJourney } from '../templates/index.ts';
import { emit, UsageError, valueAfter, type CliCommand } from './io.ts';

const usage = [
  'Usage: journey-map template <preset> [--kind K] [-o out.json]',
  '',
  'Writes the board snapshot (JSON) that inserting the preset into an empty board gives.',
  '',
  'Presets:',
  ...PRESETS.map((preset) => `  ${preset.id.padEnd(18)} ${preset.summary}`),
  '',
  `Kinds (--kind): ${JOURNEY_KINDS.join(', ')}`,
  '',
  'Options:',
  '  --kind K        lay the preset out as a map of kind K (default: the preset\'s own)',
  '  -o, --out FILE  write the snapshot to FILE instead of stdout',
  '',
].join('\n');

interface TemplateArgs {
  preset: string;
  kind?: JourneyKind;
  out?: string;
}

function parseTemplateArgs(args: readonly string[]): TemplateArgs {
  const positional: string[] = [];
  let kind: JourneyKind | undefined;
  let out: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--kind') {
      const parsed = journeyKindSchema.safeParse(valueAfter(args, { at: index++, flag: arg }));
      if (!parsed.success) throw new UsageError(`unknown kind "${args[index] ?? ''}"; kinds: ${JOURNEY_KINDS.join(', ')}`);
      kind = parsed.data;
    } else if (arg === '-o' || arg === '--out') {
      out = valueAfter(args, { at: index++, flag: arg });
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"; see journey-map template --help`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new UsageError(`expected one preset (${PRESETS.map((preset) => preset.id).join(', ')}), got ${positional.length}`);
  return { preset: positional[0] ?? '', ...(kind === undefined ? {} : { kind }), ...(out === undefined ? {} : { out }) };
}

export const templateCommand: CliCommand = {
  summary: 'write the board snapshot of a preset map inserted into an empty board',
  usage,
  run: async (args, io) => {
    const parsed = parseTemplateArgs(args);
    const journey = presetJourney(parsed.preset, parsed.kind);
    if (journey === undefined) throw new UsageError(`unknown preset "${parsed.preset}"; presets: ${PRESETS.map((preset) => preset.id).join(', ')}`);
    const board = new MemoryBoard();
    const result = await writePlan(board, layoutJourney(journey));
    for (const warning of result.warnings) io.stderr(`journey-map template: warning: ${warning}\n`);
    await emit(serializeSnapshot(board.toSnapshot()), { output: parsed.out, io });
    return 0;
  },
};
