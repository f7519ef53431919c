// A deep copy of plain data (what JSON can hold), for the many small objects
// of a board: each structuredClone call serialises and deserialises its value,
// which made copying a 60,000-sticky board's styles and tag lists take seconds
// in Chromium; walking the values takes a tenth of that.

/**
 * A copy of `value`: arrays and plain objects copied deeply, strings, numbers,
 * booleans and null as they are; anything else (functions, symbols, undefined
 * inside an object) is left out, as JSON would. Keys are copied as own data
 * properties, so a key named "__proto__" stays data.
 */
export function copyData<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if (Array.isArray(value)) return value.map((entry) => copy(entry) ?? null);
  const copied: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const entry = copy((value as Record<string, unknown>)[key]);
    if (entry === undefined) continue;
    if (key === '__proto__') Object.defineProperty(copied, key, { value: entry, enumerable: true, writable: true, configurable: true });
    else copied[key] = entry;
  }
  return copied;
}
