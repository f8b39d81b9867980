// Member import through the real route handlers against real PostgreSQL: the preview lists every
// row's problems and writes nothing; the commit writes all rows or none, set-based, with counters,
// periods, history and audit rows; the same file twice adds nothing; nobody imports into a union
// outside their scope; refused requests change nothing.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { POST as preview } from '@/app/(portal)/members/import/preview/route';
import { POST as commit } from '@/app/(portal)/members/import/commit/route';
import { GET as template } from '@/app/(portal)/members/import/template/route';
import { registerMember, leaveMember } from '@/lib/members/mutations';
import { actAs } from '../support/request-context';
import { counterMismatches, doubleOpenMemberships } from '../support/invariants';
import { createFixtureTree, NO_DETAILS, writeCounts, type Fixture } from '../support/fixtures';
import { csvFile, importLines, importRequest, xlsxFile, type Cells } from '../support/import-files';
import ExcelJS from 'exceljs';

// The outcome lines are JSON; tests read them loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

let fx: Fixture;
let serial = 0;
const person = (over: Cells = {}): Cells => ({
  fullName: `Nguyễn Thị Nhập ${++serial}`, gender: 'Nữ', birthDate: '15/04/1990', cccd: `0411900${String(serial).padStart(5, '0')}`,
  joinDate: '01/06/2026', unitCode: 'A1-G1', ...over,
});
const state = async () => ({ ...(await writeCounts()), imports: await db.memberImport.count(), importUnits: await db.memberImportUnit.count() });

async function runPreview(bytes: Uint8Array, name?: string) {
  const lines = await importLines(await preview(importRequest('/members/import/preview', bytes, name)));
  return lines.at(-1) as Loose;
}
async function runCommit(bytes: Uint8Array, sha256?: string, name?: string) {
  const first = sha256 ?? (await runPreview(bytes, name)).sha256;
  const lines = await importLines(await commit(importRequest('/members/import/commit', bytes, name, first)));
  return lines.at(-1) as Loose;
}
const issueKeys = (summary: Loose) => summary.issues.listed.map((i: Loose) => [i.row, i.field, i.key]);

beforeAll(async () => {
  fx = await createFixtureTree();
});
beforeEach(() => actAs(null));

