// The member export route against real PostgreSQL: scope, filters, sensitive columns only on
// request and only for those allowed (never leaders), an audit row per export, refused requests.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { GET as exportMembers } from '@/app/(portal)/members/export/route';
import { registerMember } from '@/lib/members/mutations';
import { actAs } from '../support/request-context';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';

let fx: Fixture;
let serial = 0;
const person = (gender: 'male' | 'female', over: { ethnicityCode?: number; partyIntroducedOn?: Date } = {}) => ({
  fullName: `Xuất Khẩu ${++serial}`, gender, birthDate: new Date(Date.UTC(1991, 0, 1)), cccd: `0611910${String(serial).padStart(5, '0')}`,
  phone: '0912345678', joinDate: new Date(Date.UTC(2021, 0, 1)), jobTitle: 'Thợ hàn', unitId: 0, ...NO_DETAILS, ...over,
});

async function sheetOf(response: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const sheet = book.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
const get = (query = '') => exportMembers(new Request(`http://localhost:3000/members/export${query}`));

beforeAll(async () => {
  fx = await createFixtureTree();
  await registerMember(fx.users.admin.id, fx.units.g1, person('female', { ethnicityCode: 1, partyIntroducedOn: new Date(Date.UTC(2024, 4, 1)) }));
  await registerMember(fx.users.admin.id, fx.units.g1, person('male'));
  await registerMember(fx.users.admin.id, fx.units.g2, person('female'));
  await registerMember(fx.users.admin.id, fx.units.g3, person('female'));
});
beforeEach(() => actAs(null));

describe('member export', () => {
  it('exports the chair\'s own members, without sensitive columns unless asked, with an audit row', async () => {
    actAs(fx.users.chairG1.id);
    const auditBefore = await db.auditLog.count({ where: { action: 'member.export', actorId: fx.users.chairG1.id } });
    const response = await get();
    expect(response.headers.get('content-disposition')).toContain('danh-sach-doan-vien');
    const rows = await sheetOf(response);
    expect(rows[0]).toContain('Họ và tên');
    expect(rows[0]).not.toContain('Dân tộc');
    expect(rows.slice(1).map((r) => r[8])).toEqual([fx.units.g1.name, fx.units.g1.name]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(['061191000001', '061191000002']);
    expect(await db.auditLog.count({ where: { action: 'member.export', actorId: fx.users.chairG1.id } })).toBe(auditBefore + 1);

    const withSensitive = await sheetOf(await get('?sensitive=1&gender=female'));
    expect(withSensitive[0].slice(-2)).toEqual(['Dân tộc', 'Ngày được công đoàn giới thiệu kết nạp Đảng']);
    expect(withSensitive).toHaveLength(2);
    expect(withSensitive[1].at(-2)).toBe('Kinh');
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'member.export', actorId: fx.users.chairG1.id }, orderBy: { id: 'desc' } });
    expect(audit.after).toMatchObject({ sensitive: true, filter: { gender: 'female' } });
  });

  it('never gives a leader the sensitive columns; staff export their whole scope with filters', async () => {
    actAs(fx.users.leaderA1.id);
    expect((await get('?sensitive=1')).status).toBe(403);
    const leaderRows = await sheetOf(await get());
    expect(leaderRows[0]).not.toContain('Dân tộc');
    expect(leaderRows).toHaveLength(4); // g1 ×2 and g2, not g3
    actAs(fx.users.staffA1.id);
    const staffRows = await sheetOf(await get(`?unit=${fx.units.g2.id}`));
    expect(staffRows.slice(1).map((r) => r[8])).toEqual([fx.units.g2.name]);
  });

  it('refuses no session and someone with no grant, and a unit filter outside the scope yields nothing', async () => {
    actAs(null);
    expect((await get()).status).toBe(401);
    const nobody = await db.user.create({ data: { email: 'nobody@test.vn', displayName: 'nobody', passwordHash: 'x' } });
    actAs(nobody.id);
    expect((await get()).status).toBe(404);
    actAs(fx.users.chairG1.id);
    expect(await sheetOf(await get(`?unit=${fx.units.g3.id}`))).toHaveLength(1); // the header only
  });
});
