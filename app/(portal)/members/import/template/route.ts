// GET /members/import/template: the import template (.xlsx) with Vietnamese headers and an example
// row whose union code is deliberately not a real one, so a forgotten example row is caught by the preview.
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { IMPORT_COLUMNS } from '@/lib/members/import-rows';
import { xlsxResponse, type XlsxCell } from '@/lib/xlsx/stream';

export const dynamic = 'force-dynamic';

const EXAMPLE: Record<string, XlsxCell> = {
  fullName: 'Nguyễn Văn Mẫu', gender: 'Nam', birthDate: '15/04/1990', cccd: '031090012345', joinDate: '01/06/2026', unitCode: 'VI-DU-XOA-DONG-NAY',
  phone: '0912345678', email: 'mau@example.vn', nationality: 'VN', ethnicity: 'Kinh', jobTitle: 'Công nhân may', cardNumber: '',
  educationLevel: 'Trung học phổ thông', qualification: 'Trung cấp', officialPosition: '', officialTrainedOn: '', appActivatedOn: '10/06/2026',
};

async function* exampleRow(): AsyncGenerator<XlsxCell[][]> {
  yield [IMPORT_COLUMNS.map((c) => EXAMPLE[c.field] ?? null)];
}

export async function GET() {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!canAnywhere(actor, 'member.register')) return new Response(null, { status: 404 });
  return xlsxResponse({
    filename: 'mau-nhap-doan-vien.xlsx',
    sheetName: 'Đoàn viên',
    // Every column as text ('@'): Excel then keeps a CCCD's leading zero and a date as typed.
    columns: IMPORT_COLUMNS.map((c) => ({ header: c.required ? `${c.header} *` : c.header, width: Math.max(14, c.header.length + 4), numFmt: '@' })),
    batches: exampleRow(),
  });
}
