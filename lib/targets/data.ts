// Reads for targets and dashboards. Figures come from the rollups (SQL functions of the targets migration), for units already resolved in scope.
// The reads add the deltas not yet folded (a background fold runs every second), so figures are exact
// whether or not a fold ran in between.
import 'server-only';
import { db, prepared } from '@/lib/db';
import { todayInVietnam } from '@/lib/i18n/dates';
import type { Prisma, UnitKind, UnitStatus } from '@/lib/generated/prisma/client';
import { emptyFigures, figuresFrom, figuresFromArray, isStock, FIGURE, METRICS, TARGET_METRICS, type FigureName, type Figures, type TargetMetric, type TargetShape } from './metrics';

/** The date stock figures are read at for a year: today in the current year, else the year's last day. */
export function asOfFor(year: number, today = todayInVietnam()): Date {
  return year < today.getUTCFullYear() ? new Date(Date.UTC(year, 11, 31)) : today;
}

/** Year figures of each unit: flows over the year, stocks at the end of `asOf`'s month. */
export async function readFigures(unitIds: number[], year: number, asOf: Date = asOfFor(year)): Promise<Map<number, Figures>> {
  const result = new Map<number, Figures>(unitIds.map((id) => [id, emptyFigures()]));
  if (unitIds.length === 0) return result;
  const rows = await db.$queryRaw<{ unit_id: number; metric: number; amount: bigint }[]>`
    SELECT unit_id, metric, amount FROM target_figures(${unitIds}::int[], ${year}::int, ${asOf}::date)`;
  const byUnit = new Map<number, { metric: number; amount: bigint }[]>();
  for (const row of rows) (byUnit.get(row.unit_id) ?? byUnit.set(row.unit_id, []).get(row.unit_id)!).push(row);
  for (const [unitId, unitRows] of byUnit) result.set(unitId, figuresFrom(unitRows));
  return result;
}

export interface MonthSeries {
  /** Stocks at the end of the previous year (the baseline a level moves from). */
  baseline: Figures;
  /** For each month 1–12: flows of that month summed from January, stocks at the month's end. */
  cumulative: Figures[];
}

/** One unit's year month by month, for the trend chart and the baselines of levels. */
export async function readMonths(unitId: number, year: number): Promise<MonthSeries> {
  const rows = await db.$queryRaw<{ metric: number; month: Date | null; amount: bigint }[]>`${prepared}
    SELECT metric, month, amount FROM target_months(${unitId}::int, ${year}::int)`;
  const baseline = figuresFrom(rows.filter((row) => row.month === null));
  const monthly = Array.from({ length: 12 }, () => emptyFigures());
  const names = new Map(Object.entries(FIGURE).map(([name, code]) => [code as number, name as FigureName]));
  for (const row of rows) {
    const name = names.get(Number(row.metric));
    if (!row.month || !name) continue;
    monthly[row.month.getUTCMonth()][name] += Number(row.amount);
  }
  const cumulative: Figures[] = [];
  let running: Figures = { ...emptyFigures() };
  for (const name of names.values()) if (isStock(FIGURE[name])) running[name] = baseline[name];
  for (const month of monthly) {
    running = Object.fromEntries(Object.entries(running).map(([name, value]) => [name, value + month[name as FigureName]])) as Figures;
    cumulative.push(running);
  }
  return { baseline, cumulative };
}

export interface TargetRow {
  id: number;
  unitId: number;
  year: number;
  metric: TargetMetric;
  shape: TargetShape;
  valueMin: number;
  valueMax: number | null;
  label: string | null;
  denominatorNote: string | null;
  parentTargetId: number | null;
  manualActual: number | null;
  evidenceNote: string | null;
  manualUpdatedOn: Date | null;
  version: number;
}

const targetSelect = {
  id: true, unitId: true, year: true, metric: true, shape: true, valueMin: true, valueMax: true, label: true, denominatorNote: true,
  parentTargetId: true, manualActual: true, evidenceNote: true, manualUpdatedOn: true, version: true,
} as const;

type TargetRecord = Omit<TargetRow, 'valueMin' | 'valueMax' | 'manualActual'> & { valueMin: Prisma.Decimal; valueMax: Prisma.Decimal | null; manualActual: Prisma.Decimal | null };

