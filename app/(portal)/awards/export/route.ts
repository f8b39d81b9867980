// GET /awards/export?<the register's filter>: the awards register as .xlsx, with Vietnamese headers.
// A route handler is a public endpoint like an action: it reads the session and scopes its own
// query (the subtree must be one the actor may read, exactly as on the page); each export is audited.
import { getActor } from '@/lib/auth/actor';
import { resolvePageUnit } from '@/lib/units/data';
import { listAwardsAfter, type AwardFilter } from '@/lib/awards/data';
import { recordAwardsExport } from '@/lib/awards/mutations';
import { readAwardParams } from '@/lib/awards/page-params';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { xlsxResponse } from '@/lib/xlsx/stream';
import vi from '@/lib/i18n/messages/vi/awards.json';

export const dynamic = 'force-dynamic';

const EXPORT_BATCH = 500;
const m = vi.awards;

async function* batches(filter: AwardFilter, signal: AbortSignal) {
  let afterId = 0;
  while (!signal.aborted) {
    const rows = await listAwardsAfter(filter, afterId, EXPORT_BATCH);
    if (rows.length === 0) return;
    yield rows.map((row) => [
      row.year, m.recipientKinds[row.recipientKind], row.recipientName, row.recipientCode, row.awardTypeName, row.unitName,
      row.decisionNumber, row.signedOn, row.signer, row.issuingUnitName,
    ]);
    if (rows.length < EXPORT_BATCH) return;
    afterId = rows[rows.length - 1].id;
  }
}

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const params = readAwardParams(Object.fromEntries(new URL(request.url).searchParams));
  const scoped = await resolvePageUnit(actor, params.unitId);
  if (!scoped) return new Response(null, { status: 404 });
  const { unit } = scoped;
  await recordAwardsExport(actor.userId, unit.id, { year: params.year, awardTypeId: params.awardTypeId, recipientKind: params.recipientKind });
  const h = m.export;
  return xlsxResponse({
    filename: `so-khen-thuong-${isoDate(todayInVietnam())}.xlsx`,
    sheetName: h.sheet,
    signal: request.signal,
    columns: [
      { header: h.year, width: 8 }, { header: h.recipientKind, width: 12 }, { header: h.recipient, width: 40 },
      { header: h.recipientCode, width: 16 }, { header: h.type, width: 40 }, { header: h.unit, width: 40 },
      { header: h.decisionNumber, width: 18 }, { header: h.signedOn, width: 12, numFmt: 'dd/mm/yyyy' },
      { header: h.signer, width: 24 }, { header: h.issuingUnit, width: 40 },
    ],
    batches: batches({ unitPath: unit.path, year: params.year, awardTypeId: params.awardTypeId, recipientKind: params.recipientKind }, request.signal),
  });
}
