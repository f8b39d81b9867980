// Reads for targets and dashboards. Figures come from the rollups (SQL functions of the targets migration), for units already resolved in scope.
// Every read first folds pending deltas when no other fold is running; the read itself adds any
// deltas still pending, so figures are exact either way.
import 'server-only';
import { db } from '@/lib/db';
import { todayInVietnam } from '@/lib/i18n/dates';
import { emptyFigures, figuresFrom, isStock, FIGURE, type FigureName, type Figures } from './metrics';

/** The date stock figures are read at for a year: today in the current year, else the year's last day. */
export function asOfFor(year: number, today = todayInVietnam()): Date {
  return year < today.getUTCFullYear() ? new Date(Date.UTC(year, 11, 31)) : today;
}

async function foldPending() {
  await db.$queryRaw`SELECT target_fold()`;
}

/** Year figures of each unit: flows over the year, stocks at the end of `asOf`'s month. */
export async function readFigures(unitIds: number[], year: number, asOf: Date = asOfFor(year)): Promise<Map<number, Figures>> {
  const result = new Map<number, Figures>(unitIds.map((id) => [id, emptyFigures()]));
  if (unitIds.length === 0) return result;
  await foldPending();
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
  await foldPending();
  const rows = await db.$queryRaw<{ metric: number; month: Date | null; amount: bigint }[]>`
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
