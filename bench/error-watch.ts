// Sees every failed SDK call, on the board and on the items it hands out
// (`frame.add`, `setMetadata` are item methods), without touching the writer:
// the benchmark counts the rate-limit errors the writer had to wait out.

type Callable = (...args: unknown[]) => unknown;

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

function hasMethods(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.values(value).some((field) => typeof field === 'function');
}

/** `target` as it is, except that every rejected call is reported to `onError` (and still rejects). */
export function watchErrors<T extends object>(target: T, onError: (error: unknown) => void): T {
  const wrapResult = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(wrapResult);
    return hasMethods(value) ? watchErrors(value, onError) : value;
  };
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return hasMethods(value) ? watchErrors(value, onError) : value;
      return (...args: unknown[]) => {
        const result = (value as Callable).apply(object, args);
        if (!isThenable(result)) return result;
        return result.then(wrapResult, (error: unknown) => {
          onError(error);
          throw error;
        });
      };
    },
  });
}
