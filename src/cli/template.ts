// `journey-map template <preset> [--kind K] [-o out.json]` and
// `template --from journey.json|notes.csv`: the board snapshot that inserting
// the preset (or the imported journey) into an empty board gives, made by the
// same import, layout and writer as the panel's Insert tab, on the in-memory board.
import { journeyKindSchema, JOURNEY_KINDS, type Journey, type JourneyKind } from '../model/journey.ts';
import { serializeSnapshot } from '../snapshot/snapshot.ts';
import { PRESETS, presetJourney, withKind } from '../templates/index.ts';
import { emit, UsageError, valueAfter, type CliCommand, type CliIO } from './io.ts';
import { journeySnapshot, parseJourneyText } from './journey-board.ts';
import { readText } from './snapshot-args.ts';

const usage = [
  'Usage: journey-map template <preset> [--kind K] [-o out.json]',
  '       journey-map template --from journey.json|notes.csv [--kind K] [-o out.json]',
  '',
  'Writes the board snapshot (JSON) that inserting the preset, or the imported',
  'journey, into an empty board gives, laid out as the Insert tab would.',
  '',
  'Presets:',
  ...PRESETS.map((preset) => `  ${preset.id.padEnd(18)} ${preset.summary}`),
  '',
  `Kinds (--kind): ${JOURNEY_KINDS.join(', ')}`,
  '',
  'Options:',
  '  --from FILE     import FILE instead of a preset: the model JSON the panel downloads',
  '                  (or `export --format json` writes), or a CSV of notes (.csv, .tsv, .txt)',
  '                  with the columns stage, lane, text, valence, channel, owner, evidence',
  '  --kind K        lay the map out as kind K (default: its own)',
  '  -o, --out FILE  write the snapshot to FILE instead of stdout',
  '',
].join('\n');

interface TemplateArgs {
  preset?: string;
  from?: string;
  kind?: JourneyKind;
  out?: string;
}

function parseTemplateArgs(args: readonly string[]): TemplateArgs {
  const positional: string[] = [];
  const parsed: TemplateArgs = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--kind') {
      const kind = journeyKindSchema.safeParse(valueAfter(args, { at: index++, flag: arg }));
      if (!kind.success) throw new UsageError(`unknown kind "${args[index] ?? ''}"; kinds: ${JOURNEY_KINDS.join(', ')}`);
      parsed.kind = kind.data;
    } else if (arg === '-o' || arg === '--out') {
      parsed.out = valueAfter(args, { at: index++, flag: arg });
    } else if (arg === '--from') {
      parsed.from = valueAfter(args, { at: index++, flag: arg });
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option "${arg}"; see journey-map template --help`);
    } else {
      positional.push(arg);
    }
  }
  const presets = PRESETS.map((preset) => preset.id).join(', ');
  if (parsed.from !== undefined && positional.length > 0) throw new UsageError(`a preset or --from FILE, not both (got "${positional[0] ?? ''}" and --from ${parsed.from})`);
  if (parsed.from === undefined && positional.length !== 1) throw new UsageError(`expected one preset (${presets}) or --from FILE, got ${positional.length}`);
  return positional.length === 1 ? { ...parsed, preset: positional[0] ?? '' } : parsed;
}

async function journeyFor(parsed: TemplateArgs, io: CliIO): Promise<Journey> {
  if (parsed.from === undefined) {
    const journey = presetJourney(parsed.preset ?? '', parsed.kind);
    if (journey === undefined) throw new UsageError(`unknown preset "${parsed.preset ?? ''}"; presets: ${PRESETS.map((preset) => preset.id).join(', ')}`);
    return journey;
  }
  const journey = await parseJourneyText(await readText(parsed.from, io), parsed.from);
  return parsed.kind === undefined || parsed.kind === journey.kind ? journey : withKind(journey, parsed.kind);
}

export const templateCommand: CliCommand = {
  summary: 'write the board snapshot of a preset or an imported journey inserted into an empty board',
  usage,
  run: async (args, io) => {
    const parsed = parseTemplateArgs(args);
    const { snapshot, warnings } = await journeySnapshot(await journeyFor(parsed, io));
    for (const warning of warnings) io.stderr(`journey-map template: warning: ${warning}\n`);
    await emit(serializeSnapshot(snapshot), { output: parsed.out, io });
    return 0;
  },
};
