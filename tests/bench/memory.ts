// The portal server's memory as the kernel sees it: resident set (RSS) of the server process and
// any processes it started, sampled while an operation runs, so a stream that buffers shows up as a
// rising peak (Linux /proc; elsewhere the figures read as unavailable).
import { readFileSync } from 'node:fs';

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** Resident memory of the process and its descendants, in MB. */
export function treeRssMb(pid: number): number {
  return [pid, ...descendants(pid)].reduce((sum, p) => sum + statusKb(p, 'VmRSS'), 0) / 1024;
}

export interface MemorySample {
  baselineMb: number;
  peakMb: number;
  /** The highest sample of the first third of the run: a stream's memory should not grow past it. */
  earlyPeakMb: number;
  samples: number;
}

/** Samples the tree's RSS every `everyMs` from now until stop(); the baseline is the first sample. */
export function sampleRss(pid: number, everyMs = 50) {
  const started = performance.now();
  const samples: { at: number; mb: number }[] = [{ at: 0, mb: treeRssMb(pid) }];
  const timer = setInterval(() => samples.push({ at: performance.now() - started, mb: treeRssMb(pid) }), everyMs);
  return {
    stop(): MemorySample {
      clearInterval(timer);
      const elapsed = performance.now() - started;
      samples.push({ at: elapsed, mb: treeRssMb(pid) });
      const peak = (list: typeof samples) => Math.max(...list.map((s) => s.mb));
      return { baselineMb: samples[0].mb, peakMb: peak(samples), earlyPeakMb: peak(samples.filter((s) => s.at <= elapsed / 3)), samples: samples.length };
    },
  };
}
