// Spreadsheets for the import tests, built with exceljs the way Excel would save them.
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from '@/lib/members/import-rows';

export type Cells = Record<string, unknown>;

/** An .xlsx whose first row is the template's headers and then one row per entry. */
export async function xlsxFile(rows: Cells[], options: { headers?: string[]; merge?: string; before?: unknown[][] } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đoàn viên');
  for (const row of options.before ?? []) sheet.addRow(row);
  sheet.addRow(options.headers ?? IMPORT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.field] ?? null));
  if (options.merge) sheet.mergeCells(options.merge);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A .csv with the template's headers (';' as Vietnamese Excel writes it). */
export function csvFile(rows: Cells[]): Uint8Array {
  const quote = (v: unknown) => (v == null ? '' : /[;"\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [IMPORT_COLUMNS.map((c) => c.header).join(';'), ...rows.map((r) => IMPORT_COLUMNS.map((c) => quote(r[c.field])).join(';'))];
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

/** A request to an import route with the file (and the previewed hash for a commit). */
export function importRequest(path: string, bytes: Uint8Array, name = 'doan-vien.xlsx', sha256?: string): Request {
  const form = new FormData();
  form.set('file', new File([bytes as BlobPart], name));
  if (sha256) form.set('sha256', sha256);
  return new Request(`http://localhost:3000${path}`, { method: 'POST', body: form });
}

/** The JSON lines of an import route's answer: progress lines and the final outcome. */
export async function importLines(response: Response): Promise<Record<string, unknown>[]> {
  const text = await response.text();
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
}