describe('import preview', () => {
  it('lists every row\'s problems with row and column, and writes nothing', async () => {
    await registerMember(fx.users.admin.id, fx.units.g3, { fullName: 'Đã có', gender: 'male', birthDate: new Date('1980-01-01'), cccd: '041190099999', phone: null, joinDate: new Date('2020-01-01'), jobTitle: null, unitId: 0, ...NO_DETAILS });
    const good = person();
    const bytes = await xlsxFile([
      good,
      person({ cccd: '12345' }), // bad CCCD
      person({ birthDate: '31/02/1990' }), // bad date
      { ...person(), cccd: good.cccd }, // duplicate within the file
      person({ cccd: '041190099999' }), // already active elsewhere (g3, outside the chair's scope)
      person({ unitCode: 'NO-SUCH' }), // unknown unit
      person({ unitCode: 'A1-G2' }), // a union outside the chair's scope
      { unitCode: 'A1-G1' }, // every required field
      person({ birthDate: 32978, joinDate: new Date(Date.UTC(2026, 5, 1)) }), // serial number and Excel date: fine
    ]);
    actAs(fx.users.chairG1.id);
    const before = await state();
    const response = await preview(importRequest('/members/import/preview', bytes));
    expect(response.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = await importLines(response);
    expect(lines.some((l) => l.type === 'progress')).toBe(true);
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: 'preview', rowCount: 9, fileError: null });
    expect(issueKeys(summary)).toEqual([
      [3, 'cccd', 'errors.field.cccdFormat'],
      [4, 'birthDate', 'errors.field.dateFormat'],
      [5, 'cccd', 'memberImport.duplicateInFile'],
      [6, 'cccd', 'memberImport.activeElsewhere'],
      [7, 'unitCode', 'memberImport.unknownUnit'],
      [8, 'unitCode', 'memberImport.unitOutsideScope'],
      [9, 'fullName', 'errors.field.required'], [9, 'gender', 'errors.field.required'], [9, 'birthDate', 'errors.field.required'],
      [9, 'cccd', 'errors.field.required'], [9, 'joinDate', 'errors.field.required'],
    ]);
    expect(JSON.stringify(summary)).not.toContain(fx.units.g3.name);
    expect(await state()).toEqual(before);
    // A commit of the same file is refused as a whole.
    expect(await runCommit(bytes, summary.sha256 as string)).toMatchObject({ committed: false, message: { key: 'memberImport.notClean' } });
    expect(await state()).toEqual(before);
  });

  it('refuses no session, a foreign Origin, and someone who registers members nowhere, for preview, commit and template', async () => {
    const bytes = await xlsxFile([person()]);
    const before = await state();
    actAs(null);
    expect((await preview(importRequest('/members/import/preview', bytes))).status).toBe(401);
    expect((await commit(importRequest('/members/import/commit', bytes, undefined, 'x'))).status).toBe(401);
    expect((await template()).status).toBe(401);
    actAs(fx.users.chairG1.id, { origin: 'https://evil.example' });
    expect((await preview(importRequest('/members/import/preview', bytes))).status).toBe(403);
    expect((await commit(importRequest('/members/import/commit', bytes, undefined, 'x'))).status).toBe(403);
    actAs(fx.users.chairG1.id, { origin: null });
    expect((await commit(importRequest('/members/import/commit', bytes, undefined, 'x'))).status).toBe(403);
    actAs(fx.users.leaderA1.id);
    expect((await preview(importRequest('/members/import/preview', bytes))).status).toBe(404);
    expect((await commit(importRequest('/members/import/commit', bytes, undefined, 'x'))).status).toBe(404);
    expect((await template()).status).toBe(404);
    expect(await state()).toEqual(before);
  });

  it('names what is wrong with the file as a whole', async () => {
    actAs(fx.users.chairG1.id);
    const fileError = async (bytes: Uint8Array, name = 'x.xlsx') => (await runPreview(bytes, name)).fileError;
    expect(await fileError(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), 'anh.png')).toEqual({ key: 'memberImport.file.notSpreadsheet' });
    expect(await fileError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]), 'cu.xls')).toEqual({ key: 'memberImport.file.oldExcel' });
    expect(await fileError(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({ key: 'memberImport.file.notSpreadsheet' });
    const emptyBook = new ExcelJS.Workbook();
    emptyBook.addWorksheet('Trống');
    expect(await fileError(new Uint8Array(await emptyBook.xlsx.writeBuffer()))).toEqual({ key: 'memberImport.file.emptySheet' });
    expect(await fileError(await xlsxFile([], {}))).toEqual({ key: 'memberImport.file.noRows' });
    expect(await fileError(await xlsxFile([person()], { headers: ['Họ và tên', 'Số CCCD', 'Ngày sinh'] }))).toEqual({
      key: 'memberImport.file.missingColumns', params: { columns: 'Giới tính, Ngày vào công đoàn, Mã công đoàn cơ sở' },
    });
    expect(await fileError(await xlsxFile([person(), person()], { merge: 'A2:A3' }))).toEqual({ key: 'memberImport.file.mergedCells', params: { cells: 'A2:A3' } });
    const empty = await preview(importRequest('/members/import/preview', new Uint8Array()));
    expect(empty.status).toBe(400);
  });

  it('reads a CSV with decomposed Vietnamese, a title row above the header, and refuses formulas by cell', async () => {
    actAs(fx.users.chairG1.id);
    const csv = await runPreview(csvFile([person({ fullName: 'Trần Thị Ánh'.normalize('NFD') })]), 'ds.csv');
    expect(csv).toMatchObject({ fileError: null, rowCount: 1, toAdd: 1 });
    const titled = await runPreview(await xlsxFile([person({ fullName: { formula: 'UPPER("a")', result: 'A' } })], { before: [['DANH SÁCH ĐOÀN VIÊN'], []] }));
    expect(issueKeys(titled)).toEqual([[4, 'fullName', 'memberImport.cell.formula']]);
  });
});

