// The demo data must say what the seed reports say, exactly, and its counters must equal a recount.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemoData } from '../../prisma/seed/demo-data';
import { DEMO_ACCOUNTS } from '../../prisma/seed/demo-accounts';
import { readFigures, readMonths } from '@/lib/targets/data';
import { FIGURE, isStock } from '@/lib/targets/metrics';
import { recount } from '../support/target-recount';

async function wardFigures(code: string) {
  const ward = await db.unit.findUniqueOrThrow({ where: { code } });
  const [row] = await db.$queryRaw<{ grassroots: bigint; members: bigint; women: bigint }[]>`
    SELECT (SELECT count(*) FROM units u WHERE u.path LIKE ${ward.path} || '%' AND u.kind = 'grassroots') AS grassroots,
           count(m.id) AS members,
           count(m.id) FILTER (WHERE p.gender = 'female') AS women
    FROM memberships m JOIN units u ON u.id = m.unit_id JOIN members p ON p.id = m.member_id
    WHERE m.left_on IS NULL AND u.path LIKE ${ward.path} || '%'`;
  return { grassroots: Number(row.grassroots), members: Number(row.members), women: Number(row.women) };
}

beforeAll(async () => {
  await seedDemoData(process.env.DATABASE_URL!);
}, 60_000);

