// Whole-database invariants of membership, checked after a sequence of writes.
import { db } from '@/lib/db';

/** People with more than one open membership period (must be none). */
export async function doubleOpenMemberships(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT member_id FROM memberships WHERE left_on IS NULL GROUP BY member_id HAVING count(*) > 1) x`;
  return Number(row.n);
}

/** Units whose counters differ from a recount of open periods (must be none). */
export async function counterMismatches(): Promise<number[]> {
  const rows = await db.$queryRaw<{ unit_id: number }[]>`
    SELECT u.id AS unit_id FROM units u LEFT JOIN unit_counters c ON c.unit_id = u.id
    LEFT JOIN (SELECT m.unit_id, count(*) AS n, count(*) FILTER (WHERE p.gender = 'female') AS w
               FROM memberships m JOIN members p ON p.id = m.member_id WHERE m.left_on IS NULL GROUP BY m.unit_id) r ON r.unit_id = u.id
    WHERE COALESCE(c.active_members, 0) <> COALESCE(r.n, 0) OR COALESCE(c.active_women, 0) <> COALESCE(r.w, 0)`;
  return rows.map((r) => r.unit_id);
}

/** Runs `work` while sampling the process's resident memory; returns its result, the time and the peak growth. */
export async function measured<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started, peakMb: Math.round((peak - base) / 1e6) };
  } finally {
    clearInterval(sampler);
  }
}
