// GET /initiatives/export?<the register's filter>: the initiatives register as .xlsx, with
// Vietnamese headers. Like an action, the handler reads the session and scopes its own query (the
// subtree must be one the actor may read, exactly as on the page); each export is audited.
import { getActor } from '@/lib/auth/actor';
import { resolvePageUnit } from '@/lib/units/data';
import { listInitiatives, type InitiativeFilter } from '@/lib/initiatives/data';
import { recordInitiativesExport } from '@/lib/initiatives/mutations';
import { readInitiativeParams } from '@/lib/initiatives/page-params';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { xlsxResponse } from '@/lib/xlsx/stream';
import vi from '@/lib/i18n/messages/vi/initiatives.json';

export const dynamic = 'force-dynamic';

const EXPORT_BATCH = 500;
/** Excel keeps 15 significant digits: larger sums are written as text so no đồng is lost. */
const EXCEL_EXACT_LIMIT = 999_999_999_999_999n;
const m = vi.initiatives;

async function* batches(filter: InitiativeFilter, signal: AbortSignal) {
  let before: number | undefined;
  do {
    const page = await listInitiatives(filter, before, EXPORT_BATCH);
    yield page.initiatives.map((row) => [
      row.year, m.kinds[row.kind], row.title, row.field, row.authorNames.join(', '), row.unitName, row.appliedOn,
      row.valueVnd <= EXCEL_EXACT_LIMIT ? Number(row.valueVnd) : row.valueVnd.toString(),
      m.statuses[row.status], row.recognitionLevel ? m.levels[row.recognitionLevel] : null, row.movement?.name ?? null,
    ]);
    before = page.nextBeforeId;
  } while (before && !signal.aborted);
}

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const params = readInitiativeParams(Object.fromEntries(new URL(request.url).searchParams));
  const scoped = await resolvePageUnit(actor, params.unitId);
  if (!scoped) return new Response(null, { status: 404 });
  const { unit } = scoped;
  await recordInitiativesExport(actor.userId, unit.id, { year: params.year, kind: params.kind, status: params.status });
  const h = m.export;
  return xlsxResponse({
    filename: `so-sang-kien-${isoDate(todayInVietnam())}.xlsx`,
    sheetName: h.sheet,
    signal: request.signal,
    columns: [
      { header: h.year, width: 8 }, { header: h.kind, width: 22 }, { header: h.title, width: 48 }, { header: h.field, width: 20 },
      { header: h.authors, width: 36 }, { header: h.unit, width: 36 }, { header: h.appliedOn, width: 14, numFmt: 'dd/mm/yyyy' },
      { header: h.value, width: 20, numFmt: '#,##0' }, { header: h.status, width: 16 }, { header: h.level, width: 20 },
      { header: h.movement, width: 36 },
    ],
    batches: batches({ unitPath: unit.path, year: params.year, kind: params.kind, status: params.status }, request.signal),
  });
}
