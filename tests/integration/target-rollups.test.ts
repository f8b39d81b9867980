// The dashboard figures (rollups kept by triggers, folded or not) equal a full recount from the base
// tables, for every unit and every year, after a random sequence of writes through the domains' own
// mutations and plain SQL. To cover a new kind of write (member transfers, union transfers, merges),
// add a step to STEPS: the recount (tests/support/target-recount.ts) already follows path history, admission kinds and the
// date a merged or dissolved union closed.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { acceptTransfer, closeTransfer, leaveMember, registerMember, rejoinMember, sendTransfer, transferDirectly } from '@/lib/members/mutations';
import { dissolveUnion, establishUnion, mergeUnion, transferUnits } from '@/lib/units/mutations';
import { POST as importPreview } from '@/app/(portal)/members/import/preview/route';
import { POST as importCommit } from '@/app/(portal)/members/import/commit/route';
import { readDashboardChildren, readFigures, readMonths } from '@/lib/targets/data';
import { todayInVietnam } from '@/lib/i18n/dates';
import { rebuildRollupsInParallel } from '../../prisma/generate/rollups';
import { Rng } from '../../prisma/seed/random';
import { createFixtureTree, NO_DETAILS, type Fixture } from '../support/fixtures';
import { importLines, importRequest, xlsxFile } from '../support/import-files';
import { actAs } from '../support/request-context';
import { recount } from '../support/target-recount';

let fx: Fixture;
let serial = 0;
let closedCorrections = 0;

interface World {
  rng: Rng;
  /** The day of this step: a few days per step, so periods follow each other. */
  today: Date;
  /** Open grassroots unions, as the database has them now (paths move with union transfers). */
  unions: { id: number; path: string; code: string; parentId: number | null; hasChildren: boolean }[];
  active: number[];
  former: { id: number; unitId: number }[];
}

/** Re-reads the open unions and the members' state after a step that moves or closes unions. */
async function refresh(w: World) {
  const unions = await db.unit.findMany({
    where: { kind: 'grassroots', status: 'active' }, orderBy: { id: 'asc' },
    select: { id: true, path: true, code: true, parentId: true, children: { where: { status: 'active' }, select: { id: true } } },
  });
  w.unions = unions.map((u) => ({ id: u.id, path: u.path, code: u.code!, parentId: u.parentId, hasChildren: u.children.length > 0 }));
  const people = await db.member.findMany({ where: { memberships: { some: {} } }, orderBy: { id: 'asc' }, select: { id: true, unitId: true } });
  w.active = people.filter((p) => p.unitId !== null).map((p) => p.id);
  // A former member rejoins an open union (theirs may have closed).
  w.former = people.filter((p) => p.unitId === null).map((p) => ({ id: p.id, unitId: w.unions[p.id % w.unions.length].id }));
}

const anyScope = () => {};
const WARDS = () => [fx.units.wardA1, fx.units.wardA2, fx.units.wardB1];

/** A member with an open period, and another open union to move them to. */
async function memberAndOtherUnion(w: World) {
  if (w.active.length === 0 || w.unions.length < 2) return null;
  const memberId = w.rng.pick(w.active);
  const { unitId } = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { unitId: true } });
  const to = w.rng.pick(w.unions.filter((u) => u.id !== unitId));
  return { memberId, fromUnitId: unitId!, to };
}