describe('demo data', () => {
  it('Thuy Nguyen Ward Trade Union: 52 grassroots unions, 4,002 active members', async () => {
    expect(await wardFigures('HP-TN')).toMatchObject({ grassroots: 52, members: 4002 });
  });

  it('Nghia Lo Ward Trade Union: 58 grassroots unions, 2,858 members, the market and preschool unions, 4 new unions of 2025 with 264 members', async () => {
    expect(await wardFigures('LC-NL')).toMatchObject({ grassroots: 58, members: 2858 });
    const ward = await db.unit.findUniqueOrThrow({ where: { code: 'LC-NL' } });
    const unions = await db.unit.findMany({
      where: { parentId: ward.id },
      select: { name: true, foundedOn: true, counter: { select: { activeMembers: true } } },
    });
    const members = (name: RegExp) => unions.find((u) => name.test(u.name))?.counter?.activeMembers;
    expect(members(/Chợ Sơn Thịnh/)).toBe(199);
    expect(unions.find((u) => /Chợ Sơn Thịnh/.test(u.name))?.foundedOn?.toISOString().slice(0, 7)).toBe('2025-01');
    // The private preschool (a row order is not guaranteed, so name it exactly).
    expect(members(/Mầm non tư thục/)).toBe(25);
    const of2025 = unions.filter((u) => u.foundedOn?.getUTCFullYear() === 2025);
    expect(of2025).toHaveLength(4);
    expect(of2025.reduce((sum, u) => sum + (u.counter?.activeMembers ?? 0), 0)).toBe(264);
  });

  it("Hanoi Civil Servants' Union: 61 grassroots unions, 8,945 members, 50.7% women", async () => {
    const figures = await wardFigures('HN-CCVC');
    expect(figures).toMatchObject({ grassroots: 61, members: 8945 });
    expect((figures.women / figures.members).toFixed(3)).toBe('0.507');
  });

  it('keeps per-unit counters equal to a full recount', async () => {
    const mismatches = await db.$queryRaw<{ id: number }[]>`
      SELECT u.id FROM units u
      LEFT JOIN unit_counters c ON c.unit_id = u.id
      LEFT JOIN (SELECT m.unit_id, count(*) AS n, count(*) FILTER (WHERE p.gender = 'female') AS w
                 FROM memberships m JOIN members p ON p.id = m.member_id WHERE m.left_on IS NULL GROUP BY m.unit_id) r ON r.unit_id = u.id
      WHERE COALESCE(c.active_members, 0) <> COALESCE(r.n, 0) OR COALESCE(c.active_women, 0) <> COALESCE(r.w, 0)`;
    expect(mismatches).toEqual([]);
  });

  it("gives every active unit one open path-history row equal to today's path, and closed units none", async () => {
    const wrong = await db.$queryRaw<{ id: number }[]>`
      SELECT u.id FROM units u LEFT JOIN unit_path_history h ON h.unit_id = u.id AND h.valid_to IS NULL
      WHERE (u.status = 'active' AND h.path IS DISTINCT FROM u.path) OR (u.status <> 'active' AND h.id IS NOT NULL)`;
    expect(wrong).toEqual([]);
  });

  it('uses real Vietnamese names, valid CCCDs, and one demo login per role', async () => {
    const sample = await db.member.findMany({ take: 200, select: { fullName: true, cccd: true, nameSearch: true } });
    expect(sample.filter((m) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(m.fullName)).length).toBeGreaterThan(150);
    expect(sample.every((m) => /^\d{12}$/.test(m.cccd))).toBe(true);
    const grants = await db.roleGrant.findMany({ include: { user: true, unit: true } });
    for (const account of DEMO_ACCOUNTS) {
      expect(grants.some((g) => g.user.username === account.username && g.role === account.role && g.unit.code === account.unitCode && g.user.isActive)).toBe(true);
    }
    expect(new Set(DEMO_ACCOUNTS.map((a) => a.role))).toEqual(new Set(['admin', 'staff', 'chair', 'leader']));
  });

  it('gives every grassroots union a profile, and every CBA status occurs in Thuy Nguyen', async () => {
    const missing = await db.unit.count({ where: { kind: 'grassroots', OR: [{ sector: null }, { employerName: null }, { foundingDecisionNumber: null }] } });
    expect(missing).toBe(0);
    const rows = await db.$queryRaw<{ status: string; n: bigint }[]>`
      SELECT CASE WHEN u.cba_expires_on IS NULL THEN 'none'
                  WHEN u.cba_expires_on < current_date THEN 'expired'
                  WHEN u.cba_expires_on <= current_date + 90 THEN 'expiring'
                  ELSE 'valid' END AS status, count(*) AS n
      FROM units u JOIN units w ON w.code = 'HP-TN'
      WHERE u.kind = 'grassroots' AND u.path LIKE w.path || '%' GROUP BY 1`;
    const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
    for (const status of ['none', 'valid', 'expiring', 'expired']) expect(byStatus[status], status).toBeGreaterThan(0);
    // Every grassroots union and every ward-level union (3 wards, Tan Yen and its 5 communes) opens with one.
    const founded = await db.unitEvent.count({ where: { kind: 'founded' } });
    expect(founded).toBe(52 + 58 + 61 + 38 + 3 + 1 + 5);
    expect(await db.unitEvent.count({ where: { kind: 'founded', unit: { kind: 'ward_union' } } })).toBe(9);
  });

  it('fills the full member record plausibly: ethnicities by region, officials, app users, few Party introductions', async () => {
    const [row] = await db.$queryRaw<{ active: bigint; ethnicity: bigint; kinh: bigint; thai_nl: bigint; officials: bigint; app: bigint; party: bigint; bad_dates: bigint }[]>`
      SELECT count(*) FILTER (WHERE m.unit_id IS NOT NULL) AS active,
             count(*) FILTER (WHERE m.ethnicity_code IS NOT NULL) AS ethnicity,
             count(*) FILTER (WHERE m.ethnicity_code = 1) AS kinh,
             count(*) FILTER (WHERE m.ethnicity_code = 3 AND m.unit_path LIKE (SELECT path FROM units WHERE code = 'LC-NL') || '%') AS thai_nl,
             count(*) FILTER (WHERE m.official_position IS NOT NULL) AS officials,
             count(*) FILTER (WHERE m.app_activated_on IS NOT NULL AND m.unit_id IS NOT NULL) AS app,
             count(*) FILTER (WHERE m.party_introduced_on IS NOT NULL) AS party,
             count(*) FILTER (WHERE m.app_activated_on < m.birth_date OR m.official_trained_on < m.birth_date OR m.app_activated_on > DATE '2026-10-31') AS bad_dates
      FROM members m`;
    const active = Number(row.active);
    expect(Number(row.ethnicity)).toBeGreaterThan(active * 0.8);
    expect(Number(row.kinh)).toBeGreaterThan(Number(row.ethnicity) * 0.7);
    expect(Number(row.thai_nl)).toBeGreaterThan(500); // Nghia Lo is a Thai town
    expect(Number(row.officials) / active).toBeGreaterThan(0.03);
    expect(Number(row.app) / active).toBeGreaterThan(0.5);
    expect(Number(row.party)).toBeGreaterThan(0);
    expect(Number(row.party)).toBeLessThan(active * 0.02);
    expect(Number(row.bad_dates)).toBe(0);
  });

  it('refuses to load twice', async () => {
    await expect(seedDemoData(process.env.DATABASE_URL!)).rejects.toThrow();
  });
});

