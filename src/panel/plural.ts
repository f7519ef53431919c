// "1 note", "3 notes": a count with its noun, for the panel's and the demo's messages.
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
