// The movement's "who has not reported" list as .xlsx from its route handler, against real
// PostgreSQL: the workbook read back, the handler's own session and scope checks, and its audit row.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { GET as exportNotReported } from '@/app/(portal)/movements/[id]/not-reported/route';
import { actAs } from '../support/request-context';
import { createFixtureTree, type Fixture } from '../support/fixtures';

let fx: Fixture;
let movementId: number;

beforeAll(async () => {
  fx = await createFixtureTree();
  // wardA1 launches for its grassroots unions g1 and g2: g1 registered and reported, g2 nothing.
  const movement = await db.movement.create({
    data: { unitId: fx.units.wardA1.id, name: 'Lao động giỏi', kind: 'regular', startsOn: new Date(Date.UTC(2026, 0, 1)), endsOn: new Date(Date.UTC(2026, 11, 31)), audienceKind: 'grassroots' },
  });
  movementId = movement.id;
  await db.movementRegistration.create({ data: { movementId, unitId: fx.units.g1.id, registeredOn: new Date(Date.UTC(2026, 1, 2)), resultText: 'Đạt', reportedOn: new Date(Date.UTC(2026, 5, 1)) } });
});
beforeEach(() => actAs(null));

const get = (id: number | string = movementId) =>
  exportNotReported(new Request(`http://localhost:3000/movements/${id}/not-reported`), { params: Promise.resolve({ id: String(id) }) });
const audits = () => db.auditLog.count({ where: { action: 'movement.export' } });

async function rowsOf(response: Response) {
  expect(response.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  return Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
}

describe('GET /movements/:id/not-reported', () => {
  it('lists the audience units that have not reported, with Vietnamese headers, and audits the export', async () => {
    actAs(fx.users.staffA1.id);
    const before = await audits();
    expect(await rowsOf(await get())).toEqual([
      ['Mã đơn vị', 'Đơn vị', 'Đơn vị cấp trên', 'Tình trạng', 'Ngày đăng ký'],
      [fx.units.g2.code, fx.units.g2.name, fx.units.wardA1.name, 'Chưa đăng ký'],
    ]);
    // Registered but not reported: listed with the registration date.
    await db.movementRegistration.update({ where: { movementId_unitId: { movementId, unitId: fx.units.g1.id } }, data: { reportedOn: null } });
    const rows = await rowsOf(await get());
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      [fx.units.g1.code, fx.units.g1.name, fx.units.wardA1.name, 'Đã đăng ký, chưa báo cáo', new Date(Date.UTC(2026, 1, 2))],
      [fx.units.g2.code, fx.units.g2.name, fx.units.wardA1.name, 'Chưa đăng ký'],
    ].sort((a, b) => (a[0] as string).localeCompare(b[0] as string)));
    expect(await audits()).toBe(before + 2);
    expect(await db.auditLog.findFirst({ where: { action: 'movement.export' }, orderBy: { id: 'desc' } })).toMatchObject({ actorId: fx.users.staffA1.id, entityId: String(movementId), unitId: fx.units.wardA1.id });
  });

  it('refuses another branch, a chair below the launcher and a missing movement (404), a leader (403), a visitor (401), and audits none', async () => {
    const before = await audits();
    actAs(fx.users.staffA2.id);
    expect((await get()).status).toBe(404);
    expect((await get(2_000_000)).status).toBe(404);
    expect((await get('abc')).status).toBe(404);
    actAs(fx.users.leaderA1.id);
    expect((await get()).status).toBe(403);
    actAs(fx.users.chairG1.id);
    expect((await get()).status).toBe(404);
    actAs(null);
    expect((await get()).status).toBe(401);
    expect(await audits()).toBe(before);
  });
});
