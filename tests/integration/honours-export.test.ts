// The awards and initiatives registers exported to .xlsx by their route handlers, against real
// PostgreSQL: the workbook read back with exceljs, the filter applied, the scope enforced by the
// handler itself, and an audit row for every export.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { GET as exportAwards } from '@/app/(portal)/awards/export/route';
import { GET as exportInitiatives } from '@/app/(portal)/initiatives/export/route';
import { actAs } from '../support/request-context';
import { createFixtureTree, type Fixture } from '../support/fixtures';
import { createHonours } from '../support/honours';

let fx: Fixture;
let cardMai: string;

beforeAll(async () => {
  fx = await createFixtureTree();
  cardMai = (await createHonours(fx)).mai.cardNumber;
});
beforeEach(() => actAs(null));

async function sheetOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const sheet = workbook.worksheets[0];
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
  return { headers: (sheet.getRow(1).values as unknown[]).slice(1), rows };
}
const exportAudits = (action: string) => db.auditLog.findMany({ where: { action }, orderBy: { id: 'asc' } });

describe('GET /awards/export', () => {
  const get = (query = '') => exportAwards(new Request(`http://localhost:3000/awards/export${query}`));

  it('exports the register of the chosen subtree with Vietnamese headers, issued decisions only, and audits it', async () => {
    actAs(fx.users.staffA1.id);
    const { headers, rows } = await sheetOf(await get(`?unit=${fx.units.wardA1.id}`));
    expect(headers).toEqual(['Năm', 'Đối tượng', 'Tập thể / cá nhân', 'Số thẻ / mã đơn vị', 'Hình thức khen thưởng', 'Đơn vị', 'Số quyết định', 'Ngày ký', 'Người ký', 'Đơn vị ban hành']);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([2025, 'Cá nhân', 'Vũ Thị Mai', cardMai, 'Giấy khen', fx.units.g1.name, '12/QĐ', new Date(Date.UTC(2025, 11, 20)), 'Phạm Văn Đức', fx.units.wardA1.name]);
    expect(rows[1].slice(0, 4)).toEqual([2025, 'Tập thể', fx.units.g2.name, fx.units.g2.code]);
    expect(rows.map((r) => r[6])).not.toContain('13/QĐ');
    const [audit] = (await exportAudits('award.export')).slice(-1);
    expect(audit).toMatchObject({ actorId: fx.users.staffA1.id, entity: 'unit', unitId: fx.units.wardA1.id });
  });

  it('applies the year, type and recipient filters', async () => {
    actAs(fx.users.staffA1.id);
    const type = await db.awardType.findUniqueOrThrow({ where: { code: 'GIAY_KHEN' } });
    expect((await sheetOf(await get(`?unit=${fx.units.wardA1.id}&year=2025&recipient=member&type=${type.id}`))).rows.map((r) => [r[0], r[2]])).toEqual([[2025, 'Vũ Thị Mai']]);
    expect((await sheetOf(await get(`?unit=${fx.units.wardA1.id}&recipient=unit`))).rows.map((r) => r[2])).toEqual([fx.units.g2.name]);
    const other = await db.awardType.findUniqueOrThrow({ where: { code: 'BANG_LDST' } });
    expect((await sheetOf(await get(`?unit=${fx.units.wardA1.id}&type=${other.id}`))).rows).toEqual([]);
  });

  it('exports the whole scope by default; a leader exports what they can read', async () => {
    actAs(fx.users.leaderA1.id);
    expect((await sheetOf(await get())).rows.map((r) => r[6])).toEqual(['12/QĐ', '12/QĐ', '12/QĐ']);
    actAs(fx.users.admin.id);
    expect((await sheetOf(await get(`?unit=${fx.units.fedA.id}`))).rows).toHaveLength(4);
  });

  it('refuses a subtree outside the scope and a visitor without a session, and audits neither', async () => {
    const before = (await exportAudits('award.export')).length;
    actAs(fx.users.staffA1.id);
    expect((await get(`?unit=${fx.units.wardA2.id}`)).status).toBe(404);
    actAs(fx.users.chairG1.id);
    expect((await get(`?unit=${fx.units.g2.id}`)).status).toBe(404);
    actAs(null);
    expect((await get()).status).toBe(401);
    actAs(fx.users.inactiveChairG1.id);
    expect((await get()).status).toBe(401);
    expect(await exportAudits('award.export')).toHaveLength(before);
  });
});

describe('GET /initiatives/export', () => {
  const get = (query = '') => exportInitiatives(new Request(`http://localhost:3000/initiatives/export${query}`));

  it('exports the subtree newest first with Vietnamese headers and exact VND values, and audits it', async () => {
    actAs(fx.users.staffA1.id);
    const { headers, rows } = await sheetOf(await get(`?unit=${fx.units.wardA1.id}`));
    expect(headers).toEqual(['Năm', 'Loại', 'Tên sáng kiến / đề tài', 'Lĩnh vực', 'Tác giả', 'Đơn vị', 'Ngày áp dụng', 'Giá trị làm lợi (VND)', 'Trạng thái', 'Cấp công nhận', 'Phong trào thi đua']);
    expect(rows.map((r) => r[2])).toEqual(['Đề tài an toàn lao động', 'Dây chuyền sơn tĩnh điện', 'Cải tiến khuôn dập giảm phế phẩm']);
    expect(rows[2].slice(0, 3)).toEqual([2025, 'Sáng kiến', 'Cải tiến khuôn dập giảm phế phẩm']);
    expect(rows[2][4]).toBe('Vũ Thị Mai');
    expect(rows[2][7]).toBe(150_000_000);
    expect(rows[2][8]).toBe('Đã công nhận');
    // Beyond Excel's 15 digits the value is kept exactly, as text.
    expect(rows[1][7]).toBe('2500000000000000000');
    expect(rows[0][1]).toBe('Đề tài khoa học');
    expect((await exportAudits('initiative.export')).at(-1)).toMatchObject({ actorId: fx.users.staffA1.id, unitId: fx.units.wardA1.id });
  });

  it('applies the year and kind filters', async () => {
    actAs(fx.users.staffA1.id);
    expect((await sheetOf(await get(`?unit=${fx.units.wardA1.id}&year=2025`))).rows.map((r) => r[2])).toEqual(['Đề tài an toàn lao động', 'Cải tiến khuôn dập giảm phế phẩm']);
    expect((await sheetOf(await get(`?unit=${fx.units.wardA1.id}&kind=scientific_topic`))).rows).toHaveLength(1);
    expect((await sheetOf(await get(`?unit=${fx.units.g1.id}&status=submitted`))).rows).toEqual([]);
  });

  it('lets a leader export their scope; refuses another branch and a visitor, and audits neither', async () => {
    actAs(fx.users.leaderA1.id);
    expect((await sheetOf(await get())).rows).toHaveLength(3);
    const before = (await exportAudits('initiative.export')).length;
    expect((await get(`?unit=${fx.units.g3.id}`)).status).toBe(404);
    actAs(fx.users.chairG3.id);
    expect((await get(`?unit=${fx.units.g1.id}`)).status).toBe(404);
    actAs(null);
    expect((await get()).status).toBe(401);
    expect(await exportAudits('initiative.export')).toHaveLength(before);
  });
});
