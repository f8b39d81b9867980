type Messages = { [key: string]: string | Messages };

/** Deep-merges message files; two files may add keys under the same namespace (e.g. `errors`). */
export function mergeMessages(...parts: Messages[]): Messages {
  const result: Messages = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = result[key];
      if (typeof value === 'object' && typeof existing === 'object') result[key] = mergeMessages(existing, value);
      else if (existing !== undefined) throw new Error(`message key "${key}" is defined twice`);
      else result[key] = value;
    }
  }
  return result;
}
