// The one home of the text the app writes where a person has to fill something
// in (the blank template's persona and objectives, a fix-it's sticky): read back,
// it counts as unfilled, not as content. Listed per language the app writes, with
// the wordings of earlier versions so maps inserted then read the same.
const WORDINGS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'Persona name',
    'who they are, in one line',
    'What they want to achieve',
    'Why it matters to them',
    'What gets in their way',
    'First objective: what should this map help decide?',
    'Second objective',
    'Third objective',
    // Written by earlier versions: the blank template's objectives and the fix-its' stickies.
    'Agree on the journey as customers live it today',
    'Find the moments that hurt most',
    'Pick one opportunity per negative moment',
    'Placeholder: what does the customer do here?',
  ],
};

/** Earlier fix-its wrote "Opportunity: fix "…"" or "Opportunity: answer the negative moment": a prompt, not an idea. */
const PROMPT_PREFIXES = [/^placeholder\s*:/, /^opportunity\s*:\s*(fix\s+["“]|answer the negative moment$)/];

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s.…:!?]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

const KNOWN: ReadonlySet<string> = new Set(Object.values(WORDINGS).flatMap((list) => list.map(normalise)));

/** The blank template's prompts, in the language the app writes. */
export const PLACEHOLDER = {
  personaName: 'Persona name',
  personaDescription: 'who they are, in one line',
  goal: 'What they want to achieve',
  motivation: 'Why it matters to them',
  frustration: 'What gets in their way',
  objectives: ['First objective: what should this map help decide?', 'Second objective', 'Third objective'],
} as const;

/** Whether `text` holds nothing a person wrote: empty, or the app's own placeholder wording. */
export function isPlaceholder(text: string): boolean {
  const normal = normalise(text);
  return normal === '' || KNOWN.has(normal) || PROMPT_PREFIXES.some((prefix) => prefix.test(normal));
}

/** The entries of a list a person actually filled in. */
export const filledEntries = (entries: readonly string[]): string[] => entries.filter((entry) => !isPlaceholder(entry));
