// GET /dashboard/<unit>/export?year=: the dashboard of a unit's year as .xlsx (Vietnamese headings).
// A route handler is a public endpoint: it reads the session and checks the unit in scope itself.
import { getActor } from '@/lib/auth/actor';
import { formatDate, isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { getUnit } from '@/lib/units/data';
import { getDashboard } from '@/lib/dashboard/data';
import { readYear } from '@/lib/targets/schema';
import { METRICS, isShare } from '@/lib/targets/metrics';
import { xlsxResponse, type XlsxCell } from '@/lib/xlsx/stream';
import viTargets from '@/lib/i18n/messages/vi/targets.json';
import viDashboard from '@/lib/i18n/messages/vi/dashboard.json';

export const dynamic = 'force-dynamic';

const tt = viTargets.targets;
const d = viDashboard.dashboard;

export async function GET(request: Request, { params }: { params: Promise<{ unitId: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const unit = await getUnit(actor, Number((await params).unitId), 'dashboard.view');
  if (!unit) return new Response(null, { status: 404 });
  const today = todayInVietnam();
  const year = readYear(new URL(request.url).searchParams.get('year') ?? undefined, today.getUTCFullYear());
  const dashboard = await getDashboard(unit, year, today);
  const f = dashboard.figures;

  // One sheet, three blocks: the heading, the targets, the units below.
  const rows: XlsxCell[][] = [
    [d.printTitle.replace('{year}', String(year))],
    [d.printUnit.replace('{name}', unit.name)],
    [d.asOf.replace('{date}', formatDate(dashboard.asOf))],
    [],
    [d.activeMembers, f.members], [d.womenShare, dashboard.womenShare === null ? null : dashboard.womenShare / 100],
    [d.gross, f.admitted], [d.net, f.opened - f.closed], [d.leavers, f.closed], [d.grassrootsUnits, f.grassroots],
    [],
    [d.columns.metric, tt.denominator, d.columns.target, tt.form.valueMax, d.columns.actual, d.columns.achieved, d.columns.expected, d.columns.status, d.unitOfMeasure],
    ...dashboard.targets.map(({ target, evaluation }): XlsxCell[] => {
      const unitOfMeasure = isShare(target.shape) ? '%' : METRICS[target.metric].money ? 'đồng' : '';
      return [
        target.metric === 'manual' ? target.label : tt.metrics[target.metric],
        target.denominatorNote ?? tt.denominators[target.metric],
        target.valueMin, target.valueMax, evaluation.actual.value,
        evaluation.achieved === null ? null : evaluation.achieved / 100, evaluation.expected, d.status[evaluation.status], unitOfMeasure,
      ];
    }),
    [],
    [d.columns.unit, d.columns.members, d.columns.worst, ...dashboard.targets.filter((r) => r.target.metric !== 'manual').map((r) => tt.metrics[r.target.metric])],
    ...dashboard.children.map((child): XlsxCell[] => [
      child.name, child.members, child.worst ? d.status[child.worst] : null,
      ...dashboard.targets.filter((r) => r.target.metric !== 'manual').map((r) => {
        const cell = child.metrics[r.target.metric];
        return cell ? cell.value : null;
      }),
    ]),
  ];
  return xlsxResponse({
    filename: `bao-cao-chi-tieu-${year}-${unit.code}-${isoDate(today)}.xlsx`,
    sheetName: `Chỉ tiêu ${year}`,
    signal: request.signal,
    columns: [
      { header: d.columns.metric, width: 52 }, { header: tt.denominator, width: 40 }, { header: d.columns.target, width: 16, numFmt: '#,##0.##' },
      { header: tt.form.valueMax, width: 16, numFmt: '#,##0.##' }, { header: d.columns.actual, width: 16, numFmt: '#,##0.##' },
      { header: d.columns.achieved, width: 14, numFmt: '0%' }, { header: d.columns.expected, width: 16, numFmt: '#,##0.##' },
      { header: d.columns.status, width: 22 }, { header: d.unitOfMeasure, width: 12 },
    ],
    batches: (async function* () {
      yield rows;
    })(),
  });
}
