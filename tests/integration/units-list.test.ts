// The units list and its .xlsx export against real PostgreSQL: scope, accent-insensitive search,
// every filter, keyset pages in each sort, and the export route's own session and scope checks.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { loadActor } from '@/lib/auth/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { listUnits } from '@/lib/units/data';
import { parseUnitListFilter, type UnitListFilter } from '@/lib/units/schema';
import { GET as exportUnits } from '@/app/(portal)/units/export/route';
import { actAs } from '../support/request-context';
import { createFixtureTree, type Fixture } from '../support/fixtures';

let fx: Fixture;
const today = todayInVietnam();
const days = (n: number) => new Date(today.getTime() + n * 86_400_000);

beforeAll(async () => {
  fx = await createFixtureTree();
  const { g1, g2, g3, wardA1 } = fx.units;
  await db.unit.update({ where: { id: g1.id }, data: { name: 'Công đoàn cơ sở Công ty Thủy Nguyên', nameSearch: 'cong doan co so cong ty thuy nguyen', sector: 'foreign_invested', foundedOn: new Date('2012-05-18'), cbaSignedOn: days(-300), cbaExpiresOn: days(400) } });
  await db.unit.update({ where: { id: g2.id }, data: { sector: 'non_state_enterprise', foundedOn: new Date('2025-03-01'), cbaSignedOn: days(-700), cbaExpiresOn: days(30) } });
  await db.unit.update({ where: { id: g3.id }, data: { sector: 'public_service_unit', foundedOn: new Date('2025-09-01'), cbaSignedOn: days(-800), cbaExpiresOn: days(-5) } });
  await db.unit.update({ where: { id: wardA1.id }, data: { foundedOn: new Date('2025-07-01') } });
  // Real members with open periods (the list reads the target rollups, which the triggers keep).
  for (const [unit, total, women] of [[g1, 30, 10], [fx.units.g1group, 5, 5], [g2, 80, 40], [g3, 12, 9]] as const) {
    await db.$executeRaw`
      INSERT INTO members (cccd, full_name, name_search, gender, birth_date, card_number, unit_id, unit_path)
      SELECT lpad((800000000000 + ${unit.id}::bigint * 1000 + g)::text, 12, '0'), 'Đoàn viên ' || g, 'doan vien ' || g,
             CASE WHEN g <= ${women}::int THEN 'female'::gender ELSE 'male'::gender END, DATE '1990-01-01', 'LIST-' || ${unit.id} || '-' || g, ${unit.id}, ${unit.path}
      FROM generate_series(1, ${total}::int) AS g`;
    await db.$executeRaw`
      INSERT INTO memberships (member_id, unit_id, admitted_on) SELECT id, ${unit.id}, DATE '2022-01-01' FROM members WHERE card_number LIKE ${`LIST-${unit.id}-%`}`;
    await db.unitCounter.create({ data: { unitId: unit.id, activeMembers: total, activeWomen: women } });
  }
});
beforeEach(() => actAs(null));

const filterOf = (params: Record<string, string> = {}): UnitListFilter => parseUnitListFilter(params);
async function codes(userId: number, params: Record<string, string> = {}) {
  const actor = await loadActor(userId);
  return (await listUnits(actor!, filterOf(params), today)).rows.map((r) => r.code);
}

