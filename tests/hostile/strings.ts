// Every string inside a value (keys excluded): where a literal text must turn up.
export function stringsIn(value: unknown, into: string[] = []): string[] {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') into.push(node);
    else if (typeof node === 'object' && node !== null) stack.push(...Object.values(node));
  }
  return into;
}

export const caseTitle = (entry: { name: string; hits: string; frameId?: string }): string =>
  `${entry.name}${entry.frameId === undefined ? '' : ` --frame ${entry.frameId}`}: ${entry.hits}`;
