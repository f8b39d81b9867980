// CPU time the portal server spent (user + system, the process and its children), from Linux /proc.
// Divided by the requests served in between, it is the app tier's cost per request: a figure that a
// busy machine disturbs far less than wall-clock times (elsewhere it reads as unavailable: NaN).
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { descendants } from './memory';
import { summarise, timeRuns, type Summary } from './measure';

// USER_HZ: the unit of /proc's CPU times, 100 on every Linux architecture Node runs on.
const TICKS_PER_SECOND = 100;

function processCpuTicks(pid: number): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return NaN;
  }
}

/** CPU milliseconds the server process tree has used so far. */
export function serverCpuMs(pid: number): number {
  return ([pid, ...descendants(pid)].reduce((sum, p) => sum + processCpuTicks(p), 0) * 1000) / TICKS_PER_SECOND;
}

/**
 * Times `runs` serial requests after the warm-up ones (timeRuns) and adds the server's CPU ms per
 * timed request: the warm-up requests, which load and compile the route's modules on a fresh
 * server, are left out of the CPU figure as they are of the times.
 */
export async function timeRunsWithCpu(pid: number, runs: number, once: (i: number) => Promise<unknown>): Promise<Summary> {
  let before = NaN;
  const samples = await timeRuns(runs, async (i) => {
    if (i === 0) before = serverCpuMs(pid);
    await once(i);
  });
  return { ...summarise(samples), cpuMs: runs > 0 ? (serverCpuMs(pid) - before) / runs : NaN };
}

/** A load run of `n` requests with the server's CPU ms per request added. */
export async function withServerCpu<T extends { n: number }>(pid: number, run: () => Promise<T>): Promise<T & { cpuMs: number }> {
  const before = serverCpuMs(pid);
  const result = await run();
  return { ...result, cpuMs: result.n > 0 ? (serverCpuMs(pid) - before) / result.n : NaN };
}

/**
 * What the app tier alone allows on this machine, from the server's CPU per request: requests/s if
 * every core did nothing but render (the database, the balancer and the bench's own client take their
 * share too, so the real figure is lower), the shortest latency `workers` clients back to back can see
 * (each request waits for the ones queued before it), and the cores a target rate would need.
 */
export function appTierBound(
  cpuMs: number | undefined,
  target: { perSecond?: number; workers?: number; latency?: { label: string; ms: number }; framework?: number },
): string {
  if (cpuMs === undefined || !Number.isFinite(cpuMs) || cpuMs <= 0) return 'server CPU not measured';
  const cores = availableParallelism();
  const ceiling = (cores * 1000) / cpuMs;
  const parts = [`app-tier ceiling here: ${ceiling.toFixed(0)} requests/s (${cores} cores × 1000 / ${cpuMs.toFixed(0)} ms of server CPU per request)`];
  // The framework floor: what a page that reads nothing costs this server, so what no work of ours can go below.
  if (target.framework !== undefined && Number.isFinite(target.framework) && target.framework > 0) {
    parts.push(`a page that reads nothing costs ${target.framework.toFixed(0)} ms of it here (at most ${((cores * 1000) / target.framework).toFixed(0)} such pages/s on ${cores} cores)`);
  }
  if (target.perSecond) parts.push(`${target.perSecond}/s needs at least ${Math.ceil((target.perSecond * cpuMs) / 1000)} cores of app servers`);
  if (target.workers && target.latency) {
    const floorMs = (target.workers * cpuMs) / cores;
    parts.push(`${target.workers} clients back to back wait about ${floorMs.toFixed(0)} ms a request for the CPU alone; a ${target.latency.label} of ${target.latency.ms} ms needs at least ${Math.ceil((target.workers * cpuMs) / target.latency.ms)} cores`);
  }
  return parts.join('; ');
}
