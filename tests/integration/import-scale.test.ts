// A 50,000-row import through the real route handlers: checked and written within the target
// (30 s wall for preview plus commit, 300 MB more memory at the peak), set-based, counters exact.
// The figures are printed so they can be compared run to run.
import { beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { POST as preview } from '@/app/(portal)/members/import/preview/route';
import { POST as commit } from '@/app/(portal)/members/import/commit/route';
import { GET as exportMembers } from '@/app/(portal)/members/export/route';
import { IMPORT_COLUMNS } from '@/lib/members/import-rows';
import { actAs } from '../support/request-context';
import { createFixtureTree, type Fixture } from '../support/fixtures';
import { importLines, importRequest } from '../support/import-files';
import { measured } from '../support/invariants';

const ROWS = 50_000;
let fx: Fixture;
let file: Uint8Array;

async function bigFile(): Promise<Uint8Array> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  // Shared strings, as Excel itself saves a workbook.
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  const sheet = book.addWorksheet('Đoàn viên');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header)).commit();
  for (let i = 0; i < ROWS; i++) {
    const row: Record<string, unknown> = {
      fullName: `Nguyễn Văn Số ${i}`, gender: i % 2 ? 'Nam' : 'Nữ', birthDate: '15/04/1990', cccd: `05119${String(i).padStart(7, '0')}`,
      joinDate: 46000 + (i % 100), unitCode: i % 3 ? 'A1-G1' : 'A1-G2', phone: '0912345678', nationality: 'VN', ethnicity: 'Kinh',
      jobTitle: 'Công nhân', educationLevel: 'Trung học phổ thông', qualification: 'Trung cấp',
    };
    sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.field] ?? null)).commit();
  }
  sheet.commit();
  await book.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

beforeAll(async () => {
  fx = await createFixtureTree();
  file = await bigFile();
}, 120_000);

describe('a 50,000-row import', () => {
  it('is checked and written in one transaction with progress, within 300 MB more memory', async () => {
    actAs(fx.users.staffA1.id);
    const { result: checked, ms: previewMs, peakMb: previewPeakMb } = await measured(async () => (await importLines(await preview(importRequest('/members/import/preview', file)))).at(-1)!);
    expect(checked).toMatchObject({ type: 'preview', rowCount: ROWS, toAdd: ROWS, fileError: null, issues: { total: 0 } });
    const { result: lines, ms: commitMs, peakMb: commitPeakMb } = await measured(async () => importLines(await commit(importRequest('/members/import/commit', file, 'big.xlsx', checked.sha256 as string))));
    const totalMs = previewMs + commitMs;
    const extraMb = Math.max(previewPeakMb, commitPeakMb);
    expect(lines.filter((l) => l.type === 'progress').length).toBeGreaterThan(20);
    expect(lines.at(-1)).toMatchObject({ type: 'commit', committed: true, added: ROWS });
    console.log(`import of ${ROWS} rows (${(file.length / 1e6).toFixed(1)} MB): preview ${(previewMs / 1000).toFixed(1)} s (peak +${previewPeakMb} MB), preview + commit ${(totalMs / 1000).toFixed(1)} s, peak +${extraMb} MB RSS`);
    expect(await db.member.count({ where: { cccd: { startsWith: '05119' } } })).toBe(ROWS);
    const counters = await db.unitCounter.findMany({ where: { unitId: { in: [fx.units.g1.id, fx.units.g2.id] } }, orderBy: { unitId: 'asc' } });
    expect(counters.map((c) => c.activeMembers)).toEqual([ROWS - Math.ceil(ROWS / 3), Math.ceil(ROWS / 3)]);
    // Its time (30 s target) is measured by `npm run bench`, not asserted here: a timed test flakes on a busy machine.
    expect(extraMb).toBeLessThan(300);
  }, 180_000);

  it('exports 100,000 members as a stream without holding them in memory', async () => {
    // 100,000 members of g2 in one statement (the ward may hold the import's 50,000 too).
    await db.$executeRaw`
      WITH p AS (
        INSERT INTO members (cccd, full_name, name_search, gender, birth_date, card_number, unit_id, unit_path)
        SELECT '07119' || lpad(g::text, 7, '0'), 'Trần Thị Xuất ' || g, 'tran thi xuat ' || g, 'female', DATE '1990-01-01', 'EX' || g, ${fx.units.g2.id}, ${fx.units.g2.path}
        FROM generate_series(1, 100000) g RETURNING id)
      INSERT INTO memberships (member_id, unit_id, admitted_on) SELECT id, ${fx.units.g2.id}, DATE '2020-01-01' FROM p`;
    const exported = await db.member.count({ where: { unitPath: { startsWith: fx.units.wardA1.path } } });
    actAs(fx.users.staffA1.id);
    let firstByteMs = 0;
    const { result: bytes, ms, peakMb: extraMb } = await measured(async () => {
      const started = performance.now();
      const response = await exportMembers(new Request('http://localhost:3000/members/export'));
      let total = 0;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (!total) firstByteMs = performance.now() - started;
        total += chunk.length;
      }
      return total;
    });
    console.log(`export of ${exported} members: ${(bytes / 1e6).toFixed(1)} MB in ${(ms / 1000).toFixed(1)} s, first byte after ${Math.round(firstByteMs)} ms, peak +${extraMb} MB RSS`);
    expect(exported).toBeGreaterThanOrEqual(100_000);
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(extraMb).toBeLessThan(200);
  }, 180_000);
});