describe('the Tan Yen reorganisation', () => {
  it('closed BG-TY on 2025-07-01 after moving its 38 unions to five commune unions by one decision', async () => {
    const district = await db.unit.findUniqueOrThrow({ where: { code: 'BG-TY' }, include: { parent: true } });
    expect(district).toMatchObject({ kind: 'ward_union', status: 'dissolved', closingDecisionNumber: '1361/QĐ-LĐLĐ', parent: { code: 'BG', kind: 'federation' } });
    expect(district.closedOn?.toISOString().slice(0, 10)).toBe('2025-07-01');
    expect(await db.unit.count({ where: { parentId: district.id } })).toBe(0);
    const links = await db.unitParentLink.findMany({ where: { fromParentId: district.id } });
    expect(links).toHaveLength(38);
    expect(new Set(links.map((l) => l.decisionNumber))).toEqual(new Set(['1360/QĐ-LĐLĐ']));
    expect(await db.unitEvent.count({ where: { kind: 'transferred', fromParentId: district.id } })).toBe(38);
    expect(await db.unitEvent.count({ where: { unitId: district.id, kind: 'dissolved' } })).toBe(1);
    const communes = await db.unit.findMany({ where: { code: { startsWith: 'BG-X' } }, include: { _count: { select: { children: true } } } });
    expect(communes).toHaveLength(5);
    expect(communes.reduce((n, c) => n + c._count.children, 0)).toBe(38);
    // Members followed their unions' new paths.
    const [stale] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM members WHERE unit_path LIKE ${district.path} || '%'`;
    expect(Number(stale.n)).toBe(0);
  });

  it('the dated roll-up counts the unions under BG-TY before the effective date, and under the communes from it', async () => {
    const { listSubtreeAsOf } = await import('@/lib/units/data');
    const district = await db.unit.findUniqueOrThrow({ where: { code: 'BG-TY' } });
    const before = await listSubtreeAsOf(district.id, new Date('2025-06-30T00:00:00Z'));
    expect(before?.rows).toHaveLength(38);
    expect(before?.rows.every((r) => r.parentId === district.id)).toBe(true);
    const [open] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM memberships ms JOIN units u ON u.id = ms.unit_id JOIN unit_parent_links l ON l.unit_id = u.id AND l.from_parent_id = ${district.id}
      WHERE ms.admitted_on <= DATE '2025-06-30' AND (ms.left_on IS NULL OR ms.left_on > DATE '2025-06-30')`;
    expect(before?.members).toBe(Number(open.n));
    expect(before!.members).toBeGreaterThan(1000);
    expect(await listSubtreeAsOf(district.id, new Date('2025-07-01T00:00:00Z'))).toBeNull();
    const communes = await db.unit.findMany({ where: { code: { startsWith: 'BG-X' } } });
    const after = await Promise.all(communes.map((c) => listSubtreeAsOf(c.id, new Date('2025-07-01T00:00:00Z'))));
    expect(after.reduce((n, r) => n + (r?.rows.length ?? 0), 0)).toBe(38);
    expect(await listSubtreeAsOf(communes[0].id, new Date('2025-06-30T00:00:00Z'))).toBeNull();
  });

  it("BG-TY's dashboards for 2024 and 2025 (and its federation's and the communes') equal a recount, folded or not", async () => {
    const district = await db.unit.findUniqueOrThrow({ where: { code: 'BG-TY' } });
    const communes = await db.unit.findMany({ where: { code: { startsWith: 'BG-X' } }, orderBy: { id: 'asc' }, select: { id: true } });
    const moved = await db.unitParentLink.findFirstOrThrow({ where: { fromParentId: district.id }, orderBy: { unitId: 'asc' } });
    const ids = [district.id, district.parentId!, ...communes.map((c) => c.id), moved.unitId];
    const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const check = async () => {
      for (const [year, asOf] of [[2024, '2024-12-31'], [2025, '2025-06-30'], [2025, '2025-12-31']] as const) {
        const figures = await readFigures(ids, year, at(asOf));
        for (const id of ids) expect({ id, year, asOf, figures: figures.get(id) }).toEqual({ id, year, asOf, figures: await recount(id, year, at(asOf)) });
      }
    };
    await check();
    // The district held its 38 unions until it closed: it has unions and members at the end of
    // June 2025 and none at the end of the year; its 2024 figures keep them.
    const june = (await readFigures([district.id], 2025, at('2025-06-30'))).get(district.id)!;
    const december = (await readFigures([district.id], 2025, at('2025-12-31'))).get(district.id)!;
    expect(june.grassroots).toBe(38);
    expect(june.members).toBeGreaterThan(1000);
    expect({ grassroots: december.grassroots, members: december.members }).toEqual({ grassroots: 0, members: 0 });
    expect((await readFigures([district.id], 2024, at('2024-12-31'))).get(district.id)!.grassroots).toBeGreaterThan(0);
    // The trend's stocks at the end of June and of December (its flows run to the month, the recount's to the year's end).
    const months = await readMonths(district.id, 2025);
    const stocks = (f: Record<string, number>) => Object.fromEntries(Object.entries(FIGURE).filter(([, code]) => isStock(code)).map(([name]) => [name, f[name]]));
    expect(stocks(months.cumulative[5])).toEqual(stocks(await recount(district.id, 2025, at('2025-06-30'))));
    expect(months.cumulative[11]).toEqual(await recount(district.id, 2025, at('2025-12-31')));
    // A rebuild from the base tables gives the same.
    await db.$executeRaw`SELECT target_rollups_rebuild()`;
    await check();
  }, 120_000);

  it("BG-TY's 2020–2025 honours equal the congress report exactly: 22 collectives and 80 individuals, 720 initiatives, 65 topics, 30 works", async () => {
    const { initiativeTotals } = await import('@/lib/initiatives/data');
    const { listAwards } = await import('@/lib/awards/data');
    const district = await db.unit.findUniqueOrThrow({ where: { code: 'BG-TY' } });
    const totals = await initiativeTotals({ unitPath: district.path });
    expect(totals.byKind.initiative).toEqual({ count: 720, valueVnd: 2_014_500_000n });
    expect(totals.byKind.initiative!.valueVnd).toBeGreaterThan(2_000_000_000n);
    expect(totals.byKind.scientific_topic).toEqual({ count: 65, valueVnd: 105_300_000n });
    expect(totals.byKind.work_product?.count).toBe(30);
    const awards = await listAwards({ unitPath: district.path, year: 2025 });
    expect({ collectives: awards.collectives, individuals: awards.individuals }).toEqual({ collectives: 22, individuals: 80 });
    const decision = await db.awardDecision.findFirstOrThrow({ where: { issuingUnitId: district.id } });
    expect(decision.signedOn < new Date('2025-07-01T00:00:00Z')).toBe(true);
  });
});

