// GET /units/export?<the list's filter>: the filtered units list as .xlsx, with Vietnamese headers.
// A route handler is a public endpoint like an action: it reads the session and scopes the query
// itself (listUnits filters by the actor's grants); the proxy's redirect is not the guard.
import { getActor } from '@/lib/auth/actor';
import { canAnywhere } from '@/lib/auth/policy';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { listUnits, type UnitListRow } from '@/lib/units/data';
import { cbaStatus, parseUnitListFilter, type UnitListFilter } from '@/lib/units/schema';
import { xlsxResponse, type XlsxCell } from '@/lib/xlsx/stream';
import vi from '@/lib/i18n/messages/vi/units.json';

export const dynamic = 'force-dynamic';

const EXPORT_BATCH = 500;
const m = vi.units;

async function* batches(actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, filter: UnitListFilter, today: Date, signal: AbortSignal) {
  let after: string | undefined;
  do {
    const page = await listUnits(actor, { ...filter, after }, today, EXPORT_BATCH);
    yield page.rows.map((row) => cells(row, today));
    after = page.next ?? undefined;
  } while (after && !signal.aborted);
}

function cells(row: UnitListRow, today: Date): XlsxCell[] {
  return [
    row.code, row.name, m.kind[row.kind], row.parentName, row.sector ? m.sector[row.sector] : null, m.status[row.status],
    row.foundedOn, row.activeMembers, row.activeWomen, row.employerName, row.workforceTotal,
    row.cbaSignedOn, row.cbaExpiresOn, row.kind === 'grassroots' ? m.cba[cbaStatus(row.cbaExpiresOn, today)] : null,
  ];
}

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!canAnywhere(actor, 'unit.view')) return new Response(null, { status: 404 });
  const filter = parseUnitListFilter(Object.fromEntries(new URL(request.url).searchParams));
  const today = todayInVietnam();
  const h = m.export;
  return xlsxResponse({
    filename: `danh-sach-don-vi-${isoDate(today)}.xlsx`,
    sheetName: h.sheet,
    signal: request.signal,
    columns: [
      { header: h.code, width: 14 }, { header: h.name, width: 48 }, { header: h.kind, width: 22 },
      { header: h.parent, width: 32 }, { header: h.sector, width: 28 }, { header: h.status, width: 16 },
      { header: h.foundedOn, width: 14, numFmt: 'dd/mm/yyyy' }, { header: h.members, width: 12, numFmt: '#,##0' },
      { header: h.women, width: 12, numFmt: '#,##0' }, { header: h.employer, width: 40 }, { header: h.workforce, width: 14, numFmt: '#,##0' },
      { header: h.cbaSignedOn, width: 16, numFmt: 'dd/mm/yyyy' }, { header: h.cbaExpiresOn, width: 18, numFmt: 'dd/mm/yyyy' },
      { header: h.cbaStatus, width: 22 },
    ],
    batches: batches(actor, { ...filter, after: undefined }, today, request.signal),
  });
}
