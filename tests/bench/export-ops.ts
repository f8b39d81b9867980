// Exporting a province's members to .xlsx through the streamed export route, as its staff: time to
// the first byte, the whole download, and the server's resident memory sampled while it streams
// (a stream that held its rows would grow with them; a streamed one stays flat after it starts).
import { chunksOf } from './client';
import { sampleRss } from './memory';
import type { Bench } from './context';

/** How much the server may grow after the first third of the download and still count as flat. */
const LATE_GROWTH_MB = 64;

export async function benchExport(b: Bench) {
  const { report, users } = b;
  const root = users.province.path;
  const [{ total }] = await b.q<{ total: string }>(`SELECT COALESCE(SUM(c.active_members), 0) AS total FROM units d JOIN unit_counters c ON c.unit_id = d.id WHERE d.path ~>=~ $1 AND d.path ~<~ $2`, [root, `${root}:`]);
  // Warm, as every other figure is: the route's first call loads its modules. Abandoned after its first bytes.
  const warm = await fetch(`${b.baseUrl}/members/export`, { headers: { cookie: b.cookie('bench.province') } });
  if (warm.body) {
    const reader = warm.body.getReader();
    await reader.read();
    await reader.cancel();
  }
  const memory = sampleRss(b.serverPid);
  const started = performance.now();
  const response = await fetch(`${b.baseUrl}/members/export`, { headers: { cookie: b.cookie('bench.province') } });
  let firstByteMs = NaN;
  let bytes = 0;
  if (response.status === 200 && response.body) {
    for await (const chunk of chunksOf(response.body)) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.byteLength;
    }
  }
  const totalMs = performance.now() - started;
  const mem = memory.stop();
  const ok = response.status === 200 && bytes > 0;
  const rows = Number(total);
  report.operation(`export the province's ${rows.toLocaleString('en')} members to .xlsx (streamed route)`, {
    note: `first byte ${firstByteMs.toFixed(0)} ms; ${(bytes / 1048576).toFixed(1)} MB in ${(totalMs / 1000).toFixed(1)} s (${(rows / (totalMs / 1000)).toFixed(0)} rows/s); ` +
      `server RSS ${mem.baselineMb.toFixed(0)} MB before, ${mem.earlyPeakMb.toFixed(0)} MB peak in the first third, ${mem.peakMb.toFixed(0)} MB peak overall ` +
      `(peak − baseline ${(mem.peakMb - mem.baselineMb).toFixed(0)} MB, ${mem.samples} samples)${ok ? '' : `; answered ${response.status}`}`,
  });
  report.check('export: first byte ≤ 2 s', ok && firstByteMs <= 2_000, `${firstByteMs.toFixed(0)} ms`);
  report.check(`export: constant memory (≤ ${LATE_GROWTH_MB} MB growth after the first third)`, ok && mem.peakMb - mem.earlyPeakMb <= LATE_GROWTH_MB,
    `+${(mem.peakMb - mem.earlyPeakMb).toFixed(0)} MB after the first third; peak − baseline ${(mem.peakMb - mem.baselineMb).toFixed(0)} MB`);
}
