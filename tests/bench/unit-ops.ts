// The units list (no target in the issue: shown for the findings) and the units page's children
// breakdown with subtree counts, for the confederation's children and a province's ward unions.
import { todayInVietnam } from '../../lib/i18n/dates';
import { parseUnitListFilter } from '../../lib/units/schema';
import { floorChildren, floorUnitList } from './floors';
import type { Bench } from './context';

export async function benchUnitPages(b: Bench) {
  const { report, users, app } = b;
  const root = users.province.path;
  const provinceActor = (await app.loadActor(users.province.id))!;
  const runs = Math.min(b.runs, 10);
  for (const sort of ['name', 'members'] as const) {
    const filter = parseUnitListFilter(sort === 'members' ? { sort } : {});
    report.operation(`units list, sorted by ${sort} (province scope)`, {
      page: await b.page('bench.province', `/units${sort === 'members' ? '?sort=members' : ''}`, runs),
      db: await b.appTime(() => app.listUnits(provinceActor, filter, todayInVietnam()), runs),
      floor: await b.floorTime(floorUnitList(root)),
      work: b.lastWork(),
    });
  }

  for (const [label, unit] of [['the root', users.admin], ['a province', users.province]] as const) {
    const [{ n }] = await b.q<{ n: string }>('SELECT count(*) AS n FROM units WHERE parent_id = $1', [unit.unit_id]);
    const figures = {
      page: await b.page('bench.admin', `/units/${unit.unit_id}`, runs),
      db: await b.appTime(() => app.listChildrenWithCounts(unit.unit_id)),
      floor: await b.floorTime(floorChildren(unit.unit_id)),
    };
    report.operation(`children breakdown of ${label} (${n} children, subtree sums from counters)`, { ...figures, work: b.lastWork() });
    report.dbCheck(`children breakdown of ${label}: database ≤ 5 ms (p95)`, 5, figures.db, b.lastWork().app);
  }
}