function toRow(row: TargetRecord): TargetRow {
  return {
    ...row,
    valueMin: Number(row.valueMin),
    valueMax: row.valueMax === null ? null : Number(row.valueMax),
    manualActual: row.manualActual === null ? null : Number(row.manualActual),
  };
}

const metricOrder = (metric: TargetMetric) => TARGET_METRICS.indexOf(metric);
const byMetric = (a: TargetRow, b: TargetRow) => metricOrder(a.metric) - metricOrder(b.metric) || a.id - b.id;

/** A unit's targets for a year, in the order of the metric list, with the parent target's value of a share. */
export async function listTargets(unitId: number, year: number): Promise<(TargetRow & { parentValue: number | null })[]> {
  // One statement (Prisma's nested read of the parent sent a second one after the first, on every
  // dashboard); amounts as float8, which is what Number() of the decimal gave.
  const rows = await db.$queryRaw<(TargetRow & { parentValue: number | null })[]>`${prepared}
    SELECT t.id, t.unit_id AS "unitId", t.year, t.metric::text AS metric, t.shape::text AS shape,
           t.value_min::float8 AS "valueMin", t.value_max::float8 AS "valueMax", t.label, t.denominator_note AS "denominatorNote",
           t.parent_target_id AS "parentTargetId", t.manual_actual::float8 AS "manualActual", t.evidence_note AS "evidenceNote",
           t.manual_updated_on AS "manualUpdatedOn", t.version, p.value_min::float8 AS "parentValue"
    FROM targets t LEFT JOIN targets p ON p.id = t.parent_target_id
    WHERE t.unit_id = ${unitId} AND t.year = ${year}`;
  return rows.sort(byMetric);
}

/** Targets of several units for a year (the children of a dashboard), by unit. */
export async function listTargetsOf(unitIds: number[], year: number): Promise<Map<number, TargetRow[]>> {
  const rows = unitIds.length ? await db.target.findMany({ where: { unitId: { in: unitIds }, year }, select: targetSelect }) : [];
  const result = new Map<number, TargetRow[]>(unitIds.map((id) => [id, []]));
  for (const row of rows) result.get(row.unitId)?.push(toRow(row));
  return result;
}

/** One target with its unit's path as `path`, so the policy can place it. */
export async function getTarget(id: number) {
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return null;
  const row = await db.target.findUnique({ where: { id }, select: { ...targetSelect, parent: { select: { unitId: true, valueMin: true } } } });
  if (!row) return null;
  const unit = await db.unit.findUniqueOrThrow({ where: { id: row.unitId }, select: { path: true, name: true, kind: true, parentId: true } });
  const { parent, ...rest } = row;
  return { ...toRow(rest), path: unit.path, unitName: unit.name, unitKind: unit.kind, parentValue: parent ? Number(parent.valueMin) : null };
}

/** For each count target: what its children's shares add up to, and how many children have one. */
export async function sharesOf(targetIds: number[]): Promise<Map<number, { sum: number; children: number }>> {
  if (targetIds.length === 0) return new Map();
  const rows = await db.target.groupBy({ by: ['parentTargetId'], where: { parentTargetId: { in: targetIds } }, _sum: { valueMin: true }, _count: { _all: true } });
  return new Map(rows.map((row) => [row.parentTargetId!, { sum: Number(row._sum.valueMin ?? 0), children: row._count._all }]));
}

export interface ChildUnit {
  id: number;
  name: string;
  kind: UnitKind;
  status: UnitStatus;
  path: string;
}

/**
 * The units directly under a unit in a year: today's children for the current year, and for a past
 * year the children it had on the year's last day (path history), so that year's report adds up.
 */
