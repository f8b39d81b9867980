// GET /members/export?<the /members filters>[&sensitive=1]: the filtered member list as .xlsx,
// streamed page by page (keyset pages of 5,000; lib/xlsx/stream.ts waits for the download to drain),
// so 100,000 rows never sit in memory. A route handler is a public endpoint: it reads the session and
// scopes its own query (findMembers filters by the actor's grants). Sensitive columns go out only on
// explicit request, only to someone allowed to see them (never a leader), and only for rows in the
// part of their scope where they may; every export leaves an audit row.
import { getActor } from '@/lib/auth/actor';
import { can, canAnywhere, type Actor } from '@/lib/auth/policy';
import { isoDate, todayInVietnam } from '@/lib/i18n/dates';
import { findMembers, memberExportDetails } from '@/lib/members/data';
import { recordMemberExport } from '@/lib/members/mutations';
import { searchMembersSchema, type MemberSearch } from '@/lib/members/schema';
import { xlsxResponse, type XlsxCell } from '@/lib/xlsx/stream';
import vi from '@/lib/i18n/messages/vi/members.json';

export const dynamic = 'force-dynamic';

const EXPORT_BATCH = 5_000;
const m = vi.member;
const h = vi.memberExport;

async function* batches(actor: Actor, search: MemberSearch, sensitive: boolean, signal: AbortSignal): AsyncGenerator<XlsxCell[][]> {
  let after: string | undefined;
  do {
    const page = await findMembers(actor, { ...search, after }, { pageSize: EXPORT_BATCH, total: false });
    const details = await memberExportDetails(page.members.map((r) => r.id), sensitive);
    yield page.members.map((row) => {
      const d = details.get(row.id);
      const cells: XlsxCell[] = [
        row.fullName, m.genderOption[row.gender], row.birthDate, d?.cccd ?? null, d?.phone ?? null, d?.email ?? null, d?.nationality ?? null,
        row.cardNumber, row.unitName, d?.admitted_on ?? null, d?.left_on ?? null, d?.job_title ?? null,
        d?.education_level ? m.educationOption[d.education_level as keyof typeof m.educationOption] : null,
        d?.qualification ? m.qualificationOption[d.qualification as keyof typeof m.qualificationOption] : null,
        d?.official_position ?? null, d?.official_trained_on ?? null, d?.app_activated_on ?? null,
      ];
      if (sensitive) {
        const allowed = can(actor, 'member.viewSensitive', { path: row.unitPath });
        cells.push(allowed ? (d?.ethnicity ?? null) : null, allowed ? (d?.party_introduced_on ?? null) : null);
      }
      return cells;
    });
    after = page.next ?? undefined;
  } while (after && !signal.aborted);
}

export async function GET(request: Request) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  if (!canAnywhere(actor, 'member.view')) return new Response(null, { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const search = { ...searchMembersSchema.parse(params), after: undefined };
  const sensitive = params.sensitive === '1';
  if (sensitive && !canAnywhere(actor, 'member.viewSensitive')) return new Response(null, { status: 403 });
  await recordMemberExport(actor.userId, search, sensitive);
  const date = { width: 14, numFmt: 'dd/mm/yyyy' };
  return xlsxResponse({
    filename: `danh-sach-doan-vien-${isoDate(todayInVietnam())}.xlsx`,
    sheetName: h.sheet,
    signal: request.signal,
    columns: [
      { header: m.fullName, width: 30 }, { header: m.gender, width: 8 }, { header: m.birthDate, ...date }, { header: m.cccd, width: 16, numFmt: '@' },
      { header: m.phone, width: 14, numFmt: '@' }, { header: m.email, width: 26 }, { header: m.nationality, width: 10 }, { header: m.cardNumber, width: 16 },
      { header: h.unit, width: 44 }, { header: m.joinDate, ...date }, { header: h.leftOn, ...date }, { header: m.jobTitle, width: 24 },
      { header: m.educationLevel, width: 22 }, { header: m.qualification, width: 18 }, { header: m.officialPosition, width: 22 },
      { header: m.officialTrainedOn, ...date }, { header: m.appActivatedOn, ...date },
      ...(sensitive ? [{ header: m.ethnicity, width: 14 }, { header: m.partyIntroducedOn, ...date }] : []),
    ],
    batches: batches(actor, search, sensitive, request.signal),
  });
}