describe('import commit', () => {
  it('writes every row in one go: members, periods, counters, history and audit; the same file again adds nothing', async () => {
    actAs(fx.users.chairG1.id);
    const rows = [person({ gender: 'Nam' }), person(), person({ fullName: 'Lê Văn Kết'.normalize('NFD'), cardNumber: 'TV-IMPORT-1' })];
    const bytes = await xlsxFile(rows);
    const before = await state();
    const counterBefore = await db.unitCounter.findUnique({ where: { unitId: fx.units.g1.id } });
    const outcome = await runCommit(bytes);
    expect(outcome).toMatchObject({ type: 'commit', committed: true, added: 3, rejoined: 0, unchanged: 0 });
    const members = await db.member.findMany({ where: { cccd: { in: rows.map((r) => r.cccd as string) } }, include: { memberships: true }, orderBy: { cccd: 'asc' } });
    expect(members).toHaveLength(3);
    expect(members.every((m) => m.unitId === fx.units.g1.id && m.unitPath === fx.units.g1.path && m.memberships.length === 1 && m.memberships[0].admissionKind === 'new')).toBe(true);
    expect(members.find((m) => m.cardNumber === 'TV-IMPORT-1')?.fullName).toBe('Lê Văn Kết');
    expect(members.find((m) => m.cardNumber === 'TV-IMPORT-1')?.nameSearch).toBe('le van ket');
    expect(members.filter((m) => m.cardNumber.startsWith('CD'))).toHaveLength(2);
    const counterAfter = await db.unitCounter.findUniqueOrThrow({ where: { unitId: fx.units.g1.id } });
    expect(counterAfter.activeMembers).toBe((counterBefore?.activeMembers ?? 0) + 3);
    expect(counterAfter.activeWomen).toBe((counterBefore?.activeWomen ?? 0) + 2);
    expect(await state()).toEqual({ ...before, members: before.members + 3, memberships: before.memberships + 3, counted: before.counted + 3, audit: before.audit + 2, imports: before.imports + 1, importUnits: before.importUnits + 1 });
    const record = await db.memberImport.findUniqueOrThrow({ where: { id: outcome.importId } });
    expect(record).toMatchObject({ actorId: fx.users.chairG1.id, fileName: 'doan-vien.xlsx', rowCount: 3, addedCount: 3 });
    expect(await db.auditLog.count({ where: { action: 'member.import', entityId: String(record.id), unitId: fx.units.g1.id } })).toBe(1);

    const again = await runPreview(bytes);
    expect(again).toMatchObject({ toAdd: 0, unchanged: 3, earlier: { by: 'chairG1' } });
    const second = await runCommit(bytes);
    expect(second).toMatchObject({ committed: true, added: 0, rejoined: 0, unchanged: 3 });
    expect(await db.member.count({ where: { cccd: { in: rows.map((r) => r.cccd as string) } } })).toBe(3);
    expect((await db.unitCounter.findUniqueOrThrow({ where: { unitId: fx.units.g1.id } })).activeMembers).toBe(counterAfter.activeMembers);
  });

  it('lets staff import into several unions of their scope at once, and rejoins former members', async () => {
    const { memberId } = await registerMember(fx.users.admin.id, fx.units.g2, { fullName: 'Cũ', gender: 'male', birthDate: new Date('1980-01-01'), cccd: '041180000001', phone: null, joinDate: new Date('2020-01-01'), jobTitle: null, unitId: 0, ...NO_DETAILS });
    await leaveMember(fx.users.admin.id, { memberId, reason: 'moved', leftOn: new Date('2025-01-01'), note: null, confirm: 'yes' });
    actAs(fx.users.staffA1.id);
    const outcome = await runCommit(await xlsxFile([person(), person({ unitCode: 'A1-G2' }), person({ cccd: '041180000001', unitCode: 'A1-G2', fullName: 'Cũ Trở Lại' })]));
    expect(outcome).toMatchObject({ committed: true, added: 2, rejoined: 1 });
    const back = await db.member.findUniqueOrThrow({ where: { id: memberId }, include: { memberships: { orderBy: { id: 'asc' } } } });
    expect(back).toMatchObject({ unitId: fx.units.g2.id, fullName: 'Cũ Trở Lại' });
    expect(back.memberships.map((m) => m.admissionKind)).toEqual(['new', 'rejoin']);
    expect(await db.memberImportUnit.count({ where: { importId: outcome.importId } })).toBe(2);
  });

  it('never writes a row outside the importer\'s scope: the whole file is refused', async () => {
    actAs(fx.users.chairG1.id);
    const bytes = await xlsxFile([person(), person({ unitCode: 'A2-G3' })]);
    const before = await state();
    const outcome = await runCommit(bytes);
    expect(outcome).toMatchObject({ committed: false, message: { key: 'memberImport.notClean' } });
    expect(issueKeys(outcome.summary)).toEqual([[3, 'unitCode', 'memberImport.unitOutsideScope']]);
    expect(await state()).toEqual(before);
  });

  it('refuses a commit of a file other than the one previewed, and one that went stale', async () => {
    actAs(fx.users.chairG1.id);
    const row = person();
    const bytes = await xlsxFile([row]);
    const { sha256 } = await runPreview(bytes);
    const before = await state();
    expect(await runCommit(await xlsxFile([person()]), sha256)).toMatchObject({ committed: false, message: { key: 'memberImport.changedFile' } });
    expect(await state()).toEqual(before);
    // Between preview and commit, the person is registered in another union: the commit checks again.
    await registerMember(fx.users.admin.id, fx.units.g3, { fullName: 'Nhanh tay', gender: 'male', birthDate: new Date('1980-01-01'), cccd: row.cccd as string, phone: null, joinDate: new Date('2020-01-01'), jobTitle: null, unitId: 0, ...NO_DETAILS });
    const mid = await state();
    expect(await runCommit(bytes, sha256)).toMatchObject({ committed: false });
    expect(await state()).toEqual(mid);
  });

  it('keeps one active membership per CCCD and the counters equal to a recount', async () => {
    expect(await doubleOpenMemberships()).toBe(0);
    expect(await counterMismatches()).toEqual([]);
  });

  it('serves the template with the headers the import reads', async () => {
    actAs(fx.users.chairG1.id);
    const response = await template();
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên *');
    expect(sheet.getRow(2).getCell(1).value).toBe('Nguyễn Văn Mẫu');
    // The example row's union code is not real, so a forgotten example row is caught.
    const outcome = await runPreview(new Uint8Array(await (await template()).arrayBuffer()));
    expect(issueKeys(outcome)).toEqual([[2, 'unitCode', 'memberImport.unknownUnit']]);
  });
});