describe('employers without a union', () => {
  it('lists Thuy Nguyen employers, some with mobilisation under way and one ready to establish', async () => {
    const ward = await db.unit.findUniqueOrThrow({ where: { code: 'HP-TN' } });
    const employers = await db.unionlessEmployer.findMany({ where: { wardUnitId: ward.id } });
    expect(employers.length).toBeGreaterThanOrEqual(6);
    expect(employers.filter((e) => e.status === 'mobilising').length).toBeGreaterThanOrEqual(3);
    expect(employers.some((e) => e.applicationsReceived >= 5 && e.status === 'mobilising')).toBe(true);
  });
});

describe('demo honours', () => {
  it('totals the initiatives registers and counts the commendations exactly', async () => {
    const { initiativeTotals } = await import('@/lib/initiatives/data');
    const { listAwards } = await import('@/lib/awards/data');
    const { DEMO_INITIATIVE_SETS, DEMO_AWARD_SETS } = await import('../../prisma/seed/honours');
    const ward = await db.unit.findUniqueOrThrow({ where: { code: 'HP-TN' } });
    const totals = await initiativeTotals({ unitPath: ward.path });
    for (const set of DEMO_INITIATIVE_SETS.filter((s) => s.underCode === 'HP-TN')) {
      expect(totals.byKind[set.kind]).toEqual({ count: set.count, valueVnd: set.totalVnd });
    }
    const awards = await listAwards({ unitPath: ward.path, year: 2025 });
    const expected = DEMO_AWARD_SETS.filter((s) => s.underCode === 'HP-TN' && s.year === 2025);
    expect(awards.collectives).toBe(expected.reduce((n, s) => n + s.collectives, 0));
    expect(awards.individuals).toBe(expected.reduce((n, s) => n + s.individuals, 0));
  });
});
