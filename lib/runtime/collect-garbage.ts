/**
 * A full garbage collection, when the server runs with `--expose-gc` (SERVER_NODE_FLAGS in
 * lib/runtime/instances.ts; without the flag this does nothing). V8 collects lazily: the garbage of a
 * long import or export otherwise stays as the server's resident memory (BENCHMARKS.md). A
 * collection takes a fraction of a second; the routes call it a few times in a job of minutes.
 */
export const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();