describe('listUnits', () => {
  it('lists exactly the actor’s scope', async () => {
    expect((await codes(fx.users.staffA1.id)).sort()).toEqual(['A1', 'A1-G1', 'A1-G1-T1', 'A1-G2']);
    expect((await codes(fx.users.chairG1.id)).sort()).toEqual(['A1-G1', 'A1-G1-T1']);
    expect((await codes(fx.users.staffA2.id)).sort()).toEqual(['A2', 'A2-G3']);
    expect(await codes(fx.users.admin.id)).toHaveLength(11);
  });

  it('searches names without accents and codes without case', async () => {
    expect(await codes(fx.users.admin.id, { q: 'thuy nguyen' })).toEqual(['A1-G1']);
    expect(await codes(fx.users.admin.id, { q: 'Thủy  Nguyên' })).toEqual(['A1-G1']);
    expect(await codes(fx.users.admin.id, { q: 'a1-g2' })).toEqual(['A1-G2']);
    expect(await codes(fx.users.admin.id, { q: '%' })).toEqual([]);
    // Search never widens the scope.
    expect(await codes(fx.users.staffA2.id, { q: 'thuy nguyen' })).toEqual([]);
  });

  it('filters by kind, sector, CBA status, status and founding year', async () => {
    const admin = fx.users.admin.id;
    expect((await codes(admin, { kind: 'grassroots' })).sort()).toEqual(['A1-G1', 'A1-G2', 'A2-G3', 'B1-G4']);
    expect(await codes(admin, { sector: 'foreign_invested' })).toEqual(['A1-G1']);
    expect(await codes(admin, { cba: 'valid' })).toEqual(['A1-G1']);
    expect(await codes(admin, { cba: 'expiring' })).toEqual(['A1-G2']);
    expect(await codes(admin, { cba: 'expired' })).toEqual(['A2-G3']);
    expect(await codes(admin, { cba: 'none', kind: 'grassroots' })).toEqual(['B1-G4']);
    expect((await codes(admin, { year: '2025' })).sort()).toEqual(['A1', 'A1-G2', 'A2-G3']);
    expect(await codes(admin, { status: 'dissolved' })).toEqual([]);
    // Unknown values are ignored rather than failing the page.
    expect(await codes(admin, { kind: 'castle', cba: 'x', year: 'abc' })).toHaveLength(11);
  });

  it('sums members over each unit’s subtree and sorts by them, most first', async () => {
    const actor = await loadActor(fx.users.staffA1.id);
    const { rows } = await listUnits(actor!, filterOf({ sort: 'members' }), today);
    expect(rows.map((r) => [r.code, r.activeMembers])).toEqual([['A1', 115], ['A1-G2', 80], ['A1-G1', 35], ['A1-G1-T1', 5]]);
    // Each row's parent, looked up for the page after the sort.
    const units = await db.unit.findMany({ where: { code: { in: rows.map((r) => r.code) } }, select: { code: true, parent: { select: { name: true } } } });
    const parentOf = new Map(units.map((u) => [u.code, u.parent?.name ?? null]));
    expect(rows.map((r) => [r.code, r.parentName])).toEqual(rows.map((r) => [r.code, parentOf.get(r.code)]));
    expect(rows.every((r) => r.parentName)).toBe(true);
  });

  for (const sort of ['name', 'members', 'founded'] as const) {
    it(`pages by keyset in ${sort} order: every unit once, in the same order as one big page`, async () => {
      const actor = (await loadActor(fx.users.admin.id))!;
      const whole = (await listUnits(actor, filterOf({ sort }), today, 100)).rows.map((r) => r.id);
      const paged: number[] = [];
      let after: string | undefined;
      do {
        const page = await listUnits(actor, { ...filterOf({ sort }), after }, today, 3);
        paged.push(...page.rows.map((r) => r.id));
        after = page.next ?? undefined;
      } while (after);
      expect(paged).toEqual(whole);
      expect(new Set(paged).size).toBe(11);
    });
  }
});

describe('GET /units/export', () => {
  const get = (query = '') => exportUnits(new Request(`http://localhost:3000/units/export${query}`));

  it('refuses without a session', async () => {
    expect((await get()).status).toBe(401);
    actAs(fx.users.inactiveChairG1.id);
    expect((await get()).status).toBe(401);
  });

  it('exports the current filter, inside the scope only, with Vietnamese headers', async () => {
    actAs(fx.users.staffA1.id);
    const response = await get('?kind=grassroots');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Mã đơn vị', 'Tên đơn vị', 'Số đoàn viên', 'Tình trạng thỏa ước']));
    const exported = sheet.getColumn(1).values.slice(2);
    expect([...exported].sort()).toEqual(['A1-G1', 'A1-G2']);
    const g2 = sheet.getRow(exported.indexOf('A1-G2') + 2);
    expect(g2.getCell(8).value).toBe(80);
    expect(g2.getCell(14).value).toBe('Sắp hết hạn (90 ngày)');
  });
});