/** Two open unions without active groups under them: one to close, one to take its members. */
function closingPair(w: World) {
  const closable = w.unions.filter((u) => !u.hasChildren);
  if (closable.length < 3) return null;
  const unit = w.rng.pick(closable);
  return { unit, survivor: w.rng.pick(w.unions.filter((u) => u.id !== unit.id)) };
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The kinds of writes, with their weights. Extend here. */
const STEPS: { name: string; weight: number; run: (w: World) => Promise<void> }[] = [
  {
    name: 'register',
    weight: 5,
    run: async (w) => {
      const unit = w.rng.pick(w.unions);
      const { memberId } = await registerMember(fx.users.admin.id, unit, {
        fullName: `Đoàn viên ${++serial}`, gender: w.rng.chance(0.5) ? 'female' : 'male', birthDate: day(1990, 1, 1),
        cccd: `0011900${String(serial).padStart(5, '0')}`, phone: null, jobTitle: null, unitId: unit.id,
        // Some admissions back-dated into the previous year.
        joinDate: w.rng.chance(0.2) ? day(2025, 1 + w.rng.int(0, 11), 10) : w.today,
        ...NO_DETAILS,
        officialPosition: w.rng.chance(0.2) ? 'Ủy viên BCH' : null,
        appActivatedOn: w.rng.chance(0.5) ? w.today : null,
      });
      w.active.push(memberId);
    },
  },
  {
    name: 'member transfer (direct, or requested then accepted or declined)',
    weight: 2,
    run: async (w) => {
      const pick = await memberAndOtherUnion(w);
      if (!pick) return;
      const input = { effectiveOn: w.today, note: null };
      if (w.rng.chance(0.5)) {
        await transferDirectly(fx.users.admin.id, pick.memberId, pick.fromUnitId, pick.to, input);
      } else {
        const { transferId } = await sendTransfer(fx.users.admin.id, pick.memberId, pick.fromUnitId, pick.to, input);
        if (w.rng.chance(0.75)) await acceptTransfer(fx.users.admin.id, transferId, pick.to, null);
        else await closeTransfer(fx.users.admin.id, transferId, 'declined', 'Không đúng đơn vị');
      }
    },
  },
  {
    name: 'member import (a small spreadsheet through the route handlers)',
    weight: 1,
    run: async (w) => {
      const date = `${String(w.today.getUTCDate()).padStart(2, '0')}/${String(w.today.getUTCMonth() + 1).padStart(2, '0')}/${w.today.getUTCFullYear()}`;
      const rows = Array.from({ length: w.rng.int(1, 4) }, () => ({
        fullName: `Nhập ${++serial}`, gender: w.rng.chance(0.5) ? 'Nữ' : 'Nam', birthDate: '15/04/1990',
        cccd: `0411950${String(serial).padStart(5, '0')}`, joinDate: date, unitCode: w.rng.pick(w.unions).code,
      }));
      const bytes = await xlsxFile(rows);
      actAs(fx.users.admin.id);
      try {
        const previewed = (await importLines(await importPreview(importRequest('/members/import/preview', bytes)))).at(-1) as { sha256: string };
        const outcome = (await importLines(await importCommit(importRequest('/members/import/commit', bytes, undefined, previewed.sha256)))).at(-1);
        expect(outcome).toMatchObject({ committed: true, added: rows.length });
      } finally {
        actAs(null);
      }
      await refresh(w);
    },
  },
  {
    name: 'union transfer (a grassroots union to another ward, now and then a ward to another federation)',
    weight: 1,
    run: async (w) => {
      const input = { decisionNumber: `${++serial}/QĐ-LĐLĐ`, effectiveOn: w.today };
      if (w.rng.chance(0.25)) {
        const ward = await db.unit.findUniqueOrThrow({ where: { id: fx.units.wardA2.id }, select: { parentId: true } });
        const federation = ward.parentId === fx.units.fedA.id ? fx.units.fedB : fx.units.fedA;
        await transferUnits(fx.users.admin.id, { ...input, unitIds: [fx.units.wardA2.id], targetParentId: federation.id }, anyScope);
      } else {
        const unit = w.rng.pick(w.unions);
        const ward = w.rng.pick(WARDS().filter((u) => u.id !== unit.parentId));
        await transferUnits(fx.users.admin.id, { ...input, unitIds: [unit.id], targetParentId: ward.id }, anyScope);
      }
      await refresh(w);
    },
  },
  {
    name: 'merge (members move to the survivor)',
    weight: 1,
    run: async (w) => {
      const pair = closingPair(w);
      if (!pair) return;
      await mergeUnion(fx.users.admin.id, { unitId: pair.unit.id, survivorId: pair.survivor.id, decisionNumber: `${++serial}/QĐ-CĐP`, effectiveOn: w.today, confirm: 'on' }, anyScope);
      await refresh(w);
    },
  },
  {
    name: 'dissolve (members transferred, or leaving)',
    weight: 1,
    run: async (w) => {
      const pair = closingPair(w);
      if (!pair) return;
      const outcome = w.rng.chance(0.5)
        ? { membersOutcome: 'transfer' as const, survivorId: pair.survivor.id }
        : { membersOutcome: 'leave' as const, leaveReason: 'changed_job' as const };
      await dissolveUnion(fx.users.admin.id, {
        unitId: pair.unit.id, reason: 'Doanh nghiệp giải thể', decisionNumber: `${++serial}/QĐ-CĐP`, effectiveOn: w.today, confirm: 'on', ...outcome,
      } as Parameters<typeof dissolveUnion>[1], anyScope);
      await refresh(w);
    },
  },
  {
    name: 'corrections to a closed union (no open path-history row) through every trigger',
    weight: 1,
    run: async (w) => {
      const closed = await db.unit.findMany({ where: { status: { in: ['merged', 'dissolved'] } }, select: { id: true, path: true } });
      if (closed.length === 0) return;
      const { id, path } = w.rng.pick(closed);
      closedCorrections++;
      await db.$transaction([
        // memberships: an admission date corrected, and a period of someone with another period deleted
        db.$executeRaw`UPDATE memberships SET admitted_on = admitted_on - 2 WHERE unit_id = ${id}`,
        db.$executeRaw`DELETE FROM memberships WHERE id = (SELECT m.id FROM memberships m WHERE m.unit_id = ${id}
          AND EXISTS (SELECT 1 FROM memberships o WHERE o.member_id = m.member_id AND o.id <> m.id) ORDER BY m.id LIMIT 1)`,
        // members: attributes of the people who were there
        db.$executeRaw`UPDATE members SET app_activated_on = ${w.today}::date, party_introduced_on = ${w.today}::date
          WHERE id IN (SELECT member_id FROM memberships WHERE unit_id = ${id})`,
        // units: the agreement and the closing date corrected
        db.$executeRaw`UPDATE units SET sector = 'foreign_invested', cba_signed_on = coalesce(founded_on, DATE '2025-01-01'), cba_expires_on = NULL,
          closed_on = closed_on + 1 WHERE id = ${id}`,
        // path history: its closed rows rewritten
        db.$executeRaw`UPDATE unit_path_history SET valid_to = valid_to WHERE unit_id = ${id}`,
        // honours recorded under the path it had
        db.$executeRaw`INSERT INTO initiatives (unit_id, unit_path, title, kind, year, applied_on, value_vnd, status)
          VALUES (${id}, ${path}, ${`Sáng kiến ${++serial}`}, 'initiative', 2025, DATE '2025-06-01', 2000000, 'recognised')`,
      ]);
    },
  },
  {
    name: 'leave',
    weight: 2,
    run: async (w) => {
      if (w.active.length === 0) return;
      const [memberId] = w.active.splice(w.rng.int(0, w.active.length - 1), 1);
      const { unitId } = await db.member.findUniqueOrThrow({ where: { id: memberId } });
      await leaveMember(fx.users.admin.id, { memberId, reason: 'other', leftOn: w.today, note: null, confirm: 'yes' as const });
      w.former.push({ id: memberId, unitId: unitId! });
    },
  },
  {
    name: 'rejoin',
    weight: 1,
    run: async (w) => {
      if (w.former.length === 0) return;
      const { id, unitId } = w.former.splice(w.rng.int(0, w.former.length - 1), 1)[0];
      await rejoinMember(fx.users.admin.id, w.unions.find((u) => u.id === unitId) ?? w.unions[0], { memberId: id, joinDate: w.today });
      w.active.push(id);
    },
  },
  {
    name: 'member attributes (app, training, Party)',
    weight: 2,
    run: async (w) => {
      if (w.active.length === 0) return;
      const id = w.rng.pick(w.active);
      // (Gender is left alone: unit_counters follow it through the members' own edit mutation.)
      const change = w.rng.int(0, 2);
      const data =
        change === 0 ? { appActivatedOn: w.rng.chance(0.8) ? w.today : null }
        : change === 1 ? { officialPosition: 'Chủ tịch', officialTrainedOn: w.today }
        : { partyIntroducedOn: w.today };
      await db.member.update({ where: { id }, data });
    },
  },
  {
    name: 'establish a grassroots union',
    weight: 1,
    run: async (w) => {
      // The ward's path as it stands now (a ward may have moved to another federation).
      const parent = await db.unit.findUniqueOrThrow({ where: { id: w.rng.pick(WARDS()).id }, select: { id: true, path: true } });
      await establishUnion(fx.users.admin.id, parent, {
        parentId: parent.id, name: `Công đoàn cơ sở ${++serial}`, code: `NEW-${serial}`, sector: w.rng.pick(['non_state_enterprise', 'informal'] as const),
        employerName: 'Công ty', foundingDecisionNumber: `${serial}/QĐ`, foundingDecisionOn: w.today,
      });
      await refresh(w);
    },
  },
  {
    name: 'collective agreement signed or expired',
    weight: 1,
    run: async (w) => {
      const unit = w.rng.pick(w.unions);
      await db.unit.update({
        where: { id: unit.id },
        data: { sector: 'foreign_invested', cbaSignedOn: w.today, cbaExpiresOn: w.rng.chance(0.3) ? day(2026, 12, 31) : day(2028, 6, 30) },
      });
    },
  },
  {
    name: 'award decision (sometimes revoked)',
    weight: 1,
    run: async (w) => {
      const unit = w.rng.pick(w.unions);
      const type = await db.awardType.findFirstOrThrow({ where: { code: w.rng.pick(['BANG_LDST', 'GIAY_KHEN']) } });
      const decision = await db.awardDecision.create({ data: { issuingUnitId: fx.units.wardA1.id, number: `KT-${++serial}`, signedOn: w.today, signer: 'Chủ tịch' } });
      await db.award.create({ data: { decisionId: decision.id, awardTypeId: type.id, recipientUnitId: unit.id, unitId: unit.id, unitPath: unit.path, year: w.today.getUTCFullYear() } });
      if (w.rng.chance(0.25)) await db.awardDecision.update({ where: { id: decision.id }, data: { status: 'revoked', revokedReason: 'Sai đối tượng', revokedOn: w.today } });
    },
  },
  {
    name: 'initiative recognised',
    weight: 1,
    run: async (w) => {
      const unit = w.rng.pick(w.unions);
      const initiative = await db.initiative.create({
        data: { unitId: unit.id, unitPath: unit.path, title: `Sáng kiến ${++serial}`, kind: 'initiative', year: w.today.getUTCFullYear(), appliedOn: w.today, valueVnd: 1_000_000n * BigInt(w.rng.int(1, 50)) },
      });
      if (w.rng.chance(0.7)) await db.initiative.update({ where: { id: initiative.id }, data: { status: 'recognised' } });
    },
  },
];

function pickStep(rng: Rng) {
  const total = STEPS.reduce((sum, step) => sum + step.weight, 0);
  let roll = rng.float() * total;
  for (const step of STEPS) {
    roll -= step.weight;
    if (roll < 0) return step;
  }
  return STEPS[0];
}

/** Every non-zero rollup row, in key order, as text (amounts may exceed 2^53 in VND). */
async function rollupRows() {
  const [months, years, totals, current] = await Promise.all([
    db.$queryRaw<{ row: string }[]>`SELECT concat_ws(' ', unit_id, month, metric, amount) AS row FROM target_rollup_months WHERE amount <> 0 ORDER BY unit_id, month, metric`,
    db.$queryRaw<{ row: string }[]>`SELECT concat_ws(' ', unit_id, year, metric, amount) AS row FROM target_rollup_years WHERE amount <> 0 ORDER BY unit_id, year, metric`,
    db.$queryRaw<{ row: string }[]>`SELECT concat_ws(' ', unit_id, metric, amount) AS row FROM target_rollup_totals WHERE amount <> 0 ORDER BY unit_id, metric`,
    // The current rows: those the fold kept in step must equal those computed afresh.
    db.$queryRaw<{ row: string }[]>`SELECT concat_ws(' ', unit_id, month, figures, baseline) AS row FROM target_rollup_current
      WHERE figures <> array_fill(0::bigint, ARRAY[18]) OR baseline <> array_fill(0::bigint, ARRAY[18]) ORDER BY unit_id`,
  ]);
  const text = (rows: { row: string }[]) => rows.map((r) => r.row);
  return { months: text(months), years: text(years), totals: text(totals), current: text(current) };
}

beforeAll(async () => {
  fx = await createFixtureTree();
});

describe('target rollups', () => {
  it('equal a full recount for every unit, year and month after a random sequence of writes', async () => {
    const w: World = {
      rng: new Rng(6), today: day(2026, 1, 1), unions: [], active: [], former: [],
    };
    await refresh(w);
    const ran = new Set<string>();
    // 100 steps of 3 days: the whole of 2026 up to October (an import refuses admissions in the future).
    for (let step = 0; step < 100; step++) {
      w.today = day(2026, 1, 1 + step * 3);
      const chosen = pickStep(w.rng);
      await chosen.run(w);
      ran.add(chosen.name);
      // Fold now and then, so the reads see both folded rollups and pending deltas.
      if (step % 9 === 4) await db.$queryRaw`SELECT target_fold()`;
    }
    expect(ran.size).toBe(STEPS.length);
    // Every kind of reorganisation really happened (a step may skip when nothing fits).
    const happened = await db.$queryRaw<Record<string, number>[]>`
      SELECT (SELECT count(*)::int FROM units WHERE status = 'merged') AS merged,
             (SELECT count(*)::int FROM units WHERE status = 'dissolved') AS dissolved,
             (SELECT count(*)::int FROM memberships WHERE leave_reason = 'changed_job') AS "leftWithDissolution",
             (SELECT count(*)::int FROM member_transfers WHERE status = 'accepted' AND requested_by IS NOT NULL AND decided_at IS NOT NULL) AS "memberTransfers",
             (SELECT count(*)::int FROM member_imports) AS imports,
             (SELECT count(*)::int FROM unit_parent_links) AS "unitTransfers"`;
    expect(closedCorrections).toBeGreaterThan(0);
    for (const [what, n] of Object.entries(happened[0])) expect({ what, happened: n > 0 }).toEqual({ what, happened: true });
    expect(Number((await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM target_deltas`)[0].n)).toBeGreaterThan(0);

    const units = await db.unit.findMany({ select: { id: true } });
    // The folds kept current rows (this month's figures) for the units they touched: reads of this
    // month below take those rows plus the pending deltas, the others the rollup ranges.
    const current = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM target_rollup_current WHERE month = target_current_month()`;
    expect(current[0].n).toBeGreaterThan(units.length / 2);
    for (const year of [2025, 2026]) {
      for (const asOf of year === 2026 ? [day(2026, 3, 15), day(2026, 12, 31)] : [day(2025, 12, 31)]) {
        // Read without folding first for half the reads: pending deltas must count.
        const figures = await readFigures(units.map((u) => u.id), year, asOf);
        for (const { id } of units) {
          expect({ unit: id, year, asOf, figures: figures.get(id) }).toEqual({ unit: id, year, asOf, figures: await recount(id, year, asOf) });
        }
      }
    }
    // The dashboards' children statement: this month's figures and last year's close from the current
    // rows the folds kept, other dates from the rollup ranges, pending deltas once; the same as
    // readFigures (checked against the recount above) for this year and for last year's 31 December.
    const parents = await db.unit.findMany({ where: { children: { some: {} } }, select: { id: true } });
    const today = todayInVietnam();
    const dates = [[2026, today], [2026, day(2026, 3, 15)], [2025, day(2025, 12, 31)]] as const;
    const compareChildren = async (withLevelTarget: boolean) => {
      let fromRows = 0;
      for (const [year, asOf] of dates) {
        for (const parent of parents) {
          const { children } = await readDashboardChildren(parent.id, null, year, asOf);
          const ids = children.map((c) => c.id);
          expect(ids.length).toBeGreaterThan(0);
          const [figures, closes] = await Promise.all([readFigures(ids, year, asOf), readFigures(ids, year - 1, day(year - 1, 12, 31))]);
          for (const child of children) {
            // Without a level target on the parent, the baseline is read only where a current row holds it.
            const baseline = child.baseline === null && !withLevelTarget ? null : closes.get(child.id);
            expect({ id: child.id, year, asOf, figures: child.figures, baseline: child.baseline })
              .toEqual({ id: child.id, year, asOf, figures: figures.get(child.id), baseline });
            if (child.baseline !== null && year === 2026 && asOf === today) fromRows += 1;
          }
        }
      }
      return fromRows;
    };
    expect(await compareChildren(false)).toBeGreaterThan(units.length / 2);
    await db.target.createMany({
      data: parents.flatMap(({ id }) => [2025, 2026].map((year) => ({ unitId: id, year, metric: 'app_adoption' as const, shape: 'share_people' as const, valueMin: 50 }))),
    });
    await compareChildren(true);
    const close = (await readDashboardChildren(fx.units.wardA1.id, null, 2026, today)).children.find((c) => c.id === fx.units.g1.id)!;
    expect(close.baseline).toEqual(await recount(fx.units.g1.id, 2025, day(2025, 12, 31)));

    // The month series ends where the year's figures end, and starts from the previous year's close.
    const ward = fx.units.wardA1.id;
    const months = await readMonths(ward, 2026);
    expect(months.cumulative[11]).toEqual(await recount(ward, 2026, day(2026, 12, 31)));
    expect(months.cumulative[4].members).toBe((await recount(ward, 2026, day(2026, 5, 31))).members);
    expect(months.baseline.members).toBe((await recount(ward, 2025, day(2025, 12, 31))).members);

    // A rebuild from the base tables (set-based, level by level) lands on exactly the rollup rows the
    // triggers and folds produced, row for row (a fold may leave a row that sums to zero).
    const before = await readFigures([fx.units.root.id, ward], 2026, day(2026, 12, 31));
    await db.$queryRaw`SELECT target_fold()`;
    const folded = await rollupRows();
    expect(folded.months.length).toBeGreaterThan(100);
    await db.$executeRaw`SELECT target_rollups_rebuild()`;
    expect(await rollupRows()).toEqual(folded);
    expect(await readFigures([fx.units.root.id, ward], 2026, day(2026, 12, 31))).toEqual(before);

    // The generator's rebuild: chunks of a few units on two connections at once, then the levels.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    try {
      const times = await rebuildRollupsInParallel(pool, { connections: 2, membersPerChunk: 2 });
      expect(times.chunks).toBeGreaterThan(4);
    } finally {
      await pool.end();
    }
    expect(await rollupRows()).toEqual(folded);
    const leftovers = await db.$queryRaw<{ n: number }[]>`SELECT ((SELECT count(*) FROM target_rebuild_periods)
      + (SELECT count(*) FROM target_rebuild_path_items) + (SELECT count(*) FROM target_rebuild_inner)
      + (SELECT count(*) FROM target_rebuild_carried))::int AS n`;
    expect(leftovers[0].n).toBe(0);
  }, 180_000);

  it('count a union under the parent it had on each date (path history)', async () => {
    // A union moved from wardA2 to wardB1 on 1 July 2026: its first-half admissions stay with wardA2.
    const unit = await establishUnion(fx.users.admin.id, fx.units.wardA2, {
      parentId: fx.units.wardA2.id, name: 'Công đoàn cơ sở Chuyển', code: 'MOVE-1', sector: 'informal', employerName: 'Chợ',
      foundingDecisionNumber: '1/QĐ', foundingDecisionOn: day(2026, 1, 5),
    });
    for (const joinDate of [day(2026, 2, 1), day(2026, 3, 1), day(2026, 8, 1)]) {
      await registerMember(fx.users.admin.id, unit, {
        fullName: `Đoàn viên ${++serial}`, gender: 'female', birthDate: day(1990, 1, 1), cccd: `0011910${String(serial).padStart(5, '0')}`,
        phone: null, jobTitle: null, unitId: unit.id, joinDate, ...NO_DETAILS,
      });
    }
    const newPath = `${fx.units.wardB1.path}${unit.id}/`;
    await db.$transaction([
      db.unitPathHistory.updateMany({ where: { unitId: unit.id, validTo: null }, data: { validTo: day(2026, 7, 1) } }),
      db.unitPathHistory.create({ data: { unitId: unit.id, path: newPath, validFrom: day(2026, 7, 1) } }),
      db.unit.update({ where: { id: unit.id }, data: { parentId: fx.units.wardB1.id, path: newPath } }),
    ]);
    const june = await readFigures([fx.units.wardA2.id, fx.units.wardB1.id], 2026, day(2026, 6, 30));
    const december = await readFigures([fx.units.wardA2.id, fx.units.wardB1.id], 2026, day(2026, 12, 31));
    const before = { a2: await recount(fx.units.wardA2.id, 2026, day(2026, 6, 30)), b1: await recount(fx.units.wardB1.id, 2026, day(2026, 6, 30)) };
    expect(june.get(fx.units.wardA2.id)).toEqual(before.a2);
    expect(december.get(fx.units.wardA2.id)).toEqual(await recount(fx.units.wardA2.id, 2026, day(2026, 12, 31)));
    expect(december.get(fx.units.wardB1.id)).toEqual(await recount(fx.units.wardB1.id, 2026, day(2026, 12, 31)));
    // Members moved with the union at the transfer; admissions stay where they happened.
    const own = (await readFigures([unit.id], 2026, day(2026, 12, 31))).get(unit.id)!;
    expect({ members: own.members, admitted: own.admitted }).toEqual({ members: 3, admitted: 3 });
  }, 60_000);
});
