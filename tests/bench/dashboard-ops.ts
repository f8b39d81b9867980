// Dashboards (issue 7): every metric of a unit's year through getDashboard, as the page shows it,
// for the confederation, a province and a ward; the children breakdown on its own (the part that
// grows with the number of children); then the page under 10 concurrent users.
import { todayInVietnam } from '../../lib/i18n/dates';
import { getPage } from './client';
import { floorDashboard, floorDashboardChildren } from './floors';
import { loadRun } from './measure';
import { appTierBound, withServerCpu } from './cpu';
import type { Bench, BenchUser } from './context';

export async function benchDashboards(b: Bench) {
  const { report, users, app } = b;
  const today = todayInVietnam();
  const year = today.getUTCFullYear();
  const asOf = app.asOfFor(year, today);
  const [{ n: rollupRows }] = await b.q<{ n: string }>('SELECT count(*) AS n FROM (SELECT 1 FROM target_rollup_years LIMIT 1) x');
  if (Number(rollupRows) === 0) b.log('the target rollups are empty: dashboard figures read as zero (SELECT target_rollups_rebuild() fills them)');

  // "Any unit": also the one with the most units directly under it (nationally a federation with
  // 2,963 grassroots unions of its own), seen by the confederation's staff.
  const [widest] = await b.q<{ id: number; path: string }>(
    'SELECT p.id, p.path FROM units p JOIN units c ON c.parent_id = p.id GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1');
  const units: [string, string, Pick<BenchUser, 'unit_id' | 'path'>, boolean][] = [
    ['the root', 'bench.admin', users.admin, true], ['a province', 'bench.province', users.province, true], ['a ward', 'bench.ward', users.ward, false],
  ];
  if (![users.admin, users.province, users.ward].some((u) => u.unit_id === widest.id)) {
    units.push(['the unit with the most children', 'bench.admin', { unit_id: widest.id, path: widest.path }, false]);
  }
  for (const [label, who, user, breakdown] of units) {
    const unit = { id: user.unit_id, path: user.path };
    const [{ n }] = await b.q<{ n: string }>('SELECT count(*) AS n FROM units WHERE parent_id = $1', [unit.id]);
    const whole = {
      page: await b.page(who, `/dashboard/${unit.id}`),
      db: await b.appTime(() => app.getDashboard(unit, year, today)),
      floor: await b.floorTime(floorDashboard(unit.id, year)),
    };
    report.operation(`dashboard of ${label} (all metrics, ${n} children)`, { ...whole, work: b.lastWork() });
    report.dbCheck(`dashboard of ${label}: database ≤ 5 ms (p95)`, 5, whole.db, b.lastWork().app);
    if (!breakdown) continue;
    // What getDashboard reads for its children: one statement (the list, this year's figures, last
    // year's close, their targets, the shares of the unit's count targets).
    const children = {
      db: await b.appTime(() => app.readDashboardChildren(unit.id, null, year, asOf)),
      floor: await b.floorTime(floorDashboardChildren(unit.id, year)),
    };
    report.operation(`dashboard children breakdown of ${label} (${n} children, figures from rollups)`, { ...children, work: b.lastWork() });
    report.dbCheck(`dashboard children of ${label}: database ≤ 5 ms (p95)`, 5, children.db, b.lastWork().app);
  }

  // The province's staff on their home page (their own dashboard) and the ward's staff on theirs, alternating
  // (the bench ward, the largest, need not lie in the bench province: each user asks for their own unit).
  const load = await withServerCpu(b.serverPid, () => loadRun(10, b.loadSeconds, (_w, i) =>
    i % 2 ? getPage(b.baseUrl, b.cookie('bench.ward'), `/dashboard/${users.ward.unit_id}`) : getPage(b.baseUrl, b.cookie('bench.province'), '/')));
  report.operation('dashboard at 10 concurrent users (the province\'s and the largest ward\'s staff on their dashboards, alternating)', {
    load, note: appTierBound(load.cpuMs, { workers: 10, latency: { label: 'p95', ms: 150 }, framework: b.frameworkCpuMs }),
  });
  report.check('dashboard: page p95 ≤ 150 ms at 10 concurrent', load.p95 <= 150 && load.errors === 0, `${load.p95.toFixed(0)} ms, ${load.errors} errors`);
}
