// The dashboard of a unit for a year, assembled once for the page, the print view and the export:
// each target with its actual, share achieved, expected-by-today and status; gross vs net members;
// women's share; the monthly trend; and the child units sorted by how far behind they are.
// The caller has already resolved the unit in the actor's scope.
import 'server-only';
import { todayInVietnam } from '@/lib/i18n/dates';
import { asOfFor, listChildUnits, listTargets, readDashboardChildren, readMonths, type ChildTarget, type TargetRow } from '@/lib/targets/data';
import { evaluate, METRICS, roundTo, yearFraction, type Evaluation, type Figures, type Status, type TargetMetric } from '@/lib/targets/metrics';
import type { UnitKind, UnitStatus } from '@/lib/generated/prisma/client';

export interface DashboardTarget {
  target: TargetRow;
  evaluation: Evaluation;
  /** For a count target: what the children's shares add up to. */
  shares: { sum: number; children: number } | null;
}

export interface ChildRow {
  id: number;
  name: string;
  kind: UnitKind;
  status: UnitStatus;
  members: number;
  /** Evaluations of the parent's metrics for this child: its own target, else the parent's level for shares. */
  metrics: Partial<Record<TargetMetric, { value: number | null; status: Status; targetMin: number }>>;
  worst: Status | null;
  gap: number;
}

export interface Dashboard {
  year: number;
  asOf: Date;
  fraction: number;
  figures: Figures;
  baseline: Figures;
  womenShare: number | null;
  targets: DashboardTarget[];
  /** Cumulative by month for the trend chart (months after today are left empty in the current year). */
  trend: { month: number; admitted: number | null; net: number | null; target: number | null }[];
  children: ChildRow[];
}

const STATUS_RANK: Record<Status, number> = { at_risk: 0, behind: 1, no_data: 2, on_track: 3, achieved: 4 };
// One collator for every comparison: localeCompare(…, 'vi') builds one per call (600 names: 3.3 → 0.7 ms).
const byVietnameseName = new Intl.Collator('vi').compare;

function womenShare(figures: Figures) {
  return figures.members > 0 ? roundTo((100 * figures.women) / figures.members, 1) : null;
}

/** Figures of a year: flows over the whole year, stocks at the end of as-of's month. */
function yearFigures(cumulative: Figures[], asOfMonth: number): Figures {
  const flows = cumulative[11];
  const stocks = cumulative[asOfMonth];
  return { ...flows, members: stocks.members, women: stocks.women, appUsers: stocks.appUsers, officials: stocks.officials, officialsTrained: stocks.officialsTrained, grassroots: stocks.grassroots, cbaEligible: stocks.cbaEligible, cbaValid: stocks.cbaValid };
}

function evaluateChild(parentTargets: TargetRow[], own: ChildTarget[], figures: Figures, baseline: Figures | null, fraction: number) {
  const metrics: ChildRow['metrics'] = {};
  let worst: Status | null = null;
  let gap = Number.NEGATIVE_INFINITY;
  for (const parent of parentTargets) {
    if (parent.metric === 'manual') continue;
    const mine = own.find((t) => t.metric === parent.metric);
    // A count belongs to the child only through its own share; a level (share, average) applies as set above.
    const target = mine ?? (METRICS[parent.metric].cascades ? null : parent);
    if (!target) continue;
    const evaluation = evaluate(target.metric, { min: target.valueMin, max: target.valueMax }, figures, { fraction, baseline, shape: target.shape });
    metrics[parent.metric] = { value: evaluation.actual.value, status: evaluation.status, targetMin: target.valueMin };
    if (worst === null || STATUS_RANK[evaluation.status] < STATUS_RANK[worst]) worst = evaluation.status;
    if (Number.isFinite(evaluation.gap)) gap = Math.max(gap, evaluation.gap);
  }
  return { metrics, worst, gap };
}

export async function getDashboard(unit: { id: number; path: string }, year: number, today = todayInVietnam()): Promise<Dashboard> {
  const asOf = asOfFor(year, today);
  const asOfMonth = year < today.getUTCFullYear() ? 11 : year > today.getUTCFullYear() ? 0 : today.getUTCMonth();
  const fraction = yearFraction(year, today);
  // Today's children are listed by the children's statement itself (one round trip with the parent's
  // reads); a past year's come from path history first.
  const childIds = year >= today.getUTCFullYear() ? Promise.resolve(null) : listChildUnits(unit, year, today).then((list) => list.map((child) => child.id));
  const [targets, months, { children, shares }] = await Promise.all([
    listTargets(unit.id, year), readMonths(unit.id, year), childIds.then((ids) => readDashboardChildren(unit.id, ids, year, asOf)),
  ]);
  const figures = yearFigures(months.cumulative, asOfMonth);

  const newMembers = targets.find((t) => t.metric === 'new_members');
  const lastMonth = year < today.getUTCFullYear() ? 11 : year > today.getUTCFullYear() ? -1 : today.getUTCMonth();
  const trend = months.cumulative.map((f, index) => ({
    month: index + 1,
    admitted: index <= lastMonth ? f.admitted : null,
    net: index <= lastMonth ? f.opened - f.closed : null,
    target: newMembers ? roundTo((newMembers.valueMin * (index + 1)) / 12, 1) : null,
  }));

  const childRows: ChildRow[] = children.map((child) => {
    const { metrics, worst, gap } = evaluateChild(targets, child.targets, child.figures, child.baseline, fraction);
    return { id: child.id, name: child.name, kind: child.kind, status: child.status, members: child.figures.members, metrics, worst, gap };
  });
  // Furthest behind first; units without any evaluated target last; then by name.
  childRows.sort((a, b) => (b.gap === a.gap ? byVietnameseName(a.name, b.name) : b.gap - a.gap));

  return {
    year,
    asOf,
    fraction,
    figures,
    baseline: months.baseline,
    womenShare: womenShare(figures),
    targets: targets.map((target) => ({
      target,
      evaluation: evaluate(target.metric, { min: target.valueMin, max: target.valueMax }, figures, {
        fraction, baseline: months.baseline, shape: target.shape, manualActual: target.manualActual,
      }),
      shares: shares.get(target.id) ?? null,
    })),
    trend,
    children: childRows,
  };
}
