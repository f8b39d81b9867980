// The dashboard assembled from real rollups: targets evaluated against actuals, children sorted by how
// far behind, a child's share of a count target, and the .xlsx export scoped like every page.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { registerMember } from '@/lib/members/mutations';
import { getDashboard } from '@/lib/dashboard/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { GET as exportDashboard } from '@/app/(portal)/dashboard/[unitId]/export/route';
import { actAs } from '../support/request-context';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let serial = 0;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const JUNE_30 = day(2026, 6, 30);

async function admit(unit: { id: number; path: string }, joinDate: Date, extra: { appActivatedOn?: Date } = {}) {
  serial += 1;
  return registerMember(fx.users.admin.id, unit, {
    fullName: `Đoàn viên ${serial}`, gender: serial % 2 ? 'female' : 'male', birthDate: day(1990, 1, 1), cccd: `0011920${String(serial).padStart(5, '0')}`,
    phone: null, jobTitle: null, unitId: unit.id, joinDate, ...NO_DETAILS, ...extra,
  });
}

beforeAll(async () => {
  fx = await createFixtureTree();
  for (let i = 0; i < 6; i++) await admit(fx.units.g1, day(2026, 2, 1 + i), { appActivatedOn: day(2026, 3, 1) });
  await admit(fx.units.g2, day(2026, 3, 1));
  await admit(fx.units.g2, day(2025, 5, 1));
  const ward = await db.target.create({ data: { unitId: fx.units.wardA1.id, year: 2026, metric: 'new_members', shape: 'count', valueMin: 10 } });
  await db.target.createMany({
    data: [
      { unitId: fx.units.g1.id, year: 2026, metric: 'new_members', shape: 'count', valueMin: 6, parentTargetId: ward.id },
      { unitId: fx.units.g2.id, year: 2026, metric: 'new_members', shape: 'count', valueMin: 4, parentTargetId: ward.id },
      { unitId: fx.units.wardA1.id, year: 2026, metric: 'app_adoption', shape: 'share_people', valueMin: 65, valueMax: 70 },
      { unitId: fx.units.wardA1.id, year: 2026, metric: 'manual', shape: 'share_people', valueMin: 100, label: 'Nắm vững nghị quyết', manualActual: 40 },
    ],
  });
});
beforeEach(() => actAs(null));

describe('getDashboard', () => {
  it('evaluates each target against its actual and what is expected by the date', async () => {
    const dashboard = await getDashboard(fx.units.wardA1, 2026, JUNE_30);
    const byMetric = Object.fromEntries(dashboard.targets.map((row) => [row.target.metric, row]));
    expect(dashboard.figures).toMatchObject({ members: 8, admitted: 7, opened: 7, closed: 0, appUsers: 6 });
    expect(byMetric.new_members.evaluation).toMatchObject({ actual: { value: 7 }, status: 'on_track' });
    expect(byMetric.new_members.evaluation.expected).toBeCloseTo(10 * (181 / 365), 1);
    expect(byMetric.new_members.shares).toEqual({ sum: 10, children: 2 });
    expect(byMetric.app_adoption.evaluation).toMatchObject({ actual: { numerator: 6, denominator: 8, value: 75 }, status: 'achieved', aboveRange: true });
    expect(byMetric.manual.evaluation).toMatchObject({ actual: { value: 40 }, status: 'behind' }); // 40 of the 49.6 expected by 30 June
    expect(dashboard.womenShare).toBe(50);
    // The trend is cumulative and stops at the date's month.
    expect(dashboard.trend.map((p) => p.admitted)).toEqual([0, 6, 7, 7, 7, 7, null, null, null, null, null, null]);
  });

  it('sorts the units below by how far behind their share they are, with the level targets applied to each', async () => {
    const { children } = await getDashboard(fx.units.wardA1, 2026, JUNE_30);
    expect(children.map((c) => c.id)).toEqual([fx.units.g2.id, fx.units.g1.id]);
    expect(children[0].metrics.new_members).toEqual({ value: 1, status: 'at_risk', targetMin: 4 });
    expect(children[1].metrics.new_members).toMatchObject({ value: 6, status: 'achieved' });
    expect(children[0].metrics.app_adoption).toMatchObject({ value: 0, targetMin: 65 });
  });

  it('shows a past year with that year’s figures', async () => {
    const dashboard = await getDashboard(fx.units.wardA1, 2025, JUNE_30);
    expect(dashboard.figures).toMatchObject({ members: 1, admitted: 1 });
    expect(dashboard.targets).toEqual([]);
    // The units below as they stood on 31 December 2025, with that year's figures.
    expect(dashboard.children.map((c) => [c.id, c.members])).toEqual(expect.arrayContaining([[fx.units.g1.id, 0], [fx.units.g2.id, 1]]));
  });
});

describe('getDashboard for today', () => {
  it('reads the children from their current rows once folded, counting pending changes exactly once', async () => {
    const today = todayInVietnam();
    const before = await getDashboard(fx.units.wardA1, 2026, today);
    const members = (d: typeof before) => Object.fromEntries(d.children.map((c) => [c.id, c.members]));
    expect(members(before)).toEqual({ [fx.units.g1.id]: 6, [fx.units.g2.id]: 2 });
    await db.$queryRaw`SELECT target_fold()`;
    const rows = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM target_rollup_current WHERE unit_id IN (${fx.units.g1.id}, ${fx.units.g2.id}) AND month = target_current_month()`;
    expect(rows[0].n).toBe(2);
    const folded = await getDashboard(fx.units.wardA1, 2026, today);
    expect(folded.children).toEqual(before.children);
    // A change not folded yet: on top of the current row, once.
    await admit(fx.units.g2, day(2026, 4, 1));
    const after = await getDashboard(fx.units.wardA1, 2026, today);
    expect(members(after)).toEqual({ [fx.units.g1.id]: 6, [fx.units.g2.id]: 3 });
    expect(after.figures.members).toBe(folded.figures.members + 1);
  });
});

describe('GET /dashboard/[unitId]/export', () => {
  const get = (unitId: number) => exportDashboard(new Request(`http://localhost:3000/dashboard/${unitId}/export?year=2026`), { params: Promise.resolve({ unitId: String(unitId) }) });

  it('refuses without a session and outside the scope (not found)', async () => {
    expect((await get(fx.units.wardA1.id)).status).toBe(401);
    actAs(fx.users.staffA2.id);
    expect((await get(fx.units.wardA1.id)).status).toBe(404);
  });

  it('gives a leader the year as .xlsx with Vietnamese headings', async () => {
    actAs(fx.users.leaderA1.id);
    const response = await get(fx.units.wardA1.id);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const text = sheet.getSheetValues().flat().filter((v) => typeof v === 'string').join('|');
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2026');
    expect(text).toContain('Kết nạp đoàn viên mới');
    expect(text).toContain('Công đoàn cơ sở Công ty Hai');
  });
});
