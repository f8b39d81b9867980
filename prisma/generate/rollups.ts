// The target rollups rebuilt on several connections (issue 7: the national generation under 15
// minutes). target_rollups_rebuild() does the same in one transaction on one backend; here the
// chunks (disjoint ranges of unit ids, migration 20261202200000) run side by side, each chunk its own
// transaction, then the levels of the tree and the current figures once. Only for a database nobody
// else writes to (the generator's): between the steps the rollups hold part of the figures.
import type pg from 'pg';

export interface RebuildOptions {
  /** Connections running chunks at the same time (the machine's cores). */
  connections: number;
  /** About this many active members a chunk (target_rebuild_chunks). */
  membersPerChunk: number;
  log?: (line: string) => void;
  /** Rebuild the current figures at the end (default); the generator does it after writing targets, which their lines show. */
  current?: boolean;
}

export interface RebuildTimes {
  chunks: number;
  beginSeconds: number;
  chunksSeconds: number;
  finishSeconds: number;
  currentSeconds: number;
}

const since = (from: number) => (performance.now() - from) / 1000;

export async function rebuildRollupsInParallel(pool: pg.Pool, options: RebuildOptions): Promise<RebuildTimes> {
  const t0 = performance.now();
  await pool.query('SELECT target_rebuild_begin()');
  const { rows: chunks } = await pool.query<{ lo: string; hi: string }>('SELECT lo, hi FROM target_rebuild_chunks($1)', [options.membersPerChunk]);
  const t1 = performance.now();
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (let chunk = chunks[next++]; chunk; chunk = chunks[next++]) {
      await pool.query('SELECT target_rebuild_chunk($1, $2)', [chunk.lo, chunk.hi]);
      done += 1;
      if (done % 10 === 0 && done < chunks.length) options.log?.(`  rollup chunks: ${done} of ${chunks.length} in ${since(t1).toFixed(1)} s`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.connections) }, worker));
  const t2 = performance.now();
  await pool.query('SELECT target_rebuild_finish()');
  const t3 = performance.now();
  if (options.current !== false) await pool.query('SELECT target_current_rebuild()');
  return {
    chunks: chunks.length,
    beginSeconds: (t1 - t0) / 1000,
    chunksSeconds: (t2 - t1) / 1000,
    finishSeconds: (t3 - t2) / 1000,
    currentSeconds: since(t3),
  };
}
