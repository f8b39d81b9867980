// GET /movements/:id/not-reported: the units of the movement's audience that have not reported, as
// .xlsx with Vietnamese headers. Only those who see the participation table on the page (staff and
// admins over the launching unit) may take it; the handler checks that itself and audits the export.
import { getActor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/policy';
import { getMovement, listNotReportedAfter } from '@/lib/movements/data';
import { recordNotReportedExport } from '@/lib/movements/mutations';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { xlsxResponse } from '@/lib/xlsx/stream';
import vi from '@/lib/i18n/messages/vi/movements.json';

export const dynamic = 'force-dynamic';

const EXPORT_BATCH = 500;
const m = vi.movements;

async function* batches(movement: { id: number; path: string; audienceKind: string }, signal: AbortSignal) {
  let afterId = 0;
  while (!signal.aborted) {
    const rows = await listNotReportedAfter(movement, afterId, EXPORT_BATCH);
    if (rows.length === 0) return;
    yield rows.map((row) => [row.code, row.name, row.parentName, row.registeredOn ? m.export.registered : m.notRegistered, row.registeredOn]);
    if (rows.length < EXPORT_BATCH) return;
    afterId = rows[rows.length - 1].id;
  }
}

export async function GET(request: Request, { params }: RouteContext<'/movements/[id]/not-reported'>) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const movement = await getMovement(Number((await params).id));
  if (!movement || !can(actor, 'unit.view', movement)) return new Response(null, { status: 404 });
  if (!can(actor, 'movement.manage', movement)) return new Response(null, { status: 403 });
  await recordNotReportedExport(actor.userId, movement);
  const h = m.export;
  return xlsxResponse({
    filename: `chua-bao-cao-phong-trao-${movement.id}-${isoDate(todayInVietnam())}.xlsx`,
    sheetName: h.sheet,
    signal: request.signal,
    columns: [
      { header: h.code, width: 14 }, { header: h.unit, width: 48 }, { header: h.parent, width: 36 },
      { header: h.status, width: 18 }, { header: h.registeredOn, width: 16, numFmt: 'dd/mm/yyyy' },
    ],
    batches: batches(movement, request.signal),
  });
}