export async function listChildUnits(unit: { id: number; path: string }, year: number, today = todayInVietnam()): Promise<ChildUnit[]> {
  if (year >= today.getUTCFullYear()) {
    return db.unit.findMany({ where: { parentId: unit.id }, select: { id: true, name: true, kind: true, status: true, path: true }, orderBy: { name: 'asc' } });
  }
  const end = new Date(Date.UTC(year, 11, 31));
  return db.$queryRaw<ChildUnit[]>`
    WITH parent AS (
      SELECT coalesce((SELECT h.path FROM unit_path_history h WHERE h.unit_id = ${unit.id} AND h.valid_from <= ${end}::date
                       AND (h.valid_to IS NULL OR h.valid_to > ${end}::date) ORDER BY h.valid_from DESC LIMIT 1), ${unit.path}) AS path
    )
    SELECT u.id, u.name, u.kind, u.status, u.path FROM units u
    WHERE u.id IN (
      SELECT h.unit_id FROM unit_path_history h, parent
      WHERE h.path ~>=~ parent.path AND h.path ~<~ (parent.path || ':') AND h.path = parent.path || h.unit_id || '/'
        AND h.valid_from <= ${end}::date AND (h.valid_to IS NULL OR h.valid_to > ${end}::date)
      UNION
      SELECT c.id FROM units c WHERE c.parent_id = ${unit.id} AND NOT EXISTS (SELECT 1 FROM unit_path_history h WHERE h.unit_id = c.id)
    )
    ORDER BY u.name`;
}

/** What a dashboard needs of a child's own target to evaluate it. */
export type ChildTarget = Pick<TargetRow, 'metric' | 'shape' | 'valueMin' | 'valueMax'>;

export interface DashboardChild extends Omit<ChildUnit, 'path'> {
  figures: Figures;
  /** The previous year's figures at 31 December; null when no level target of the parent needs them. */
  baseline: Figures | null;
  targets: ChildTarget[];
}

// Levels are measured from the previous year's close; counts are what a parent splits among children.
const LEVEL_METRICS = TARGET_METRICS.filter((metric) => metric !== 'manual' && !METRICS[metric].accrues);
const COUNT_METRICS = TARGET_METRICS.filter((metric) => METRICS[metric].cascades);

/** One child's line of a breakdown, as target_dashboard_breakdown returns it (positional: see its migration). */
type BreakdownLine = [
  id: number, name: string, kind: UnitKind, status: UnitStatus, figures: number[], baseline: number[] | null,
  targetMetrics: TargetMetric[] | null, targetShapes: TargetShape[] | null, targetMins: number[] | null, targetMaxes: (number | null)[] | null,
];

/**
 * The children of a unit's dashboard in one statement (target_dashboard_breakdown): each child's
 * figures for the year, its baseline and its targets, and the shares of the parent's count targets.
 * The current year's lines are stored with the children's current figures (kept by the fold), so a
 * ward of 598 unions is one index range rather than three probes and a JSON object per child.
 * `childIds` null: today's children; for a past year, the children the unit had then (listChildUnits).
 */
export async function readDashboardChildren(unitId: number, childIds: number[] | null, year: number, asOf: Date) {
  // Text, parsed here: the driver and the client convert each cell of a row set (11 columns × hundreds
  // of children), and Prisma walks a json value it returns to restore its types (8 ms of the 20 for a
  // ward of 598 unions before the stored lines); one JSON.parse of text is the cheapest way in.
  const [row] = await db.$queryRaw<{ children: string; shares: string | null }[]>`${prepared} SELECT children, shares FROM target_dashboard_breakdown(${unitId}::int, ${childIds}::int[], ${year}::int, ${asOf}::date,
         ${LEVEL_METRICS}::target_metric[], ${COUNT_METRICS}::target_metric[])`;
  const lines = JSON.parse(row.children) as BreakdownLine[];
  const children: DashboardChild[] = [];
  for (const [id, name, kind, status, figures, baseline, metrics, shapes, mins, maxes] of lines) {
    const targets = (metrics ?? []).map((metric, i) => ({ metric, shape: shapes![i], valueMin: mins![i], valueMax: maxes![i] }));
    children.push({ id, name, kind, status, figures: figuresFromArray(figures), baseline: baseline ? figuresFromArray(baseline) : null, targets });
  }
  const shares = new Map<number, { sum: number; children: number }>();
  for (const share of row.shares === null ? [] : (JSON.parse(row.shares) as { id: number; sum: number; children: number }[])) {
    shares.set(share.id, { sum: share.sum, children: share.children });
  }
  return { children, shares };
}
