// Timing helpers of the benchmark: percentiles, repeated runs, and a fixed-concurrency load loop.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** The portal server's CPU ms per request over these runs (pages and actions only; cpu.ts). */
  cpuMs?: number;
}

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/** Runs `once` `warmup` times untimed, then `runs` times, and returns the durations in ms. */
export async function timeRuns(runs: number, once: (i: number) => Promise<unknown>, warmup = Number(process.env.BENCH_WARMUP ?? 3)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await once(-1 - i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export interface LoadResult extends Summary {
  perSecond: number;
  errors: number;
}

/** `workers` loops calling `once` until `seconds` have passed; throughput and latency of the calls. */
export async function loadRun(workers: number, seconds: number, once: (worker: number, i: number) => Promise<boolean>): Promise<LoadResult> {
  const samples: number[] = [];
  let errors = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i++) {
        const t = performance.now();
        const ok = await once(worker, i).catch(() => false);
        samples.push(performance.now() - t);
        if (!ok) errors += 1;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { ...summarise(samples), perSecond: samples.length / elapsed, errors };
}

export const ms = (value: number) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(0)) : '—');
